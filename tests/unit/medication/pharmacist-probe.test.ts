import { combinationHandler } from '../../../domains/medication/combination.handler';
import { conditionHandler } from '../../../domains/medication/condition.handler';
import { doseHandler } from '../../../domains/medication/dose.handler';
import { asksDose, asksWhatIsIn } from '../../../domains/medication/product-profile';
import type { HandlerResult } from '../../../core/types';
import { REPLY_LIMITS } from '../../../core/text';
import { makeCtx, type CtxOptions } from '../knowledge/turn-context';

/** Fixes found by probing the hotline the way residents ask (scripts/probe-answers.ts). */
const dose = (text: string, options: CtxOptions = {}) =>
  doseHandler(makeCtx(text, { intent: 'medication.dose', ...options })) as HandlerResult;
const combo = (text: string, options: CtxOptions = {}) =>
  combinationHandler(makeCtx(text, { intent: 'medication.combination', ...options })) as HandlerResult;
const condition = (text: string, options: CtxOptions = {}) =>
  conditionHandler(makeCtx(text, { intent: 'medication.condition', ...options })) as HandlerResult;

describe('recognising "what is in it" and dose questions', () => {
  it.each([
    '感冒灵里有什么成分',
    '连花清瘟是治什么的',
    'What is in Theraflu?',
    'What are the ingredients of NyQuil?',
    "What's DayQuil made of?",
  ])('what is in it: %s', (t) => {
    expect(asksWhatIsIn(t)).toBe(true);
  });
  it.each(['感冒灵和泰诺能一起吃吗', 'Can I take NyQuil with Tylenol?'])('not a what-is-in-it question: %s', (t) => {
    expect(asksWhatIsIn(t)).toBe(false);
  });
  it.each([
    '必理通一天最多吃几片',
    '泰诺林怎么吃',
    'What is the most Advil I can take in a day?',
    'How much Tylenol can I take?',
  ])('dose: %s', (t) => {
    expect(asksDose(t)).toBe(true);
  });
});

