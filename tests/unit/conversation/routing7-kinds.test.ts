/**
 * Routing kinds of round 7 (found by intents set I6), each as a family of paraphrases written for this
 * test, none taken from the set: a question whether an earlier request is arranged or confirmed asks after
 * it (a new request does not); the person described after a medicine question (their age, illness and
 * regular medicine, or a pregnancy's weeks with a temperature) asks that question again for them; asked
 * unsurely, "any medicines that are ok for me" beside a condition and "can I take X" beside a treatment are
 * condition questions, not menus; an SpO2 reading told as news with the oximeter in hand is a reading.
 */
import type { IntentId, Lang } from '../../../core/types';
import { routeMedicineQuestion } from '../../../domains/medication/medicine-questions';
import { followUpOf } from '../../../domains/medication/follow-ups';
import { asksAfterEarlier } from '../../../domains/tickets/service-shapes';
import { reportsSpo2 } from '../../../domains/symptoms/readings';
import { extractEntities } from '../../../nlp/entities';

const NOW = new Date('2026-12-10T10:00:00+08:00');
const langOf = (text: string): Lang => (/\p{Script=Han}/u.test(text) ? 'zh' : 'en');
const entitiesOf = (text: string) => extractEntities(text, langOf(text), NOW);
const route = (text: string, heard: IntentId, unsure = false) =>
  routeMedicineQuestion(text, langOf(text), entitiesOf(text), {}, heard, unsure);

describe('an earlier request asked after: arranged, booked, confirmed', () => {
  it.each([
    '下周一去化疗的接送车安排好了没有',
    '明天复查的车约好了吗',
    '给我妈订的送药有没有安排好',
    '礼拜三透析的车派好了没',
    "Is my ride to Monday's dialysis confirmed?",
    "has the car for mum's scan been booked yet?",
    'is our medicine delivery still coming today?',
    'has my ride to the hospital on friday been booked?',
  ])('"%s" is a status question', (text) => {
    expect(asksAfterEarlier(text, langOf(text))).toBe(true);
  });

  it.each([
    '帮我安排一辆车明天去医院',
    '我想约车去透析',
    '能不能给我妈约个车去复查',
    'can you book me a ride to chemo on friday',
    'I need transport to the hospital tomorrow',
    'is my medicine safe to take after the expiry date?',
  ])('"%s" is no status question', (text) => {
    expect(asksAfterEarlier(text, langOf(text))).toBe(false);
  });
});

describe('the person described after a medicine question', () => {
  it.each([
    '我外婆92了，有糖尿病，一直打胰岛素',
    '我爸83了，有冠心病，天天吃氯吡格雷',
    '我岳父86了，有冠心病，每天吃着波立维',
    "he's 79, diabetic, takes metformin every morning",
    'my gran is 88 with heart disease, on clopidogrel',
  ])('"%s" (a regular medicine told, no question) asks whether the medicines suit them', (text) => {
    const e = entitiesOf(text);
    expect(followUpOf(text, e, true)).toEqual({ suitability: true });
  });

  it.each(["she's 26 weeks, temp 38.2 since lunchtime", "she's 33 weeks along, temperature 38.4 since early today"])(
    '"%s" (a pregnancy told in English, longer than 40 characters) asks the last question again',
    (text) => {
      expect(followUpOf(text, entitiesOf(text), true)).toEqual({});
    },
  );

  it.each([
    '他吃着华法林，能吃吗',
    "she's on warfarin, can she have it?",
    '她80了，吃了一片泰诺林',
    "he's 80 and took paracetamol",
  ])('"%s" (a regular medicine asked about, or a fever medicine named) is a question of its own', (text) => {
    expect(followUpOf(text, entitiesOf(text), true)).toBeUndefined();
  });
});

describe('clear medicine questions asked unsurely: no menu', () => {
  it.each([
    ["I'm diabetic, any sugar-free cough medicines that are fine for me?", 'symptom.advice'],
    ['type 1 diabetic, any cough syrups that are safe for me', 'medication.condition'],
    ['我有糖尿病，有没有适合我吃的无糖止咳药', 'symptom.advice'],
  ] as const)('"%s", beside a condition, is a choice of medicine for the person', (text, heard) => {
    expect(route(text, heard, true)).toBe('medication.condition');
  });

  it.each([
    ['我妈在做透析，阳了能吃Paxlovid吗', 'medication.dose'],
    ['on chemotherapy and now covid positive, can I take paxlovid?', 'medication.condition'],
    ['做完肾移植的人，发烧能吃布洛芬吗', 'symptom.advice'],
  ] as const)('"%s", beside a treatment, is a condition question', (text, heard) => {
    expect(route(text, heard, true)).toBe('medication.condition');
  });

  it('heard surely as a medicine question, it keeps what the classifier heard', () => {
    expect(route('我在做化疗，能吃Paxlovid吗', 'medication.dose')).toBeUndefined();
  });
});

describe('an SpO2 reading told as news', () => {
  it.each([
    ['现在显示95了，刚才还是97', 95],
    ['it reads 95 now, was 97 earlier', 95],
  ] as const)('"%s" with the oximeter in hand is a reading', (text, spo2) => {
    expect(reportsSpo2(text, { ...entitiesOf(text), spo2 })).toBe(true);
  });

  it.each([
    ['95了，能吃布洛芬吗', 95],
    ['95 now, can you send a doctor?', 95],
  ] as const)('"%s" asks something else', (text, spo2) => {
    expect(reportsSpo2(text, { ...entitiesOf(text), spo2 })).toBe(false);
  });

  it('no reading, no reading', () => {
    expect(reportsSpo2('it says 95 now', {})).toBe(false);
  });
});

describe('regular medicines listed alone after a pair question', () => {
  it.each([
    '阿司匹林 瑞舒伐他汀 还有一个降糖的二甲双胍',
    'atorvastatin, clopidogrel and a blood pressure one, valsartan',
  ])('"%s" (no age, no person described) is the other half of the pair, not a follow-up', (text) => {
    expect(followUpOf(text, entitiesOf(text), true)).toBeUndefined();
  });
});
