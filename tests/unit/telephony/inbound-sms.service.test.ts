import { InboundSmsService } from '../../../telephony/sms/inbound-sms.service';
import { MemoryCallers, ScriptedEngine, reply } from '../../../harness/twilio-fakes';

const FROM = '+8613800000001';

function setup(respond?: ConstructorParameters<typeof ScriptedEngine>[0]) {
  const engine = new ScriptedEngine(respond);
  const callers = new MemoryCallers();
  const sms = new InboundSmsService({ engine, callers, emergencyNumber: '120', maxTextLength: 1000 });
  let n = 0;
  const send = (body: string, messageSid = `SM${++n}`) => sms.handle({ messageSid, from: FROM, body });
  return { engine, callers, send };
}

describe('InboundSmsService', () => {
  it('hands a message to the engine keyed by the sender, with the MessageSid as delivery id', async () => {
    const { engine, send } = setup();
    const turn = await send('布洛芬怎么吃', 'SMabc');
    expect(engine.received).toEqual([{ channel: 'sms', address: FROM, text: '布洛芬怎么吃', externalId: 'SMabc' }]);
    expect(turn.messages).toEqual(['答复：布洛芬怎么吃']);
  });

  it('renders choices as numbered lines', async () => {
    const choices = [
      { id: '1', label: '药怎么吃、吃多少', value: '@intent:medication.dose' },
      { id: '0', label: '人工服务', value: '@intent:human.agent' },
    ];
    const { send } = setup(() => reply('我想确认一下：', { choices }));
    expect((await send('药')).messages).toEqual(['我想确认一下：\n1. 药怎么吃、吃多少\n0. 人工服务\n请回复数字。']);
  });

  it('STOP opts out without reaching the engine and leaves the confirmation to Twilio', async () => {
    const { engine, callers, send } = setup();
    const turn = await send('STOP');
    expect(turn).toEqual({ kind: 'keyword', messages: [] });
    expect((await callers.find(FROM))?.smsOptOut).toBe(true);
    expect(engine.received).toHaveLength(0);
  });

  it('退订 opts out and confirms in Chinese; 订阅 opts back in', async () => {
    const { callers, send } = setup();
    expect((await send('退订')).messages[0]).toMatch(/^您已退订.*回复“订阅”可恢复.*急救请拨打120/);
    expect((await callers.find(FROM))?.smsOptOut).toBe(true);
    expect((await send('订阅')).messages[0]).toMatch(/^您已重新订阅/);
    expect((await callers.find(FROM))?.smsOptOut).toBe(false);
  });

  it('HELP explains the hotline and says to call 120', async () => {
    const { engine, send } = setup();
    const [help] = (await send('HELP')).messages;
    expect(help).toMatch(/health hotline/);
    expect(help).toMatch(/Emergencies: call 120/);
    expect((await send('帮助')).messages[0]).toMatch(/急救请拨打120/);
    expect(engine.received).toHaveLength(0);
  });

  it('withholds ordinary replies from an opted-out number but still screens and stores them', async () => {
    const { engine, callers, send } = setup();
    callers.add({ phone: FROM, smsOptOut: true });
    const turn = await send('隔离几天');
    expect(turn).toMatchObject({ kind: 'withheld', messages: [] });
    expect(engine.received).toHaveLength(1);
  });

  it('answers an emergency even from an opted-out number', async () => {
    const { callers, send } = setup(() =>
      reply('请立即拨打120。', { intent: 'emergency', triage: 'emergency', action: 'call_emergency' }),
    );
    callers.add({ phone: FROM, smsOptOut: true });
    expect((await send('我爸叫不醒了')).messages).toEqual(['请立即拨打120。']);
  });

  it('takes YES as an answer from a subscribed number and as START from an opted-out one', async () => {
    const { engine, callers, send } = setup();
    expect((await send('yes')).kind).toBe('reply');
    expect(engine.received.map((m) => m.text)).toEqual(['yes']);
    callers.add({ phone: FROM, smsOptOut: true });
    expect((await send('YES')).kind).toBe('keyword');
    expect((await callers.find(FROM))?.smsOptOut).toBe(false);
  });

  it('asks for words when a message has none (a picture alone)', async () => {
    const { engine, send } = setup();
    expect((await send('')).messages[0]).toMatch(/请用文字发送您的问题/);
    expect(engine.received).toHaveLength(0);
  });
});
