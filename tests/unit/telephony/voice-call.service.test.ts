import { VoiceCallService } from '../../../telephony/voice/voice-call.service';
import { VoiceHandoffService } from '../../../telephony/voice/voice-handoff.service';
import type { InboundMessage } from '../../../core/types';
import { MemoryCallers, MemoryCalls, MemoryTicketDesk, ScriptedEngine, reply } from '../../../harness/twilio-fakes';
import { spokenLines } from '../../../harness/twilio-webhooks';

const CALLER = '+8613900000002';
const CALL = 'CA01';
const OPERATOR = '+8657100000000';

function respond(msg: InboundMessage) {
  if (msg.text.includes('叫不醒'))
    return reply('他可能有生命危险。请立即拨打120，保持呼吸道通畅……（很长的说明）', {
      intent: 'emergency',
      triage: 'emergency',
      action: 'call_emergency',
    });
  if (msg.text.includes('发烧'))
    return reply('发烧三天以上请去发热门诊。', { intent: 'symptom.advice', triage: 'urgent' });
  if (msg.text.includes('详细')) return reply('布洛芬每次一片。', { intent: 'medication.dose', more: true });
  if (msg.text === '人工') return reply('好的，为您转人工。', { intent: 'human.agent', action: 'handoff_human' });
  return reply('布洛芬每次一片，每天不超过四次。', { intent: 'medication.dose' });
}

function setup(options: { operator?: string; elderly?: string[] } = { operator: OPERATOR }) {
  const engine = new ScriptedEngine(respond);
  const calls = new MemoryCalls();
  const callers = new MemoryCallers();
  const numbers = { emergency: '120', operator: options.operator };
  const voice = new VoiceCallService({
    engine,
    calls,
    callers,
    numbers,
    elderlyNumbers: new Set(options.elderly ?? []),
  });
  const tickets = new MemoryTicketDesk();
  const handoff = new VoiceHandoffService({ calls, numbers, tickets });
  const p = (input: { digits?: string; speech?: string; confidence?: number } = {}) => ({
    callSid: CALL,
    caller: CALLER,
    ...input,
  });
  return { engine, calls, callers, voice, handoff, tickets, p, record: () => calls.rows.get(CALL)! };
}