describe('medication.combination with one product and an ingredients question', () => {
  it.each([
    ['感冒灵里有什么成分', ['999感冒灵含有对乙酰氨基酚、氯苯那敏、咖啡因', '每天不超过2克']],
    [
      'What is in NyQuil?',
      ['NyQuil contains acetaminophen (paracetamol), dextromethorphan and doxylamine', 'no more than 2 g a day'],
    ],
  ])('%s lists the ingredients instead of asking for another medicine', (text, expected) => {
    const r = combo(text);
    for (const e of expected) expect(r.text).toContain(e);
    expect(r.pending).toBeUndefined();
    expect(r.sources).toEqual(expect.arrayContaining(['nmpa-labels']));
    expect(r.text.length).toBeLessThanOrEqual(REPLY_LIMITS[/[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en']);
  });

  it('still asks for the other medicine when only one is named without an ingredients question (zh, en)', () => {
    expect(combo('布洛芬能和别的药一起吃吗').pending?.slot).toBe('otherMedicine');
    const en = combo('Can I take ibuprofen with something else?');
    expect(en.pending?.slot).toBe('otherMedicine');
    expect(en.text).toMatch(/^Ibuprofen\./);
  });
});

describe('medication.combination: a possible duplicate never hides a certain interaction', () => {
  it('DayQuil, Advil and Mucinex: two fever medicines is said first (en)', () => {
    const r = combo('Can I take DayQuil, Advil and Mucinex together?');
    expect(r.text.split('\n')[0]).toContain(
      'DayQuil and Advil (ibuprofen): Do not take two different fever or pain medicines',
    );
    expect(r.text.length).toBeLessThanOrEqual(REPLY_LIMITS.en);
  });

  it('白加黑和美林和沐舒坦: 两种退烧药 comes before "may contain" (zh)', () => {
    const r = combo('白加黑、美林、沐舒坦能一起吃吗');
    expect(r.text.split('\n')[0]).toContain('不要同时吃两种退烧止痛药');
  });
});

describe('medication.dose: a product with its own label dose', () => {
  it('泰诺林: the label in tablets leads, no generic "300～600毫克" next to a 650 mg tablet', () => {
    const r = dose('泰诺林一次吃几片？');
    expect(r.text.split('\n')[0]).toContain('成人一次1～2片，间隔8小时');
    expect(r.text).toContain('一天最多3片');
    expect(r.text).toContain('24小时不超过2000毫克');
    expect(r.text).toContain('退烧最多连用3天');
    expect(r.text).not.toContain('300～600');
    expect(r.text).toContain('120');
  });

  it('Advil: the daily ibuprofen limit in tablets, without the slow-release capsule schedule', () => {
    const r = dose('What is the most Advil I can take in a day?');
    expect(r.text).toContain('Each tablet has 200 mg ibuprofen: at most 6 tablets a day');
    expect(r.text).not.toMatch(/Slow-release/);
  });

  it('布洛芬缓释胶囊: its label says twice a day', () => {
    const r = dose('布洛芬缓释胶囊怎么吃');
    expect(r.text).toContain('一日2次');
    expect(r.text).toContain('一天最多2粒');
  });
});

describe('medication.dose: "fever medicine" in general, then the product (multi-turn)', () => {
  it.each([
    ['退烧药一次吃多少', '泰诺林', '以下两种选一种吃', '一天最多3片'],
    // US Tylenol comes in three strengths: each is named with its own daily count.
    ['How much fever medicine should I take?', 'Tylenol', 'Choose one of these', '500 mg: at most 4 a day'],
  ])('%s → %s', (first, product, chooseOne, expected) => {
    const r1 = dose(first);
    expect(r1.text.split('\n')[0]).toContain(chooseOne);
    expect(r1.text).toMatch(/药盒上的药名|name on the pack/);
    expect(r1.pending).toMatchObject({ intent: 'medication.dose', slot: 'medicine', data: { optional: true } });
    const r2 = dose(product, { answering: r1.pending, facts: { medicines: r1.facts?.medicines } });
    expect(r2.text).toContain(expected);
    expect(r2.pending).toBeUndefined();
  });

  it('a child described next gets the same medicines for the child (zh)', () => {
    const r1 = dose('退烧药一次吃多少');
    const r2 = dose('那3岁孩子呢', { answering: r1.pending, entities: { ages: [3] } });
    expect(r2.pending?.slot).toBe('childWeight');
  });

  it('an answer that is not a medicine is not taken for an unknown medicine name (zh, en)', () => {
    const zh1 = dose('退烧药一次吃多少');
    const zh2 = dose('好的知道了', { answering: zh1.pending });
    expect(zh2.text).not.toContain('知识库里没有');
    const en1 = dose('How much fever medicine should I take?');
    const en2 = dose('ok got it', { answering: en1.pending });
    expect(en2.text).not.toContain('not in my medicine knowledge base');
  });
});

describe('medication.condition: choices use the digits channels render', () => {
  it.each(['我有基础病，吃什么药好', 'Which medicine is safe for my condition?'])('%s', (text) => {
    const r = condition(text);
    expect(r.choices?.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(r.pending).toEqual({ intent: 'medication.condition', slot: 'condition' });
  });

  it.each([
    ['我有基础病，吃什么药好', '孕期发烧一般首选对乙酰氨基酚'],
    [
      'Which medicine is safe for my condition?',
      'In pregnancy acetaminophen (paracetamol) is generally the first choice',
    ],
  ])('a picked condition comes back and is answered: %s', (text, expected) => {
    const menu = condition(text);
    const picked = menu.choices!.find((c) => c.id === '1')!;
    const r = condition(picked.value, { answering: menu.pending });
    expect(r.text).toContain(expected);
  });

  it('capitalises a medicine name that starts an English sentence', () => {
    const r = condition("I'm on warfarin, can I take ibuprofen?");
    expect(r.text.split('\n')[0]).toMatch(/^Ibuprofen: /);
  });
});

describe('medication.combination: Paxlovid with a statin', () => {
  it.each([
    [
      'I take simvastatin for cholesterol. Can I take Paxlovid?',
      'Simvastatin and Paxlovid (nirmatrelvir/ritonavir): Not together: pause this statin',
      'not in my medicine knowledge base',
    ],
    [
      '我在吃辛伐他汀降胆固醇，能吃Paxlovid吗',
      '辛伐他汀和Paxlovid（奈玛特韦片/利托那韦片）：不能一起吃',
      '知识库里没有',
    ],
  ])('%s names the interaction and no made-up unknown medicine', (text, expected, notExpected) => {
    const r = combo(text);
    expect(r.text).toContain(expected);
    expect(r.text).not.toContain(notExpected);
    expect(r.sources).toContain('pfizer-paxlovid-label');
  });
});
