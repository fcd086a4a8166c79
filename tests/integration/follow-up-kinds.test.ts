/**
 * Follow-ups and routing kinds of issue 8 (round 4), each driven whole through the real app on the chat
 * API and on Twilio SMS, in Chinese and in English, with wording of this file's own: "how often?" after a
 * dose answer is the interval, not the whole answer again; "那隔离呢" / "and isolation?" turns to
 * isolation; a transport request "to the hospital for a check-up" has its destination; a drink with a
 * medicine is checked as a pair; a complaint is out of scope; a temperature told after fever advice is
 * answered as the symptom. Round 5: a weight answering the question after a children's product, a re-dose
 * after a dose taken hours ago, going back to work, storage, a clinic's hours, no way to get to hospital.
 */
import { startTestApp, type TestApp } from '../../harness/test-app';
import { TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';
import { chatTurn, smsTurn } from '../../harness/channel-turns';

interface Turn {
  say: string;
  /** The intent the chat API reports for this turn. */
  intent?: string;
  has?: (string | RegExp)[];
  not?: (string | RegExp)[];
}

interface Conversation {
  name: string;
  turns: Turn[];
}

const MENU = /我想确认一下您想问的是哪一类|Let me check what you would like to ask about/;
const FALLBACK = /不在健康热线的服务范围内|outside what the health hotline covers/;
/** Adult figures a child must never hear. */
const ADULT_ZH = [/成人[^。；，]*\d/, '2000毫克', '1200毫克', /200.400/, /300.600/];
const ADULT_EN = [/\badults\b[^.;]*\d/i, '2000 mg', '1200 mg', /200.400/, /300.600/];

const CONVERSATIONS: Conversation[] = [
  {
    name: 'zh: “隔多长时间吃一次” after an adult dose is the interval alone',
    turns: [
      { say: '对乙酰氨基酚一次吃多少', intent: 'medication.dose', has: ['一次300～600毫克'] },
      {
        say: '隔多长时间吃一次',
        intent: 'medication.dose',
        has: ['间隔4～6小时', '2000毫克'],
        not: ['一次300～600毫克', MENU],
      },
    ],
  },
  {
    name: 'en: “and how often?” after an adult dose is the interval alone',
    turns: [
      { say: 'how much advil should I take for a headache', intent: 'medication.dose', has: [/200.400 mg at a time/] },
      {
        say: 'and how often?',
        intent: 'medication.dose',
        has: [/4.6 hours apart/, '1200 mg'],
        not: ['at a time', MENU],
      },
    ],
  },
  {
    name: 'zh: a child’s interval after a weight-based dose, no adult figure',
    turns: [
      { say: '孩子发烧38.7，美林吃多少', has: ['公斤'] },
      { say: '16公斤', has: ['16公斤的孩子'], not: ADULT_ZH },
      {
        say: '多久能再吃一次',
        intent: 'medication.dose',
        has: ['孩子用布洛芬', '间隔6～8小时'],
        not: [...ADULT_ZH, '16公斤的孩子', MENU],
      },
    ],
  },
  {
    name: 'en: a child’s interval after a weight-based dose, no adult figure',
    turns: [
      { say: 'my daughter has a fever, how much paracetamol can she have', has: ['kg'] },
      { say: 'she is 15 kg', has: ['15 kg child'], not: ADULT_EN },
      {
        say: 'how often?',
        intent: 'medication.dose',
        has: ['For the child', 'hours apart'],
        not: [...ADULT_EN, '15 kg child', MENU],
      },
    ],
  },
  {
    name: 'zh: “那隔离呢” after a dose answer is about isolation',
    turns: [
      { say: '布洛芬一天最多吃几次' },
      { say: '那隔离呢', intent: 'isolation.home', has: ['单独房间'], not: [MENU, '药盒上的名字'] },
    ],
  },
  {
    name: 'en: “what about isolation?” after a dose answer is about isolation',
    turns: [
      { say: 'how many paracetamol can I take in a day' },
      {
        say: 'what about isolation?',
        intent: 'isolation.home',
        has: ['separate room'],
        not: [MENU, 'name on the pack'],
      },
    ],
  },
  {
    name: 'en: a ride “to the hospital for a check-up” has its destination',
    turns: [
      {
        say: 'I need a car to take my father to the hospital for a check-up',
        intent: 'service.transport',
        not: [/which hospital or clinic/i],
      },
    ],
  },
  {
    name: 'en: “for a follow-up at the community health centre” answers “which hospital?”',
    turns: [
      { say: 'can you arrange transport for my mum', intent: 'service.transport', has: [/which hospital or clinic/i] },
      {
        say: 'for a follow-up at the community health centre',
        intent: 'service.transport',
        not: [/which hospital or clinic/i, /Clinics in/],
      },
    ],
  },
  {
    name: 'zh: a drink with a medicine is checked as a pair, with the drinking guidance',
    turns: [
      {
        say: '今晚要喝几杯红酒，白天吃过泰诺林，要紧吗',
        intent: 'medication.combination',
        has: ['酒'],
        not: ['哪种药一起吃'],
      },
    ],
  },
  {
    name: 'en: a drink with a medicine is checked as a pair, with the drinking guidance',
    turns: [
      {
        say: 'is a glass of wine ok if I took ibuprofen this morning?',
        intent: 'medication.combination',
        has: [/alcohol/i],
        not: ['Which other medicine'],
      },
    ],
  },
  {
    name: 'zh: a complaint about clinic staff is out of scope',
    turns: [{ say: '社区医院发热门诊那个护士态度太差了，我想投诉她', intent: 'fallback', has: [FALLBACK] }],
  },
  {
    name: 'en: a lost parcel of medicine is out of scope',
    turns: [
      { say: 'the courier lost my parcel with the paracetamol I ordered online', intent: 'fallback', has: [FALLBACK] },
    ],
  },
  {
    name: 'zh: a complaint with the caller’s own fever keeps its clinical answer',
    turns: [{ say: '我要投诉，发热门诊没看就让我回家了，我现在还烧到39度5', not: [FALLBACK] }],
  },
  {
    name: 'en: a complaint with the caller’s own fever keeps its clinical answer',
    turns: [{ say: "I want to complain, the clinic sent me home and I've still got a fever of 39.4", not: [FALLBACK] }],
  },
  {
    name: 'zh: a temperature told after fever advice is the symptom, not a status or a goodbye',
    turns: [
      { say: '我妈阳了发烧了', intent: 'symptom.advice' },
      { say: '现在38.8 她66岁 没别的病', intent: 'symptom.advice', not: [MENU, /没有查到/] },
    ],
  },
  {
    name: 'en: a temperature told after fever advice is the symptom, not a status or a goodbye',
    turns: [
      { say: 'I have covid and a fever', intent: 'symptom.advice' },
      {
        say: "it's 38.6 right now, haven't had any tablets",
        intent: 'symptom.advice',
        not: [MENU, /found no request/],
      },
    ],
  },
  // Round 5 kinds: each with wording, medicine and person of this file's own.
  {
    name: "en: the weight answering the pending question after a children's product is that child's dose",
    turns: [
      { say: "how much children's motrin for my boy?", intent: 'medication.dose', has: [/weigh/] },
      {
        say: "he's 5, roughly 19 kg",
        intent: 'medication.dose',
        has: ['19 kg', /ibuprofen/i, /mL/],
        not: [MENU, ...ADULT_EN],
      },
    ],
  },
  {
    name: "zh: 儿童泰诺 is a child's medicine: the weight is asked, then the mL for that weight",
    turns: [
      { say: '儿童泰诺给宝宝吃多少', intent: 'medication.dose', has: ['公斤'] },
      { say: '嗯，12公斤', intent: 'medication.dose', has: ['12公斤', '毫升'], not: [MENU, ...ADULT_ZH] },
    ],
  },
  {
    name: 'en: taken already with a temperature, "another now?" says how long to wait',
    turns: [
      {
        say: 'still 38.7 here, I had ibuprofen about 3 hrs ago - can I take some more now?',
        intent: 'medication.dose',
        has: [/only 3 hours: wait at least 1 more hour/],
        not: [MENU],
      },
    ],
  },
  {
    name: 'zh: 吃了几个钟头了还烧, 能不能再吃 says the interval for what was taken',
    turns: [
      {
        say: '对乙酰氨基酚吃了五个钟头了，还是38度9，能不能再吃一次',
        intent: 'medication.dose',
        has: ['离上次已经5小时', '4～6小时'],
        not: [MENU],
      },
    ],
  },
  {
    name: 'zh: going back to work with a cough left is the release date, not symptom care',
    turns: [
      {
        say: '我阳了第六天了，烧早退了，就剩点咳嗽，后天能回单位上班吗',
        intent: 'isolation.release',
        has: ['隔离'],
        not: [MENU, FALLBACK],
      },
    ],
  },
  {
    name: "en: a children's bottle kept after opening is the storage answer",
    turns: [
      {
        say: 'once the nurofen for children bottle is opened, where should I keep it?',
        intent: 'medication.safety',
        has: [/cool and dry/],
        not: [MENU],
      },
    ],
  },
  {
    name: 'zh: 社康 and its hours is the clinic directory',
    turns: [
      { say: '请问社康中心下午几点关门', intent: 'clinic.find', has: ['社区卫生服务中心'], not: [FALLBACK, MENU] },
    ],
  },
  {
    name: 'en: no way to get to a hospital check-up the doctor asked for is transport',
    turns: [
      {
        say: "My mum's doctor wants her back at the hospital for a follow-up X-ray next week. I don't drive, she can barely walk and we can't get a taxi out here. Is there anything you can do?",
        intent: 'service.transport',
        not: [MENU],
      },
    ],
  },
];

function check(reply: string, turn: Turn): void {
  for (const p of turn.has ?? [])
    expect(reply).toEqual(typeof p === 'string' ? expect.stringContaining(p) : expect.stringMatching(p));
  for (const p of turn.not ?? []) {
    if (typeof p === 'string') expect(reply).not.toContain(p);
    else expect(reply).not.toMatch(p);
  }
}

const MORE_HINT = /（回复1看后面的内容）$|\(Reply 1 for more\)$/;

describe('follow-ups and routing kinds, whole conversations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(TWILIO_TEST_ENV);
  });
  afterAll(() => t?.close());

  describe.each(CONVERSATIONS.map((c, i) => [c.name, c, i] as const))('%s', (_name, conversation, i) => {
    it('on chat', async () => {
      const session = `follow-up-kinds-${i}`;
      for (const turn of conversation.turns) {
        const r = await chatTurn(t.app, session, turn.say);
        if (turn.intent) expect({ say: turn.say, intent: r.intent }).toEqual({ say: turn.say, intent: turn.intent });
        check(r.reply, turn);
      }
    });

    it('on SMS', async () => {
      const from = `+86139300${String(i).padStart(5, '0')}`;
      for (const turn of conversation.turns) {
        const messages = await smsTurn(t.app, from, turn.say);
        while (MORE_HINT.test(messages.at(-1) ?? '')) messages.push(...(await smsTurn(t.app, from, '1')));
        check(messages.join('\n'), turn);
      }
    });
  });
});