/** The turn and step the TwiML's Gather posts back with, as Twilio would. */
function at(twiml: string): { turn: number; step?: number } {
  const query = /action="[^"?]*\?([^"]*)"/.exec(twiml)?.[1]?.replace(/&amp;/g, '&') ?? '';
  const params = new URLSearchParams(query);
  return { turn: Number(params.get('turn')), step: Number(params.get('step')) };
}

describe('VoiceCallService', () => {
  it('runs a scripted call: menu → 1 → question → answer → * repeats → 0 a person', async () => {
    const { voice, engine, p, record } = setup();
    expect((await voice.start(p())).twiml).toContain('action="/twilio/voice/menu?turn=1&amp;step=1"');
    const ask = await voice.gather('menu', p({ digits: '1' }), { turn: 1 });
    expect(spokenLines(ask.twiml)).toEqual(['请说出您想问的用药问题，比如什么药、怎么吃。']);
    const answer = await voice.gather('ask', p({ speech: '布洛芬怎么吃' }), { turn: 1 });
    expect(engine.received).toEqual([
      { channel: 'voice', address: CALLER, text: '布洛芬怎么吃', lang: 'zh', externalId: `${CALL}:1` },
    ]);
    expect(spokenLines(answer.twiml)[0]).toMatch(/^布洛芬每次一片，每天不超过四次。 再听一遍请按星号键/);
    expect(answer.twiml).toContain('action="/twilio/voice/answer?turn=2&amp;step=3"');
    const again = await voice.gather('answer', p({ digits: '*' }), { turn: 2 });
    expect(spokenLines(again.twiml)).toEqual(spokenLines(answer.twiml));
    expect(engine.received).toHaveLength(1);
    const person = await voice.gather('answer', p({ digits: '0' }), { turn: 2 });
    expect(person.twiml).toContain(`>${OPERATOR}</Dial>`);
    expect(record()).toMatchObject({
      outcome: 'handed_to_person',
      path: ['menu', 'menu:1', 'ask:speech', 'answer', 'answer:*', 'answer:0', 'operator'],
    });
  });

  it('answers a retried webhook from the stored reply, exactly once', async () => {
    const { voice, engine, p } = setup();
    const menu = await voice.start(p());
    const first = await voice.gather('ask', p({ speech: '布洛芬怎么吃' }), at(menu.twiml));
    const retry = await voice.gather('ask', p({ speech: '布洛芬怎么吃' }), at(menu.twiml));
    expect(retry.twiml).toBe(first.twiml);
    expect(retry.duplicate).toBe(true);
    expect(engine.received).toHaveLength(1);
  });

  it('an emergency said mid-call: one short instruction, Dial 120, outcome sent_to_120', async () => {
    const { voice, p, record } = setup();
    await voice.start(p());
    await voice.gather('ask', p({ speech: '发烧三天了' }), { turn: 1 });
    const result = await voice.gather('answer', p({ speech: '我爸叫不醒了' }), { turn: 2 });
    expect(spokenLines(result.twiml)).toEqual(['情况紧急。请不要挂机，正在为您转接幺二零。']);
    expect(result.twiml).toContain('>120</Dial>');
    expect(record().outcome).toBe('sent_to_120');
  });

  it('records non-emergency symptom advice as diverted_from_120', async () => {
    const { voice, p, record } = setup();
    await voice.start(p());
    await voice.gather('menu', p({ speech: '发烧三天了' }), { turn: 1 });
    expect(record().outcome).toBe('diverted_from_120');
  });

  it('speech heard with low confidence is asked again, not answered; twice, and a person takes over', async () => {
    const { voice, engine, p, record } = setup();
    await voice.start(p());
    const first = await voice.gather('menu', p({ speech: '布洛芬怎么吃', confidence: 0.2 }), { turn: 1 });
    expect(engine.received).toHaveLength(0);
    expect(spokenLines(first.twiml)).toEqual(['没有听清楚。请再说一遍您的问题，或者按0找工作人员。']);
    expect(first.twiml).toContain('action="/twilio/voice/ask?turn=1&amp;step=2"');
    const second = await voice.gather('ask', p({ speech: '布洛芬怎么吃', confidence: 0.3 }), { turn: 1 });
    expect(second.twiml).toContain(`>${OPERATOR}</Dial>`);
    expect(record().misses).toBe(2);
  });

  it('speech heard surely enough (or with no confidence given) is answered', async () => {
    const { voice, engine, p } = setup();
    await voice.start(p());
    await voice.gather('menu', p({ speech: '布洛芬怎么吃', confidence: 0.85 }), { turn: 1 });
    await voice.gather('answer', p({ speech: '布洛芬怎么吃' }), { turn: 2 });
    expect(engine.received.map((m) => m.text)).toEqual(['布洛芬怎么吃', '布洛芬怎么吃']);
  });

  it('an emergency heard with low confidence is still put through to 120, never asked again', async () => {
    const { voice, p, record } = setup();
    await voice.start(p());
    const result = await voice.gather('menu', p({ speech: '我爸叫不醒了', confidence: 0.2 }), { turn: 1 });
    expect(result.twiml).toContain('>120</Dial>');
    expect(record().outcome).toBe('sent_to_120');
  });

  it('an answer cut to the voice budget offers 1 for the rest and 0 for a person', async () => {
    const { voice, engine, p } = setup();
    await voice.start(p());
    const answer = await voice.gather('ask', p({ speech: '布洛芬详细怎么吃' }), { turn: 1 });
    expect(spokenLines(answer.twiml).join('')).toContain('想听后面的内容请按1，找工作人员请按0');
    expect(answer.twiml).toContain('choices=1');
    await voice.gather('choices', p({ digits: '1' }), { turn: 2 });
    expect(engine.received.at(-1)!.text).toBe('1');
  });

  it('two silences: a simpler prompt, then a person', async () => {
    const { voice, p, record } = setup();
    await voice.start(p());
    const first = await voice.gather('menu', p(), { turn: 1 });
    expect(spokenLines(first.twiml)).toEqual([
      '没有听到您的选择。用药按1，居家隔离按2，社区帮忙按3，工作人员按0。也可以直接说出您的问题。',
    ]);
    const second = await voice.gather('menu', p(), { turn: 1 });
    expect(second.twiml).toContain(`>${OPERATOR}</Dial>`);
    expect(record().misses).toBe(2);
  });

  it('silence after an answer re-offers its keys; * still repeats the answer itself', async () => {
    const { voice, p } = setup();
    await voice.start(p());
    const answer = await voice.gather('ask', p({ speech: '布洛芬怎么吃' }), { turn: 1 });
    const options = await voice.gather('answer', p(), { turn: 2 });
    expect(spokenLines(options.twiml)).toEqual(['再听一遍请按星号键，再问一个问题请按1，找工作人员请按0。']);
    expect(options.twiml).toContain('action="/twilio/voice/answer?turn=2&amp;step=3"');
    expect(spokenLines((await voice.gather('answer', p({ digits: '*' }), { turn: 2 })).twiml)).toEqual(
      spokenLines(answer.twiml),
    );
  });

  it('with no operator configured, a person means a recorded call-back request', async () => {
    const { voice, handoff, tickets, p, record } = setup({});
    await voice.start(p());
    const result = await voice.gather('menu', p({ digits: '0' }), { turn: 1 });
    expect(result.twiml).toContain('<Record action="/twilio/voice/callback?turn=1&amp;step=2"');
    const url = 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1';
    const thanks = await handoff.recorded(p(), url);
    // The ticket number is spelt out digit by digit, so the caller can write it down.
    expect(spokenLines(thanks)[0]).toMatch(/^收到您的留言，编号是T，一 零 零 零 一。/);
    // Twilio retries the webhook: still one call-back request.
    await handoff.recorded(p(), url);
    expect([...tickets.requests.values()]).toEqual([
      expect.objectContaining({ service: 'human_callback', recordingUrl: url, phone: CALLER, channel: 'voice' }),
    ]);
    expect(record()).toMatchObject({
      outcome: 'callback',
      callbackRecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1',
      caller: CALLER,
    });
  });

  it('when the operator does not answer, takes a call-back request', async () => {
    const { voice, handoff, p, record } = setup();
    await voice.start(p());
    await voice.gather('menu', p({ digits: '0' }), { turn: 1 });
    expect(await handoff.dialed(p(), 'operator', 'no-answer')).toContain('<Record');
    expect(await handoff.dialed(p(), 'operator', 'completed')).toMatch(/感谢您的来电.*<Hangup\/>/);
    expect(record().path).toContain('dial_operator:no-answer');
  });

  it('65+ callers go straight to the operator after one line', async () => {
    const { voice, callers, p, record } = setup({ operator: OPERATOR });
    callers.add({ phone: CALLER, elderly: true });
    const result = await voice.start(p());
    expect(spokenLines(result.twiml)).toEqual(['您好，这里是社区健康热线，马上为您接通工作人员，请稍候。']);
    expect(result.twiml).toContain(`>${OPERATOR}</Dial>`);
    expect(record().outcome).toBe('handed_to_person');
  });

  it('numbers in ELDERLY_NUMBERS count as 65+, but without an operator they get the menu', async () => {
    expect(
      (await setup({ operator: OPERATOR, elderly: [CALLER] }).voice.start({ callSid: CALL, caller: CALLER })).twiml,
    ).toContain('<Dial');
    expect((await setup({ elderly: [CALLER] }).voice.start({ callSid: CALL, caller: CALLER })).twiml).toContain(
      '<Gather',
    );
  });

  it('9 switches to English, remembered for the next call', async () => {
    const { voice, engine, callers, p } = setup();
    await voice.start(p());
    const menu = await voice.gather('menu', p({ digits: '9' }), { turn: 1 });
    expect(menu.twiml).toContain('language="en-US"');
    await voice.gather('menu', p({ speech: 'how much ibuprofen' }), { turn: 1 });
    expect(engine.received[0]!.lang).toBe('en');
    expect((await callers.find(CALLER))?.lang).toBe('en');
    expect((await voice.start({ callSid: 'CA02', caller: CALLER })).twiml).toContain(
      'Hello, this is the district health hotline.',
    );
  });

  it('engine handoff_human goes to a person', async () => {
    const { voice, p } = setup();
    await voice.start(p());
    expect((await voice.gather('ask', p({ speech: '人工' }), { turn: 1 })).twiml).toContain(`>${OPERATOR}</Dial>`);
  });

  it('a retried silence (same step) is answered as before and does not count a second miss', async () => {
    const { voice, p, record } = setup();
    const menu = await voice.start(p());
    const first = await voice.gather('menu', p(), at(menu.twiml));
    const retry = await voice.gather('menu', p(), at(menu.twiml));
    expect(retry).toMatchObject({ twiml: first.twiml, duplicate: true });
    expect(spokenLines(retry.twiml)).toEqual([
      '没有听到您的选择。用药按1，居家隔离按2，社区帮忙按3，工作人员按0。也可以直接说出您的问题。',
    ]);
    expect(record()).toMatchObject({ misses: 1, path: ['menu', 'menu:silence'] });
    // The caller's own second silence, at the step the re-prompt named, is the one that hands over.
    const second = await voice.gather('menu', p(), at(first.twiml));
    expect(second.twiml).toContain(`>${OPERATOR}</Dial>`);
    expect(record()).toMatchObject({ misses: 2, path: ['menu', 'menu:silence', 'menu:silence', 'operator'] });
  });

  it('a retried 9 does not switch the language back; a retried speech step is stored once', async () => {
    const { voice, engine, callers, p, record } = setup();
    const menu = await voice.start(p());
    const english = await voice.gather('menu', p({ digits: '9' }), at(menu.twiml));
    expect((await voice.gather('menu', p({ digits: '9' }), at(menu.twiml))).twiml).toBe(english.twiml);
    expect((await callers.find(CALLER))?.lang).toBe('en');
    const answer = await voice.gather('menu', p({ speech: 'how much ibuprofen' }), at(english.twiml));
    const again = await voice.gather('menu', p({ speech: 'how much ibuprofen' }), at(english.twiml));
    expect(again).toMatchObject({ twiml: answer.twiml, duplicate: true });
    expect(engine.received).toHaveLength(1);
    expect(record()).toMatchObject({ lang: 'en', path: ['menu', 'menu:9', 'menu:speech', 'answer'] });
  });

  it('a status callback stores the status, the duration and the end', async () => {
    const { handoff, calls } = setup();
    await handoff.status({ callSid: 'CA09', caller: CALLER }, 'completed', 42);
    expect(calls.rows.get('CA09')?.end).toMatchObject({ status: 'completed', durationSec: 42 });
  });
});
