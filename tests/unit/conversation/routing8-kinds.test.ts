/**
 * Routing kinds of round 8 (found by intents set I7), each as a family of paraphrases written for this
 * test, none taken from the set: the question just asked read back is no new question; which request a
 * status question is about (a phone tail, a name) is part of it; a service agreed earlier or already on
 * its way asked after is a status question; whether a medicine suits a condition, a treatment or an age
 * group is a condition question, and a drink with a fever medicine a pair; working, going out or visiting
 * an elderly relative while or after being positive asks when isolation ends.
 */
import type { IntentId, Lang } from '../../../core/types';
import { asksToGoBack, identifiesRequest, outOfScopeAsk, relaysQuestion } from '../../../conversation/routing';
import { routeMedicineQuestion } from '../../../domains/medication/medicine-questions';
import { asksAfterEarlier } from '../../../domains/tickets/service-shapes';
import { extractEntities } from '../../../nlp/entities';

const NOW = new Date('2026-12-10T10:00:00+08:00');
const langOf = (text: string): Lang => (/\p{Script=Han}/u.test(text) ? 'zh' : 'en');
const route = (text: string, heard: IntentId, unsure = false) =>
  routeMedicineQuestion(text, langOf(text), extractEntities(text, langOf(text), NOW), {}, heard, unsure);

describe('the question just asked, read back', () => {
  it.each([
    '你问的是体重吧',
    '医生问孩子几岁？',
    '客服问电话号码',
    'how long? you asked',
    'the bot asked how old she is',
  ])('"%s" reads back a question', (text) => {
    expect(relaysQuestion(text)).toBe(true);
  });
  it.each(['医生说要多喝水', '孩子体重多少能吃美林', 'how much should she weigh', 'I asked for a doctor yesterday'])(
    '"%s" is a message of its own',
    (text) => {
      expect(relaysQuestion(text)).toBe(false);
    },
  );
});

describe('which request a status question is about', () => {
  it.each([
    '手机尾号是4521',
    '尾号 3306',
    '名字是陈红',
    '就是接送那个',
    'it is under the name Li Na',
    'the one ending in 7712',
  ])('"%s" identifies the request', (text) => {
    expect(identifiesRequest(text)).toBe(true);
  });
  it.each(['我阳了第三天', '38度5', 'my son is 6', 'he has a cough'])('"%s" does not', (text) => {
    expect(identifiesRequest(text)).toBe(false);
  });
});

describe('a service agreed earlier or on its way, asked after', () => {
  it.each([
    '之前答应的血氧仪 明天能送过来吗',
    '讲好的送药今天还来吗',
    '司机说在路上了 一个小时了还没来',
    "Following up on the volunteer for my dad's scan on Friday - is it confirmed?",
    'did my inhaler delivery go out?',
    'the driver said he was on his way an hour ago, still nothing',
  ])('"%s" is a status question', (text) => {
    expect(asksAfterEarlier(text, langOf(text))).toBe(true);
  });
  it.each(['能不能给我送点抗原', '帮我约个车去医院', 'can someone deliver paracetamol to us today'])(
    '"%s" is a new request',
    (text) => {
      expect(asksAfterEarlier(text, langOf(text))).toBe(false);
    },
  );
});

describe('a medicine beside a condition, a treatment or an age group', () => {
  it.each([
    ['nursing my 2 month old, is ibuprofen ok or does it pass into breast milk?', 'medication.dose'],
    ['my husband has cirrhosis, how much paracetamol is safe for him?', 'medication.dose'],
    ['正在化疗，发烧了能吃布洛芬吗', 'symptom.advice'],
    ['can children under 2 have cough medicine?', 'symptom.advice'],
    ['两岁以下的宝宝能用止咳糖浆吗', 'symptom.advice'],
  ] as [string, IntentId][])('"%s" (heard %s) is a condition question', (text, heard) => {
    expect(route(text, heard)).toBe('medication.condition');
  });
  it('asked unsurely, still a condition question, not a menu', () => {
    expect(route('在做化疗 能吃布洛芬吗', 'medication.condition', true)).toBe('medication.condition');
  });
  it.each(['drank some beers tonight, is paracetamol ok now?', '喝了两杯红酒 现在能吃对乙酰氨基酚吗'])(
    '"%s" is a drink with a medicine, a pair',
    (text) => {
      expect(route(text, 'medication.dose')).toBe('medication.combination');
    },
  );
  it('an adult asking the most in a day is still a dose question', () => {
    expect(route('what is the most ibuprofen an adult can have in a day', 'medication.dose')).not.toBe(
      'medication.condition',
    );
  });
});

describe('working, going out or visiting while or after positive', () => {
  it.each([
    ['阳了第二天，可以出去取个外卖吗', 'fallback'],
    ['跑滴滴的 阳了还能开车拉客吗', 'fallback'],
    ["I'm positive but can I still do my deliveries?", 'fallback'],
    ['上个月阳过 现在好了 多久以后可以去看望奶奶', 'isolation.home'],
    ['recovered last week, how long before I can visit my grandma?', 'isolation.home'],
  ] as [string, IntentId][])('"%s" (heard %s) asks when isolation ends', (text, heard) => {
    expect(asksToGoBack(text, heard)).toBe(true);
    expect(outOfScopeAsk(text, heard)).toBe(false);
  });
  it('a lost parcel is still out of scope', () => {
    expect(outOfScopeAsk('我的快递丢了 找谁', 'isolation.home')).toBe(true);
  });
});
