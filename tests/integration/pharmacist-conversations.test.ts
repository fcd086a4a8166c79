/**
 * Issue 8's kinds of conversation, each driven whole through the real app on the chat API and on
 * Twilio SMS, in Chinese and in English. The wording is this file's own, not the probe's
 * (harness/pharmacist-conversations.ts), so that what was tuned on is not what is tested.
 */
import { startTestApp, type TestApp } from '../../harness/test-app';
import { TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';
import { chatTurn, smsTurn } from '../../harness/channel-turns';

interface Turn {
  say: string;
  /** Every pattern must be in the reply to this turn. */
  has?: (string | RegExp)[];
  /** None may be. */
  not?: (string | RegExp)[];
}

interface Conversation {
  name: string;
  turns: Turn[];
}

/** Adult figures a child must never hear (acetaminophen and ibuprofen limits, adult wording). */
const ADULT_ZH = [/成人[^。；，]*\d/, '2000毫克', '1200毫克', '2克', '200～400', '300～600'];
const ADULT_EN = [/\badults\b[^.;]*\d/i, '2000 mg', '1200 mg', /\b2 g\b/, '200–400', '300–600'];

/** The clarifying menu: a follow-up is never routed to it. */ const MENU =
  /我想确认一下您想问的是哪一类|Let me check what you would like to ask about/;

const CONVERSATIONS: Conversation[] = [
  {
    name: 'zh: a child’s weight dose, then the brand and the daily count stay the child’s',
    turns: [
      { say: '闺女3岁14公斤发烧，布洛芬怎么吃', has: ['14公斤的孩子', '布洛芬'], not: ADULT_ZH },
      { say: '家里的是美林', has: ['14公斤的孩子', '毫升'], not: ADULT_ZH },
      { say: '最多一天几次？', has: ['24小时最多4次'], not: ADULT_ZH },
    ],
  },
  {
    name: 'en: a child’s weight dose, then the brand and the daily count stay the child’s',
    turns: [
      { say: 'My son is 5 and weighs 18 kg, he has a fever. How much ibuprofen?', has: ['18 kg child'], not: ADULT_EN },
      { say: "We've got Children's Motrin", has: ['18 kg child'], not: ADULT_EN },
      { say: 'How many times a day at most?', has: ['at most 4 doses in 24 hours'], not: ADULT_EN },
    ],
  },
  {
    name: 'zh: an older parent is a fact, and “他” is that 88-year-old',
    turns: [
      { say: '我爸88岁了', not: ['不客气', '再见'] },
      { say: '他发烧能吃布洛芬吗', has: ['老人', '对乙酰氨基酚'] },
    ],
  },
  {
    name: 'en: an older parent is a fact, and “he” is that 88-year-old',
    turns: [
      { say: 'My dad is 88', not: [/goodbye|take care/i] },
      { say: 'Can he take ibuprofen for a fever?', has: [/older people/i, 'acetaminophen'] },
    ],
  },
  {
    name: 'zh: a shared ingredient is a plain “do not take both”',
    turns: [{ say: '白加黑和泰诺林可以一起吃吗', has: ['都含有对乙酰氨基酚', '不要两种一起吃，选一种'] }],
  },
  {
    name: 'en: a shared ingredient is a plain “do not take both”',
    turns: [{ say: 'Can I take DayQuil with Tylenol Extra Strength?', has: ['do not take both; pick one'] }],
  },
  {
    name: 'zh: two cold remedies with nothing shared, still one at a time',
    turns: [{ say: '板蓝根和999感冒灵一起喝行吗', has: ['一次只吃一种感冒药'] }],
  },
  {
    name: 'en: two cold remedies with nothing shared, still one at a time',
    turns: [{ say: 'Lianhua Qingwen and Theraflu together, is that fine?', has: ['one cold medicine at a time'] }],
  },
  {
    name: 'zh: what was taken is added up and what is left is said',
    turns: [{ say: '刚才吃了3片必理通，还能吃白加黑吗', has: ['共1,500毫克', '还剩500毫克', '不要再加'] }],
  },
  {
    name: 'en: what was taken is added up and what is left is said',
    turns: [
      { say: 'I already took 2 Tylenol 8HR, can I take NyQuil?', has: ['1,300 mg', '700 mg is left', 'do not add it'] },
    ],
  },
  {
    name: 'zh: simvastatin with Paxlovid from a family doctor is answered, not a call-back',
    turns: [
      {
        say: '我妈吃着辛伐他汀，家庭医生开了Paxlovid，怎么办',
        has: ['辛伐他汀', '5天', '不要因为它不吃Paxlovid'],
        not: ['年纪', '多大'],
      },
    ],
  },
  {
    name: 'en: another statin with Paxlovid: ask the prescriber, keep the antiviral',
    turns: [
      {
        say: "The doctor gave me Paxlovid and I'm on rosuvastatin, is that OK?",
        has: ['rosuvastatin', 'You can still take Paxlovid', 'prescriber'],
      },
    ],
  },
  {
    name: 'en: Tylenol 8HR is 650 mg',
    turns: [{ say: 'How many Tylenol 8 HR caplets in a day?', has: ['650 mg', 'at most 3 caplets a day'] }],
  },
  {
    name: 'zh: 泰诺林缓释片 is for 12 and over',
    turns: [{ say: '孩子10岁能吃泰诺林缓释片吗', has: ['12岁以上', '孩子不要吃'], not: ADULT_ZH }],
  },
  {
    name: 'zh: no ibuprofen under 6 months, and what the baby can have',
    turns: [{ say: '宝宝4个月，能用布洛芬吗', has: ['6个月以下', '对乙酰氨基酚'], not: ADULT_ZH }],
  },
  {
    name: 'en: no ibuprofen under 6 months, and what the baby can have',
    turns: [{ say: 'Is ibuprofen OK for my 4 month old?', has: ['not for babies under 6 months', 'acetaminophen'] }],
  },
  {
    name: 'zh: daily low-dose aspirin: keep it, acetaminophen for the fever',
    turns: [{ say: '我每天吃阿司匹林保护心脏，发烧了可以吃布洛芬吗', has: ['不要停', '改用对乙酰氨基酚'] }],
  },
  {
    name: 'en: daily low-dose aspirin: keep it, acetaminophen for the fever',
    turns: [
      {
        say: "I'm on daily low-dose aspirin for my heart. Is ibuprofen OK for a fever?",
        has: ['do not stop it', 'acetaminophen'],
      },
    ],
  },
  {
    name: 'zh: alcohol with acetaminophen is the liver answer',
    turns: [{ say: '吃完必理通可以喝啤酒吗', has: ['伤肝'], not: ['哪种药一起吃'] }],
  },
  {
    name: 'en: alcohol with acetaminophen is the liver answer',
    turns: [{ say: 'Can I drink wine after taking Panadol?', has: [/liver/], not: ['Which other medicine'] }],
  },
  {
    name: 'zh: liver disease and daily drinking are kept for the next question',
    turns: [{ say: '我有肝硬化，天天喝酒' }, { say: '发烧了，必理通怎么吃', has: ['先问医生'], not: ['300～600'] }],
  },
  {
    name: 'en: liver disease and daily drinking are kept for the next question',
    turns: [
      { say: 'I have cirrhosis and I drink every day' },
      { say: 'How much Panadol can I take for a fever?', has: [/ask a doctor/i], not: ['300–600'] },
    ],
  },
  {
    name: 'zh: a reading between the thresholds is explained',
    turns: [{ say: '我测血氧95，这个正常吗', has: ['血氧95%', '≤93%', '今天就医', '低于90%', '120'] }],
  },
  {
    name: 'en: a reading between the thresholds is explained',
    turns: [{ say: 'My oxygen saturation is 94, is that normal?', has: ['94%', '93% or lower', 'below 90%', '120'] }],
  },
  {
    name: 'zh: unknown weight gets the label’s age band, never 0 kg',
    turns: [
      { say: '孩子6岁发烧，对乙酰氨基酚吃多少', has: ['16～21公斤'], not: ['0公斤', ...ADULT_ZH] },
      { say: '没称过，不知道', has: ['16～21公斤'], not: ['0公斤', ...ADULT_ZH] },
    ],
  },
  {
    name: 'zh: a bare number that cannot be the child’s weight keeps the age band',
    turns: [
      { say: '儿子5岁了发烧，布洛芬吃多少', has: ['16～21公斤'], not: ADULT_ZH },
      { say: '2', has: ['16～21公斤'], not: ['2公斤的孩子', ...ADULT_ZH] },
      { say: '哦，是19公斤', has: ['19公斤的孩子'], not: ADULT_ZH },
    ],
  },
  {
    name: 'zh: fever advice for a child asks the weight, and the weight then gets the child’s doses',
    turns: [
      { say: '女儿3岁发烧38度6', has: ['告诉我孩子的体重'], not: ADULT_ZH },
      { say: '13公斤', has: ['13公斤的孩子', '对乙酰氨基酚', '布洛芬'], not: ADULT_ZH },
    ],
  },
  {
    name: 'zh: a question that is not the weight asked for is answered as itself',
    turns: [
      { say: '孩子发烧，布洛芬吃多少', has: ['多少公斤'] },
      { say: '她还一直咳嗽怎么办', not: ['公斤的孩子', '多少公斤'] },
    ],
  },
  {
    name: 'zh: “if this happens, do we call 120?” names the signs that mean 120',
    turns: [{ say: '如果我妈出现呼吸困难，要打120吗', has: ['马上打120', '呼吸困难'] }],
  },
  {
    name: 'en: “if this happens, do we call 120?” names the signs that mean 120',
    turns: [
      { say: 'If my mum gets short of breath, should I call 120?', has: [/call 120 (?:at once|now)/i, /breath/i] },
    ],
  },
  {
    name: 'en: a short answer gives the weight asked for',
    turns: [
      { say: 'What dose of paracetamol for my baby?', has: [/weigh/] },
      { say: 'ok, 9 kg', has: ['9 kg child'], not: [/goodbye|take care/i, ...ADULT_EN] },
    ],
  },
  // Follow-ups that name no medicine ask the last question again: for the person now meant, or another aspect.
  {
    name: 'zh: “那孩子呢” after an adult dose is the child’s dose of the same medicine, weight asked',
    turns: [
      { say: '大人吃布洛芬一次吃多少', has: ['成人布洛芬'] },
      { say: '那孩子呢', has: ['多少公斤'], not: [...ADULT_ZH, MENU] },
      { say: '17公斤', has: ['17公斤的孩子，布洛芬'], not: ADULT_ZH },
    ],
  },
  {
    name: 'en: “what about for kids?” after an adult dose is the child’s dose, weight asked',
    turns: [
      { say: 'What is the adult dose of ibuprofen?', has: ['Adults, ibuprofen'] },
      { say: 'what about for kids?', has: [/weigh/], not: [...ADULT_EN, MENU] },
      { say: '22 kg', has: ['22 kg child, ibuprofen'], not: ADULT_EN },
    ],
  },
  {
    name: 'zh: “能连续吃几天” after a dose answer is about the same medicine, not “which medicine?”',
    turns: [
      { say: '对乙酰氨基酚成人怎么吃', has: ['成人对乙酰氨基酚'] },
      { say: '能连续吃几天', has: ['对乙酰氨基酚', '退烧最多连用3天'], not: ['请告诉我药盒上的名字', MENU] },
    ],
  },
  {
    name: 'en: “how long can I keep taking it?” after a dose answer is about the same medicine',
    turns: [
      { say: 'How much paracetamol is safe for me?', has: ['acetaminophen'] },
      {
        say: 'and how long can I keep taking it?',
        has: ['at most 3 days'],
        not: ['tell me the name on the pack', MENU],
      },
    ],
  },
  {
    name: 'zh: “我婆婆82岁，那她呢” after a dose answer is the same dose for an 82-year-old',
    turns: [
      { say: '布洛芬一次能吃几粒', has: ['布洛芬'] },
      { say: '我婆婆82岁，那她呢', has: ['老人吃布洛芬更容易胃出血'], not: [MENU] },
    ],
  },
  {
    name: 'en: “my gran is 84, what about her?” after a dose answer is the same dose for an 84-year-old',
    turns: [
      { say: 'How much ibuprofen can I take for a headache?', has: ['ibuprofen'] },
      { say: 'my gran is 84, what about her?', has: [/older people/i], not: [MENU] },
    ],
  },
  {
    name: 'zh: “那5岁的孩子呢” after a pair is the same pair for the child, no adult figure',
    turns: [
      { say: '布洛芬和白加黑能一起吃吗', has: ['不要'] },
      { say: '那5岁的孩子呢', has: ['白加黑', '不是儿童用药'], not: [...ADULT_ZH, MENU] },
    ],
  },
  {
    name: 'en: “what about my son, he’s 6?” after a pair is the same pair for the child, no adult figure',
    turns: [
      { say: 'Is it ok to take Motrin and NyQuil together?', has: [/do not take/i] },
      { say: "what about my son, he's 6?", has: ['NyQuil', "not a children's medicine"], not: [...ADULT_EN, MENU] },
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

describe('a pharmacist’s whole conversations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(TWILIO_TEST_ENV);
  });
  afterAll(() => t?.close());

  describe.each(CONVERSATIONS.map((c, i) => [c.name, c, i] as const))('%s', (_name, conversation, i) => {
    it('on chat', async () => {
      const session = `pharmacist-${i}`;
      for (const turn of conversation.turns) {
        const r = await chatTurn(t.app, session, turn.say);
        expect(r.triage).not.toBe('emergency');
        check(r.reply, turn);
      }
    });

    it('on SMS', async () => {
      const from = `+86139100${String(i).padStart(5, '0')}`;
      for (const turn of conversation.turns) {
        const messages = await smsTurn(t.app, from, turn.say);
        // An answer cut to two segments is read whole the way a texter reads it: "1" for the rest.
        while (MORE_HINT.test(messages.at(-1) ?? '')) messages.push(...(await smsTurn(t.app, from, '1')));
        check(messages.join('\n'), turn);
      }
    });
  });
});
