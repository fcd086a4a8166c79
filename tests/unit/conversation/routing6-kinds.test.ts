/**
 * Routing kinds of round 6 (found by intents set I5), each as a family of paraphrases written for this
 * test, none taken from the set: a fever medicine asked for a symptom beside a regular medicine, or for a
 * nursing mother, is a condition question; a product's keeping or its date is a safety question; a
 * delivery asked for, an earlier registration asked after, a story ending in "any way you could help" or
 * a wish to talk to someone medical are requests; the line checked, a small home, a boss's call back to
 * work, a landlord; short answers that continue a conversation.
 */
import type { Classification, ConversationState, Facts, IntentId, Lang } from '../../../core/types';
import {
  asksToGoBack,
  decideRoute,
  heardAsNoSubject,
  isBareOpening,
  isShortAnswer,
  outOfScopeAsk,
  subjectAfter,
  subjectSwitch,
} from '../../../conversation/routing';
import { subjectOf } from '../../../conversation/facts';
import { routeMedicineQuestion } from '../../../domains/medication/medicine-questions';
import { followUpOf } from '../../../domains/medication/follow-ups';
import { weightFromAnswer } from '../../../domains/medication/weight-answer';
import { answersForm, asksAfterEarlier, asksForDelivery, vagueAskFor } from '../../../domains/tickets/service-shapes';
import { asksAboutTemperature } from '../../../domains/symptoms/readings';
import { extractEntities } from '../../../nlp/entities';

const NOW = new Date('2026-12-10T10:00:00+08:00');
const langOf = (text: string): Lang => (/\p{Script=Han}/u.test(text) ? 'zh' : 'en');
const entitiesOf = (text: string) => extractEntities(text, langOf(text), NOW);
const route = (text: string, heard: IntentId, unsure = false, facts: Facts = {}) =>
  routeMedicineQuestion(text, langOf(text), entitiesOf(text), facts, heard, unsure);
const cls = (intent: IntentId, score: number, second?: IntentId): Classification => ({
  intent,
  score,
  alternatives: second ? [{ intent: second, score: 1 - score }] : [],
});
const EMPTY: ConversationState = { facts: {} };

describe('a fever medicine beside a regular medicine', () => {
  it.each([
    ['一直吃华法林的人，咳嗽发烧了可以吃布洛芬吗', 'medication.combination'],
    ['我妈长期吃华法林，现在发烧了能用对乙酰氨基酚吗', 'medication.dose'],
    ["I'm on warfarin and now I've got a fever, can I use ibuprofen?", 'medication.combination'],
    ['dad is on blood thinners, can he have ibuprofen for the fever', 'medication.dose'],
  ] as const)('"%s", asked for a symptom, is a choice of medicine (a condition question)', (text, heard) => {
    expect(route(text, heard)).toBe('medication.condition');
  });

  it('a daily aspirin (no condition guidance of its own) with a fever medicine stays a pair', () => {
    expect(route('我每天吃阿司匹林护心，发烧了能吃布洛芬吗', 'medication.condition')).toBe('medication.combination');
  });

  it.each([
    '长期吃华法林，发烧了还能加布洛芬吗',
    'on warfarin with a fever, can I take ibuprofen too?',
    'she takes low dose aspirin daily, can she add ibuprofen for the aches',
  ])('"%s" (adding one to the other) is still a pair', (text) => {
    expect(route(text, 'medication.condition')).toBe('medication.combination');
  });

  it.each([
    ['天天吃小剂量阿司匹林，发烧的话吃什么比较好', 'medication.dose'],
    ['on a baby aspirin every morning for my heart, what should I take for a fever?', 'medication.safety'],
  ] as const)('"%s" asks which medicine beside the regular one', (text, heard) => {
    expect(route(text, heard)).toBe('medication.condition');
  });

  it.each(['他80了，平时吃降压药和降糖药', '她86了，每天吃他汀'])(
    '"%s", told unsurely in answer to "what can she take", says who it is for',
    (text) => {
      expect(route(text, 'service.status', true)).toBe('medication.condition');
    },
  );
});

