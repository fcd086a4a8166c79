import { parseApproxNumber, parseChineseNumber, parseEnglishNumber } from '../../../nlp/entities';

describe('parseChineseNumber', () => {
  it.each([
    ['0', 0],
    ['86', 86],
    ['38.5', 38.5],
    ['38点5', 38.5],
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['二十三', 23],
    ['三十八', 38],
    ['八十六', 86],
    ['九十九', 99],
    ['一百', 100],
    ['一百零五', 105],
    ['一百五', 150],
    ['一百一十', 110],
    ['两千三', 2300],
    ['一万', 10000],
    ['三十八点五', 38.5],
    ['三十九点零五', 39.05],
    ['二零二二', 2022],
  ])('%s → %d', (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  it.each(['', '三四', '点五', '十十', '一点', 'abc', '八十六度', '3.5.1'])('rejects %p', (input) => {
    expect(parseChineseNumber(input)).toBeUndefined();
  });
});

describe('parseApproxNumber', () => {
  it.each([
    ['八十多', 80],
    ['十几', 10],
    ['30来', 30],
    ['三四', 4],
    ['七八', 8],
    ['二三十', 30],
    ['38', 38],
  ])('%s → %d', (input, expected) => {
    expect(parseApproxNumber(input)).toBe(expected);
  });

  it('rejects non-adjacent digit pairs', () => {
    expect(parseApproxNumber('三七')).toBeUndefined();
  });
});

describe('parseEnglishNumber', () => {
  it.each([
    ['85', 85],
    ['eighty-five', 85],
    ['eighty five', 85],
    ['ninety', 90],
    ['seven', 7],
    ['a', 1],
    ['couple', 2],
    ['few', 3],
  ])('%s → %d', (input, expected) => {
    expect(parseEnglishNumber(input)).toBe(expected);
  });

  it.each(['eighty-ten', 'lots', ''])('rejects %p', (input) => {
    expect(parseEnglishNumber(input)).toBeUndefined();
  });
});
