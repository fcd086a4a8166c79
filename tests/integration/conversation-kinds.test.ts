/**
 * Routing round 6's conversation kinds, each a whole conversation through the real app on the chat API
 * and on Twilio SMS, in Chinese and English (sentences written for this test, none from an evaluation
 * set): short answers continue the conversation's subject (a test result after isolation questions, a
 * status question after asking about a delivery, contact details while a request form asks its question,
 * a temperature where a weight was asked); an illness told after a medicine answer, or a pregnancy's weeks
 * after a condition question, asks that question again for the person.
 */
import { startTestApp, type TestApp } from '../../harness/test-app';
import { TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';
import { chatTurn, smsTurn } from '../../harness/channel-turns';

let t: TestApp;
let n = 0;
const session = () => `kinds6-${++n}`;
const phone = () => `+86139300${String(++n).padStart(5, '0')}`;

beforeAll(async () => {
  t = await startTestApp(TWILIO_TEST_ENV);
});
afterAll(() => t?.close());

interface Conversation {
  lang: 'zh' | 'en';
  turns: string[];
  intent: string;
  /** What the last reply says on every channel. */
  says: RegExp;
  /** What it must not say. */
  not?: RegExp;
}

const GOODBYE = /不客气|You are welcome/;
const MENU = /我想确认一下您想问的是哪一类|Let me check what you would like to ask about/;

const conversations: Conversation[] = [
  {
    lang: 'zh',
    turns: ['我想咨询一下隔离方面的问题', '我是12月5号阳的', '嗯，今天测已经是一条杠了'],
    intent: 'isolation.release',
    says: /结束|隔离/,
    not: GOODBYE,
  },
  {
    lang: 'en',
    turns: ['I have a question about isolation', 'I tested positive on 5 December', 'yeah, and negative this morning'],
    intent: 'isolation.release',
    says: /isolat/i,
    not: GOODBYE,
  },
  {
    lang: 'zh',
    turns: ['我要找社区医生', '手机号就是这个，晚上都在家'],
    intent: 'service.doctor',
    says: /本人|家人/,
    not: /居家隔离|单独房间/,
  },
  {
    lang: 'en',
    turns: ['I need a family doctor to call me', 'my mobile is the one I text from, at home all afternoon'],
    intent: 'service.doctor',
    says: /yourself|relative/i,
    not: /separate room|isolat/i,
  },
  {
    lang: 'zh',
    turns: ['女儿发烧了', '38.9，三岁，精神还行'],
    intent: 'symptom.advice',
    says: /./,
    not: /38\.9公斤|38\.9 ?kg/,
  },
  {
    lang: 'en',
    turns: ['my son has a fever', '39.1, he is 3, eating fine'],
    intent: 'symptom.advice',
    says: /./,
    not: /39\.1 ?kg/,
  },
  {
    lang: 'zh',
    turns: ['孩子能吃布洛芬吗', '他有哮喘，有影响吗'],
    intent: 'medication.condition',
    says: /哮喘/,
    not: /多少公斤/,
  },
  {
    lang: 'en',
    turns: ['can my daughter have ibuprofen', 'she has asthma, does that matter'],
    intent: 'medication.condition',
    says: /asthma/i,
    not: /how much does the child weigh/i,
  },
  {
    lang: 'zh',
    turns: ['怀孕了，感冒了能吃什么药', '28周，这两天有点咳嗽'],
    intent: 'medication.condition',
    says: /孕/,
  },
  {
    lang: 'en',
    turns: ["I'm pregnant, what can I take for a cold", '29 weeks, runny nose since yesterday'],
    intent: 'medication.condition',
    says: /pregnan/i,
  },
];

describe('short answers and follow-ups keep the conversation on its subject', () => {
  it.each(conversations)('$lang on chat: $turns', async ({ turns, intent, says, not }) => {
    const id = session();
    let last = await chatTurn(t.app, id, turns[0]);
    for (const text of turns.slice(1)) last = await chatTurn(t.app, id, text);
    expect(last.intent).toBe(intent);
    expect(last.reply).toMatch(says);
    expect(last.reply).not.toMatch(MENU);
    if (not) expect(last.reply).not.toMatch(not);
  });

  it.each(conversations)('$lang on SMS: $turns', async ({ turns, says, not }) => {
    const from = phone();
    let last: string[] = [];
    for (const text of turns) last = await smsTurn(t.app, from, text);
    const reply = last.join('\n');
    expect(reply).toMatch(says);
    expect(reply).not.toMatch(MENU);
    if (not) expect(reply).not.toMatch(not);
  });
});

describe('a status question after asking about an earlier delivery', () => {
  it.each([
    { lang: 'zh', turns: ['我前面申请过送药', '对 就是那个 什么时候到'], says: /没有查到|T-\d{5}/ },
    {
      lang: 'en',
      turns: ['I requested a medicine delivery earlier', 'yes that one, where is it'],
      says: /no request|T-\d{5}|find/i,
    },
  ])('$lang on chat and SMS', async ({ turns, says }) => {
    const id = session();
    let last = await chatTurn(t.app, id, turns[0]);
    expect(last.intent).toBe('service.status');
    last = await chatTurn(t.app, id, turns[1]);
    expect(last.intent).toBe('service.status');
    expect(last.reply).not.toMatch(MENU);
    const from = phone();
    await smsTurn(t.app, from, turns[0]);
    const sms = (await smsTurn(t.app, from, turns[1])).join('\n');
    expect(sms).toMatch(says);
    expect(sms).not.toMatch(/代办|relative/);
  });
});

describe('requests and questions by their shape, whole', () => {
  it.each([
    ['zh', '能不能送两盒儿童布洛芬过来，女儿发烧了', 'service.drug_delivery'],
    ['en', "need kids' paracetamol delivered to building 3, my son has a fever", 'service.drug_delivery'],
    ['zh', '请问这里是卫生热线吗', 'greeting'],
    ['en', 'hi, is this the health helpline?', 'greeting'],
    ['zh', '美林打开以后能放多久', 'medication.safety'],
    ['en', 'how long does the calpol keep after opening', 'medication.safety'],
    ['zh', '天天吃华法林的人，发烧了能用布洛芬吗', 'medication.condition'],
    ['en', "I'm on warfarin and now I've got a fever, can I use ibuprofen?", 'medication.condition'],
  ] as const)('%s: "%s" is %s with no menu', async (_lang, text, intent) => {
    const r = await chatTurn(t.app, session(), text);
    expect(r.intent).toBe(intent);
    expect(r.reply).not.toMatch(MENU);
    const sms = (await smsTurn(t.app, phone(), text)).join('\n');
    expect(sms).not.toMatch(MENU);
  });
});