describe('a nursing mother asking about her baby', () => {
  it.each(['哺乳期吃布洛芬，对孩子有影响吗', "I'm breastfeeding, will paracetamol get into my baby's milk"])(
    '"%s" is a condition question, not the baby\'s dose',
    (text) => {
      expect(route(text, 'medication.condition', false, { subject: 'child' })).toBeUndefined();
      expect(subjectOf(text, entitiesOf(text), {})).toBe('self');
    },
  );

  it('a nursing wife named is the one the medicine is for', () => {
    const text = '我老婆在喂奶，吃布洛芬会影响宝宝吗';
    expect(subjectOf(text, entitiesOf(text), {})).toBe('partner');
  });
});

describe("a product's keeping or its date", () => {
  it.each([
    ['布洛芬混悬液开封以后能放多久', 'medication.dose'],
    ['泰诺林糖浆打开后保存多久', 'medication.dose'],
    ['the box says exp 04/25, is the syrup still ok', 'medication.combination'],
    ['the calpol bottle is out of date, can I still give it', 'medication.dose'],
  ] as const)('"%s" is a safety question', (text, heard) => {
    expect(route(text, heard)).toBe('medication.safety');
  });

  it("a children's product heard as a safety question, in a conversation about a child, keeps it", () => {
    expect(route('美林变色了还能用吗', 'medication.safety', false, { subject: 'child' })).toBeUndefined();
  });

  it('"one sachet or two each time", unsure, is a dose question', () => {
    expect(route('do I take one sachet or two of these each time?', 'medication.safety', true)).toBe('medication.dose');
  });
});

describe('requests by their shape', () => {
  it.each([
    ['能不能送几盒退烧药过来，家里没了', true],
    ['帮我们代买点抗原送到家', true],
    ['we need some paracetamol delivered to flat 12', true],
    ['can you send us a few more test kits', true],
    ['should I bring my meds to the hospital', false],
    ['where is the ibuprofen delivery I asked for', false],
  ] as const)('"%s" asks for a delivery: %s', (text, yes) => {
    expect(asksForDelivery(text, langOf(text))).toBe(yes);
  });

  it.each(['退烧药什么时候能送到，都申请三天了', '我先前登记过送抗原', '我前面约过医生回电'])(
    '"%s" asks after an earlier request',
    (text) => {
      expect(asksAfterEarlier(text, 'zh')).toBe(true);
    },
  );

  it.each([
    [
      'My grandparents are both positive and down to their last paracetamol, the pharmacy near them has nothing left. Is there any way you could help them out?',
      'service.drug_delivery',
    ],
    [
      'My husband has his dialysis at the city hospital on Friday, we have no car and the taxis refuse to come to our block. Any chance someone could take us there?',
      'service.transport',
    ],
    [
      "Day 5 of covid, the fever has gone but I keep getting palpitations and feel faint when I get up. I'd like to talk it over with someone medical.",
      'service.doctor',
    ],
    ['阳了第五天，烧退了但是心慌，站起来就头晕，不知道是不是药的问题，想找个懂的人聊聊', 'service.doctor'],
  ] as const)('"%s" asks for %s', (text, intent) => {
    expect(vagueAskFor(text, langOf(text))).toBe(intent);
  });

  it.each([
    ['手机号就是这个，晚上都在家', true],
    ['my mobile is the one I text from, home all afternoon', true],
    ['在家隔离要怎么消毒？', false],
  ] as const)('"%s" answers a request form: %s', (text, yes) => {
    expect(answersForm(text, langOf(text))).toBe(yes);
  });
});

