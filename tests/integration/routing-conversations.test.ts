/**
 * Routing kinds of issue 8, each driven as a whole conversation through the real app on the chat API
 * and on Twilio SMS, in Chinese and English: a status question about an earlier request looks it up
 * instead of opening a new one; a story ending in a vague ask is a request for the service it names;
 * out-of-scope messages sharing a word with an intent are out of scope; a clear question (a greeting in
 * front, a pet, mixed languages) gets an answer, not a menu. Then the SMS length budget: two segments
 * with "reply 1 for more", "1" the rest, and an emergency never cut.
 */
import { startTestApp, type TestApp } from '../../harness/test-app';
import { TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';
import { chatTurn, smsTurn } from '../../harness/channel-turns';
import { segmentCount } from '../../telephony/sms/sms-encoding';

const MENU = /我想确认一下您想问的是哪一类|Let me check what you would like to ask about/;
const FALLBACK = /不在健康热线的服务范围内|outside what the health hotline covers/;
const ticketId = (text: string) => /T-\d{5}/.exec(text)?.[0];

let t: TestApp;
let n = 0;
const session = () => `routing-${++n}`;
const phone = () => `+86139200${String(++n).padStart(5, '0')}`;

beforeAll(async () => {
  t = await startTestApp(TWILIO_TEST_ENV);
});
afterAll(() => t?.close());

/** Answers whatever the request form asks until it gives a ticket number. */
async function fileRequest(send: (text: string) => Promise<string>, first: string, lang: 'zh' | 'en'): Promise<string> {
  let reply = await send(first);
  for (let step = 0; step < 8; step++) {
    const id = ticketId(reply);
    if (id) return id;
    if (/请核对|Please check/.test(reply)) reply = await send('1');
    else if (/地址|address/i.test(reply))
      reply = await send(lang === 'zh' ? '西一社区5幢1单元202' : 'Xiyi community building 5, flat 202');
    else if (/电话|号码|phone|number/i.test(reply)) reply = await send('13800138000');
    else if (/还有没有这些情况|Any of these/.test(reply)) reply = await send(lang === 'zh' ? '没有' : 'none');
    else if (/自己|代办|yourself|relative/i.test(reply)) reply = await send('1');
    else if (/多大|几岁|age|old/i.test(reply)) reply = await send('45');
    else throw new Error(`unexpected form question: ${reply}`);
  }
  throw new Error('no ticket after 8 answers');
}

describe('a status question about an earlier request is answered from it, not made a new one', () => {
  const cases = [
    {
      lang: 'zh' as const,
      request: '我一个人住，阳了出不了门，想请社区送两盒布洛芬',
      later: '我前天申请的送药，今天能送到吗',
    },
    {
      lang: 'en' as const,
      request: "I live on my own and can't go out with covid, please deliver two boxes of ibuprofen",
      later: 'I requested a medicine delivery two days ago, is it still coming today?',
    },
  ];

  it.each(cases)('$lang on chat', async ({ lang, request, later }) => {
    const id = session();
    const send = async (text: string) => (await chatTurn(t.app, id, text)).reply;
    const ticket = await fileRequest(send, request, lang);
    const r = await chatTurn(t.app, id, later);
    expect(r.intent).toBe('service.status');
    expect(r.reply).toContain(ticket);
    expect(r.reply).not.toMatch(/请核对|Please check|代办|relative/);
  });

  it.each(cases)('$lang on SMS', async ({ lang, request, later }) => {
    const from = phone();
    const send = async (text: string) => (await smsTurn(t.app, from, text)).join('\n');
    const ticket = await fileRequest(send, request, lang);
    expect(await send(later)).toContain(ticket);
  });

  it('with no earlier request, says none was found instead of opening one', async () => {
    const r = await chatTurn(t.app, session(), '我昨天约的车明天早上能来吗');
    expect(r.intent).toBe('service.status');
    expect(r.reply).toMatch(/没有查到您的申请记录/);
  });
});

describe('a long story ending in a vague ask is a request for the service it names', () => {
  const stories = [
    {
      lang: 'zh',
      text: '我爸上个月做了手术，医院让他这周五回去复查，他腿脚不好走不远，我又阳着开不了车，社区能不能帮帮忙',
      intent: 'service.transport',
    },
    {
      lang: 'zh',
      text: '我婆婆七十多了一个人住，刚打电话说降压药只剩一天的量了，楼里也没人能帮她去药店，你们看看有没有办法',
      intent: 'service.drug_delivery',
    },
    {
      lang: 'en',
      text: "My grandma has a follow-up at the hospital on Monday after her knee operation. She can't manage the bus and we're all isolating with covid so nobody can drive her. Is there anything you can do?",
      intent: 'service.transport',
    },
    {
      lang: 'en',
      text: "My uncle is 81 and lives alone, he rang to say his heart tablets ran out this morning and there's nobody nearby to go to the chemist. Could you help at all?",
      intent: 'service.drug_delivery',
    },
  ];

  it.each(stories)('$lang on chat: $intent', async ({ text, intent }) => {
    const r = await chatTurn(t.app, session(), text);
    expect(r.intent).toBe(intent);
    expect(r.reply).not.toMatch(MENU);
    expect(r.reply).not.toMatch(FALLBACK);
  });

  it.each(stories)('$lang on SMS: the form starts', async ({ text }) => {
    const reply = (await smsTurn(t.app, phone(), text)).join('\n');
    expect(reply).not.toMatch(MENU);
    expect(reply).not.toMatch(FALLBACK);
    // The request's first question (what, where to, for whom…), whatever the form asks first.
    expect(reply).toMatch(/[?？]/);
  });
});

describe('out of scope, even sharing a word with an intent', () => {
  const outside = [
    { lang: 'zh', text: '隔离那几天的房租房东非要我照付，这合理吗' },
    { lang: 'zh', text: '楼下邻居天天半夜咳嗽还大声打电话，能不能叫人去说说' },
    { lang: 'zh', text: '我家猫这两天发烧不吃东西，能喂它一点布洛芬吗' },
    {
      lang: 'en',
      text: 'the tour company refused to refund my holiday even though I had to isolate, can you sort that out?',
    },
    {
      lang: 'en',
      text: 'my parcel has been stuck at the gate for three days because the compound is isolating, where is it?',
    },
    { lang: 'en', text: 'can I give my dog some of my ibuprofen? he seems to have a fever' },
  ];

  it.each(outside)('$lang on chat: $text', async ({ text }) => {
    const r = await chatTurn(t.app, session(), text);
    expect(r.intent).toBe('fallback');
    expect(r.reply).toMatch(FALLBACK);
  });

  it.each(outside)('$lang on SMS: $text', async ({ text }) => {
    expect((await smsTurn(t.app, phone(), text)).join('\n')).toMatch(FALLBACK);
  });
});

describe('a clear question gets an answer, not a menu', () => {
  const clear = [
    { lang: 'zh', text: '你好，请问布洛芬一天最多能吃几次', intent: /^medication\./ },
    { lang: 'en', text: 'hello there, how often can I take paracetamol', intent: /^medication\./ },
    { lang: 'en', text: 'hi, could someone deliver fever medicine to my flat', intent: /^service\.drug_delivery$/ },
  ];

  it.each(clear)('$lang on chat: $text', async ({ text, intent }) => {
    const r = await chatTurn(t.app, session(), text);
    expect(r.intent).toMatch(intent);
    expect(r.reply).not.toMatch(MENU);
  });

  it.each(clear)('$lang on SMS: $text', async ({ text }) => {
    expect((await smsTurn(t.app, phone(), text)).join('\n')).not.toMatch(MENU);
  });
});

describe('an urgent header is not followed by the same advice again', () => {
  it.each([
    {
      text: '我外婆89岁发烧了，对乙酰氨基酚一次吃多少',
      header: '今天需要看医生',
      closing: '：今天去发热门诊或找家庭医生；',
    },
    {
      text: 'my grandad is 87 and has a fever, how much ibuprofen can he have',
      header: 'This needs a doctor today',
      closing: 'A fever clinic or family doctor today for',
    },
  ])('$text', async ({ text, header, closing }) => {
    const r = await chatTurn(t.app, session(), text);
    expect(r.triage).toBe('urgent');
    expect(r.reply).toContain(header);
    expect(r.reply).not.toContain(closing);
  });
});

describe('SMS length budget', () => {
  it.each([
    { lang: 'zh', text: '泰诺林一天最多能吃多少', more: '（回复1看后面的内容）' },
    { lang: 'en', text: 'What is the most Tylenol I can take in a day?', more: '(Reply 1 for more)' },
  ])('$lang: two segments with "reply 1 for more", then "1" sends the rest', async ({ text, more }) => {
    const from = phone();
    const first = await smsTurn(t.app, from, text);
    expect(first).toHaveLength(1);
    expect(segmentCount(first[0]!)).toBeLessThanOrEqual(2);
    expect(first[0]!.endsWith(more)).toBe(true);
    const rest = (await smsTurn(t.app, from, '1')).join('\n');
    expect(rest.length).toBeGreaterThan(20);
    expect(first[0]).not.toContain(rest.slice(0, 20));
    // The chat gets the same answer whole.
    const whole = (await chatTurn(t.app, session(), text)).reply;
    expect(whole).toContain(rest.slice(0, 20));
    expect(whole).not.toContain(more);
  });

  it.each([
    { lang: 'zh', text: '我爸突然喘不上气，嘴唇都紫了，叫他也不太应' },
    { lang: 'en', text: 'my dad suddenly cannot breathe, his lips are blue and he barely responds' },
  ])('$lang: an emergency is never cut: 120 first and whole', async ({ text }) => {
    const messages = await smsTurn(t.app, phone(), text);
    const all = messages.join('\n');
    expect(all).toMatch(/120/);
    expect(all).not.toMatch(/回复1看后面|Reply 1 for more/);
    expect(messages[0]).toMatch(/120/);
  });
});
