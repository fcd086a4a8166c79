/**
 * Routing round 7's kinds as whole conversations through the real app, on the chat API and on Twilio
 * SMS, in Chinese and English (sentences written for this test, none from an evaluation set): whether an
 * earlier ride is arranged gets the caller's requests, not a new booking form; the person described after
 * a medicine question gets the answer for that person; a clear question asked unsurely (sugar-free cough
 * medicine for a diabetic, Paxlovid beside dialysis or chemotherapy) is answered, not a menu; an oximeter
 * reading told as news is told against the SpO2 lines.
 */
import { startTestApp, type TestApp } from '../../harness/test-app';
import { TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';
import { CLARIFY_MENU, chatConversation, smsConversation } from '../../harness/channel-turns';

let t: TestApp;
let n = 0;
const session = () => `kinds7-${++n}`;
const phone = () => `+86139700${String(++n).padStart(5, '0')}`;

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
  /** What the first SMS part says, when the answer for the person goes on after "reply 1". */
  smsSays?: RegExp;
  /** What it must not say. */
  not?: RegExp;
}

const NEW_FORM = /是给您自己申请，还是替家人代办|Is this for you, or for a relative/;

const conversations: Conversation[] = [
  {
    lang: 'zh',
    turns: ['下周一去化疗的接送车安排好了没有'],
    intent: 'service.status',
    says: /没有查到|T-\d{5}/,
    not: NEW_FORM,
  },
  {
    lang: 'en',
    turns: ["Is my ride to Monday's dialysis confirmed?"],
    intent: 'service.status',
    says: /no request|T-\d{5}/i,
    not: NEW_FORM,
  },
  {
    lang: 'zh',
    turns: ['想问下老年人发烧吃什么药合适', '我外婆92了，有糖尿病，一直打胰岛素'],
    intent: 'medication.condition',
    says: /糖尿病/,
    smsSays: /老人退烧一般首选对乙酰氨基酚/,
    not: /多休息、多喝温水/,
  },
  {
    lang: 'en',
    turns: [
      'what fever medicine is ok for an elderly person?',
      "he's 81, has heart disease and takes clopidogrel daily",
    ],
    intent: 'medication.condition',
    says: /heart/i,
  },
  {
    lang: 'en',
    turns: ['Which cold medicine is safe in pregnancy?', "she's 27 weeks, temp 38.4 since lunchtime"],
    intent: 'medication.condition',
    says: /pregnan/i,
  },
  {
    lang: 'en',
    turns: ['Type 1 diabetic, are there any sugar free cough syrups that are safe for me?'],
    intent: 'medication.condition',
    says: /sugar-free/i,
  },
  {
    lang: 'zh',
    turns: ['我有糖尿病，有没有适合我吃的无糖止咳药'],
    intent: 'medication.condition',
    says: /无糖/,
  },
  {
    lang: 'zh',
    turns: ['我妈在做透析，阳了还有点低烧，能吃Paxlovid吗'],
    intent: 'medication.condition',
    says: /处方|医生/,
  },
  {
    lang: 'en',
    turns: ['on chemotherapy and now covid positive with a slight fever, can I take paxlovid?'],
    intent: 'medication.condition',
    says: /prescri|doctor/i,
  },
  {
    lang: 'zh',
    turns: ['我的血氧仪读数老是跳', '现在显示95了，刚才还是97'],
    intent: 'symptom.advice',
    says: /95%/,
  },
  {
    lang: 'en',
    turns: ['my oximeter keeps showing different numbers', 'it reads 95 now, was 97 earlier'],
    intent: 'symptom.advice',
    says: /95 ?%/,
  },
];

describe('routing round 7 kinds, whole conversations', () => {
  it.each(conversations)('$lang on chat: $turns', async ({ turns, intent, says, not }) => {
    const replies = await chatConversation(t.app, session(), turns);
    const last = replies[replies.length - 1];
    expect(last.intent).toBe(intent);
    expect(last.reply).toMatch(says);
    expect(last.reply).not.toMatch(CLARIFY_MENU);
    if (not) expect(last.reply).not.toMatch(not);
  });

  it.each(conversations)('$lang on SMS: $turns', async ({ turns, says, smsSays, not }) => {
    const replies = await smsConversation(t.app, phone(), turns);
    const reply = replies[replies.length - 1];
    expect(reply).toMatch(smsSays ?? says);
    expect(reply).not.toMatch(CLARIFY_MENU);
    if (not) expect(reply).not.toMatch(not);
  });
});