describe('the line, a home, work, rights', () => {
  it.each([
    '你好，这里是健康热线吗',
    '请问是不是卫生热线',
    'hi, is this the health helpline?',
    'am I through to the covid hotline',
  ])('"%s" is a greeting', (text) => {
    expect(isBareOpening(text)).toBe(true);
  });

  it.each(["I have a question about my son's medicine", '我想问一下孩子用药的问题'])(
    '"%s" names a subject and asks nothing yet',
    (text) => {
      expect(isBareOpening(text)).toBe(true);
    },
  );

  it.each([
    ['我想咨询一下隔离方面的问题', 'isolation.home'],
    ['I have a question about isolation', 'isolation.home'],
  ] as const)('"%s" opens on %s', (text, intent) => {
    expect(subjectSwitch(text)).toBe(intent);
  });

  it.each(['could I get a callback from the GP please', 'need a doctor call back'])(
    '"%s", unsure between a status and a call-back, is the call-back',
    (text) => {
      const r = decideRoute(text, undefined, cls('service.status', 0.55, 'service.doctor'), EMPTY);
      expect(r).toMatchObject({ kind: 'handler', intent: 'service.doctor' });
    },
  );

  it.each(['我们家房子小，只有一个卫生间，怎么办', "we're in a tiny 1-bed flat, how do we manage"])(
    '"%s", unsure between a person and home isolation, is home isolation',
    (text) => {
      const r = decideRoute(text, undefined, cls('human.agent', 0.55, 'isolation.home'), EMPTY);
      expect(r).toMatchObject({ kind: 'handler', intent: 'isolation.home' });
    },
  );

  it.each([
    '阳了第四天，老板让我后天回单位上班，行吗',
    'my manager wants me back in the office on Monday, day 5, is that ok',
  ])('"%s", heard as a person asked for, is when isolation ends', (text) => {
    expect(asksToGoBack(text, 'human.agent')).toBe(true);
  });

  it('a person asked for stays a person', () => {
    expect(asksToGoBack('我要转人工，领导叫我明天回公司', 'human.agent')).toBe(false);
  });

  it.each(['房东说我阳了要把我赶出去，他能这样吗', 'my landlord wants to evict me because I have covid, can he?'])(
    '"%s" is out of scope',
    (text) => {
      expect(outOfScopeAsk(text, 'isolation.release')).toBe(true);
    },
  );
});

describe('short answers in a conversation', () => {
  it.each([
    '嗯，今天测已经是一条杠了',
    '对，三岁，没发烧',
    '2',
    '39.1, he is 3, eating fine',
    'yeah, negative this morning',
  ])('"%s" is a short answer', (text) => {
    expect(isShortAnswer(text)).toBe(true);
  });

  it.each(['好的谢谢', 'thanks, bye', '嗯嗯', '阳了第七天，没有症状了，今天抗原一条杠，明天能不能回公司上班了呀'])(
    '"%s" is not',
    (text) => {
      expect(isShortAnswer(text)).toBe(false);
    },
  );

  it('heard as a goodbye or unsurely it continues the subject; a greeting or a menu is no subject', () => {
    expect(heardAsNoSubject({ kind: 'handler', intent: 'goodbye', text: '' })).toBe(true);
    expect(heardAsNoSubject({ kind: 'clarify', choices: [] })).toBe(true);
    expect(heardAsNoSubject({ kind: 'handler', intent: 'symptom.advice', text: '' })).toBe(false);
    expect(subjectAfter('isolation.home', 'goodbye')).toBe('isolation.home');
    expect(subjectAfter('isolation.home', 'isolation.release')).toBe('isolation.release');
  });

  it.each([
    ['is 38.1 anything to worry about?', true],
    ['38度2算高吗', true],
    ['38.5, is ibuprofen ok?', false],
    ['37.9 today, can someone deliver paracetamol', false],
  ] as const)('"%s" asks what a temperature means: %s', (text, yes) => {
    expect(asksAboutTemperature(text, entitiesOf(text))).toBe(yes);
  });

  it('a temperature answering "how much does the child weigh" is no weight', () => {
    expect(weightFromAnswer('38.7, she is 4', entitiesOf('38.7, she is 4'))).toBeUndefined();
    expect(weightFromAnswer('16', entitiesOf('16'))).toBe(16);
  });

  it.each(['他有哮喘，有影响吗', 'she has asthma, does that matter'])(
    '"%s" after a medicine answer asks whether it suits the person',
    (text) => {
      expect(followUpOf(text, entitiesOf(text), true)).toEqual({ suitability: true });
    },
  );
});
