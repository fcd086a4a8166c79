import { parseApproxNumber, parseChineseNumber, parseEnglishNumber } from '../../../nlp/entities';
import { firstNumber } from '../../../nlp/text/numerals';

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
    // Full-width digits, as some input methods type them (was only in the removed parseNumber).
    ['３', 3],
    ['３８．５', 38.5],
    ['七', 7],
    ['十二', 12],
    ['二十五', 25],
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
    ['３０来', 30],
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

describe('firstNumber (short answers such as a weight)', () => {
  it.each([
    ['15', 15],
    ['１５公斤', 15],
    ['三十斤', 30],
    ['三十多斤', 30],
    ['孩子十五公斤左右', 15],
    ['15.5', 15.5],
    // Accepted since the parser was merged: hundreds, 点 decimals, digits read positionally.
    ['一百斤', 100],
    ['十五点五公斤', 15.5],
    ['15点5公斤', 15.5],
    ['二零', 20],
    ['about 20 lbs', 20],
  ])('%s → %d', (input, expected) => {
    expect(firstNumber(input)).toBe(expected);
  });

  // A spoken range is not one number ("三四" used to read as 3).
  it.each(['三四十斤', '三四', '不知道', ''])('finds no exact number in %p', (input) => {
    expect(firstNumber(input)).toBeUndefined();
  });
});
