/**
 * Routing round 8's kinds as whole conversations through the real app, on the chat API and on Twilio
 * SMS, in Chinese and English (sentences written for this test, none from an evaluation set): a weight
 * given after the question was read back gets the child's dose (never an adult's); a phone number given
 * in the middle of a call-back request goes back to the request, not a goodbye; a service agreed earlier
 * or on its way, and the phone tail or name it is under, get the caller's requests, not a new form; a
 * medicine beside breastfeeding, liver disease, chemotherapy or an age group gets the condition's answer,
 * not a menu; working, going out or visiting a grandparent while or after positive gets when isolation ends.
 */
import { startTestApp, type TestApp } from '../../harness/test-app';
import { TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';
import { CLARIFY_MENU, chatConversation, smsConversation } from '../../harness/channel-turns';

let t: TestApp;
let n = 0;
const session = () => `kinds8-${++n}`;
const phone = () => `+86139800${String(++n).padStart(5, '0')}`;

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
  /** A conversation about a child: no reply in it may give an adult dose. */
  child?: boolean;
}

const NEW_FORM = /是给您自己申请，还是替家人代办|Is this for you, or for a relative/;
const GOODBYE = /不客气，祝您早日康复|You're welcome|Get well soon/i;
const ADULT_DOSE =
  /成人(?:剂量|用量|一次)|adult dose|adults?:? \d|一次1片|一次2片|500 ?(?:毫克|mg)|1,?000 ?(?:毫克|mg)|400 ?(?:毫克|mg)/i;

const conversations: Conversation[] = [
  {
    lang: 'zh',
    turns: ['宝宝烧到38.9，家里有泰诺林，喂多少合适', '你问的是体重吧', '嗯 16公斤'],
    intent: 'medication.dose',
    says: /16公斤的孩子/,
    not: GOODBYE,
    child: true,
  },
  {
    lang: 'en',
    turns: ["my son has a fever of 39, we have children's ibuprofen, how much do I give?", 'ok 18 kg'],
    intent: 'medication.dose',
    says: /18 kg child/,
    not: GOODBYE,
    child: true,
  },
  {
    lang: 'zh',
    turns: ['想让家庭医生给我回个电话', '我有高血压，一直吃氨氯地平', '好 13987654321'],
    intent: 'service.doctor',
    says: /139 8765 4321|多大年纪/,
    not: GOODBYE,
  },
  {
    lang: 'en',
    turns: ['can a doctor call me back about my mum', "she's on warfarin and has covid now", 'sure 13812345678'],
    intent: 'service.doctor',
    says: /call-back|How old/i,
    not: GOODBYE,
  },
  {
    lang: 'zh',
    turns: ['之前答应的血氧仪 明天能送过来吗'],
    intent: 'service.status',
    says: /没有查到|T-\d{5}/,
    not: NEW_FORM,
  },
  {
    lang: 'zh',
    turns: ['我想问问我的申请', '手机尾号是4521'],
    intent: 'service.status',
    says: /没有查到|T-\d{5}/,
    not: NEW_FORM,
  },
  {
    lang: 'en',
    turns: ["Following up on the volunteer for my dad's scan on Friday - is it confirmed?"],
    intent: 'service.status',
    says: /no request|T-\d{5}/i,
    not: NEW_FORM,
  },
  {
    lang: 'en',
    turns: ['did my inhaler delivery go out?', 'it is under the name Li Na'],
    intent: 'service.status',
    says: /no request|T-\d{5}/i,
    not: NEW_FORM,
  },
  {
    lang: 'en',
    turns: ['nursing my 2 month old, is ibuprofen ok or does it pass into breast milk?'],
    intent: 'medication.condition',
    says: /breastfeeding/i,
  },
  {
    lang: 'en',
    turns: ['my husband has cirrhosis, how much paracetamol is safe for him?'],
    intent: 'medication.condition',
    says: /liver disease/i,
  },
  {
    lang: 'zh',
    turns: ['两岁以下的宝宝能用止咳糖浆吗'],
    intent: 'medication.condition',
    says: /儿童剂型/,
    child: true,
  },
  {
    lang: 'en',
    turns: ['can children under 2 have cough medicine?'],
    intent: 'medication.condition',
    says: /children's/i,
    child: true,
  },
  {
    lang: 'zh',
    turns: ['阳了第二天，可以出去取个外卖吗'],
    intent: 'isolation.release',
    says: /结束居家隔离/,
  },
  {
    lang: 'en',
    turns: ["I'm positive but can I still do my deliveries? I drive for a food app"],
    intent: 'isolation.release',
    says: /isolation/i,
  },
  {
    lang: 'zh',
    turns: ['上个月阳过 现在好了 多久以后可以去看望奶奶'],
    intent: 'isolation.release',
    says: /老人/,
  },
  {
    lang: 'en',
    turns: ['recovered last week, how long before I can visit my grandma in the care home?'],
    intent: 'isolation.release',
    says: /care home|older relatives/i,
  },
  {
    lang: 'zh',
    turns: ['我想知道什么时候能回公司', '我阳了', '嗯 八号测出来的'],
    intent: 'isolation.release',
    says: /结束居家隔离/,
  },
];

describe('routing round 8 kinds, whole conversations', () => {
  it.each(conversations)('$lang on chat: $turns', async ({ turns, intent, says, not, child }) => {
    const replies = await chatConversation(t.app, session(), turns);
    const last = replies[replies.length - 1];
    expect(last.intent).toBe(intent);
    expect(last.reply).toMatch(says);
    expect(last.reply).not.toMatch(CLARIFY_MENU);
    if (not) expect(last.reply).not.toMatch(not);
    if (child) for (const r of replies) expect(r.reply).not.toMatch(ADULT_DOSE);
  });

  it.each(conversations)('$lang on SMS: $turns', async ({ turns, says, not, child }) => {
    const replies = await smsConversation(t.app, phone(), turns);
    const reply = replies[replies.length - 1];
    expect(reply).toMatch(says);
    expect(reply).not.toMatch(CLARIFY_MENU);
    if (not) expect(reply).not.toMatch(not);
    if (child) for (const r of replies) expect(r).not.toMatch(ADULT_DOSE);
  });
});
