/**
 * Short answers to a request form's pending question, as whole conversations through the real app on the
 * chat API and on Twilio SMS, in Chinese and English: a relation alone answers "for whom?", a time given
 * when another question was asked fills the time and the question is asked again (not taken as the
 * answer, not a miss, not a goodbye), an address likewise, a correction of the day keeps the hour, and
 * the read-back and the ticket carry what was said.
 */
import { startTestApp, type TestApp } from '../../harness/test-app';
import { TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';
import { chatTurn, smsTurn } from '../../harness/channel-turns';

interface Step {
  say: string;
  /** Every pattern must be in the reply. */
  has?: (string | RegExp)[];
  not?: (string | RegExp)[];
}

let t: TestApp;
let n = 0;

beforeAll(async () => {
  t = await startTestApp(TWILIO_TEST_ENV);
});
afterAll(() => t.close());

type Send = (text: string) => Promise<string>;

function sender(channel: 'chat' | 'sms'): Send {
  const id = ++n;
  if (channel === 'chat') return async (text) => (await chatTurn(t.app, `form-answers-${id}`, text)).reply;
  const from = `+86139300${String(id).padStart(5, '0')}`;
  return async (text) => (await smsTurn(t.app, from, text)).join('\n');
}

async function walk(send: Send, steps: Step[]): Promise<string> {
  let reply = '';
  for (const step of steps) {
    reply = await send(step.say);
    for (const p of step.has ?? [])
      expect({ said: step.say, reply }).toEqual({ said: step.say, reply: expect.stringMatching(p) });
    for (const p of step.not ?? [])
      expect({ said: step.say, reply }).toEqual({ said: step.say, reply: expect.not.stringMatching(p) });
  }
  return reply;
}

/** Answers the questions that are not under test until the read-back. */
async function toReadBack(send: Send, reply: string, lang: 'zh' | 'en'): Promise<string> {
  for (let step = 0; step < 6 && !/请核对|Please check/.test(reply); step++) {
    if (/还有没有这些情况|有没有这些情况|Any of these/.test(reply)) reply = await send(lang === 'zh' ? '没有' : 'none');
    else if (/多大|age|old/i.test(reply)) reply = await send('76');
    else if (/地址|address/i.test(reply))
      reply = await send(lang === 'zh' ? '西一社区3幢2单元301' : 'Xiyi community building 3, flat 301');
    else if (/电话|phone/i.test(reply)) reply = await send('13800138000');
    else throw new Error(`unexpected form question: ${reply}`);
  }
  return reply;
}

const ZH_TRANSPORT: Step[] = [
  { say: '想约个车送我妈去市第一人民医院复查', has: ['什么时候要去'] },
  // A time when the time was asked: the answer.
  { say: '明天下午两点', has: ['多大年纪'], not: ['要去哪家医院'] },
  // A correction of the day, while another question is open: replaced, the hour kept, said back.
  { say: '不对，是后天', has: ['记下了：时间：后天下午两点', '多大年纪'] },
];

const EN_TRANSPORT: Step[] = [
  { say: 'I need a ride to City Hospital, please', has: ['for you, or for a relative'] },
  // The relation alone answers "for whom?".
  { say: 'for my dad', has: ['When do you need to be there'] },
  { say: 'tomorrow at 2pm', has: ['How old'] },
  { say: 'no, make it the day after tomorrow', has: ['Noted: When: the day after tomorrow 2pm', 'How old'] },
];

const ZH_DELIVERY: Step[] = [
  { say: '能不能帮忙送药上门', has: ['自己申请，还是替家人代办'] },
  { say: '给我妈', has: ['需要送什么'] },
  // An address while "what is needed?" is open: the address, and the same question again.
  { say: '西一社区3幢2单元301', has: ['记下了：地址：西一社区3幢2单元301', '需要送什么'], not: ['不客气'] },
  { say: '降压药和退烧药', has: ['多大年纪'] },
];

const EN_DELIVERY: Step[] = [
  { say: 'Can someone bring my medicine to me?', has: ['for you, or for a relative'] },
  { say: 'mum', has: ['What is needed'] },
  // An address while "what is needed?" is open, on its own line as people text it.
  { say: '12 Elm Street, flat 3', has: ['Noted: Address: 12 Elm Street flat 3', 'What is needed'], not: [/goodbye/i] },
  { say: 'paracetamol and test kits', has: ['How old'] },
];

describe.each(['chat', 'sms'] as const)('short answers to a form’s question on %s', (channel) => {
  it('zh: a time, then "不对，是后天" keeps the hour; the read-back says 后天下午两点 for 母亲', async () => {
    const send = sender(channel);
    const reply = await toReadBack(send, await walk(send, ZH_TRANSPORT), 'zh');
    expect(reply).toMatch('时间：后天下午两点');
    expect(reply).toMatch('为母亲代办');
    expect(reply).toMatch('市第一人民医院');
  });

  it('en: "for my dad", a time, then the day corrected; the read-back has both', async () => {
    const send = sender(channel);
    const reply = await toReadBack(send, await walk(send, EN_TRANSPORT), 'en');
    expect(reply).toMatch('When: the day after tomorrow 2pm');
    expect(reply).toMatch('for your dad');
  });

  it('zh: an address given while the need is asked fills the address, and the ticket is made with it', async () => {
    const send = sender(channel);
    let reply = await toReadBack(send, await walk(send, ZH_DELIVERY), 'zh');
    expect(reply).toMatch('地址：西一社区3幢2单元301');
    expect(reply).toMatch('需要：降压药');
    // The address was given once: the form never asked for it again.
    expect(reply).not.toMatch('请说一下地址');
    reply = await send('1');
    expect(reply).toMatch(/T-\d{5}/);
  });

  it('en: a bare relation answers "for whom?"; an address out of turn is kept', async () => {
    const send = sender(channel);
    const reply = await toReadBack(send, await walk(send, EN_DELIVERY), 'en');
    expect(reply).toMatch('for your mum');
    expect(reply).toMatch(/Needed: acetaminophen/);
    expect(reply).toMatch('Address: 12 Elm Street flat 3');
  });
});
