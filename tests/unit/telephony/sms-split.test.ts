import { encodingOf, segmentCount, smsLength, withGsmLookalikes } from '../../../telephony/sms/sms-encoding';
import { DEFAULT_LIMITS, splitSms } from '../../../telephony/sms/sms-split';

const zhSentence = (i: number) => `第${i}条：布洛芬每次一片，每天不超过四次，发烧超过三天请去发热门诊就诊。`;
const enSentence = (i: number) =>
  `Point ${i}: take one tablet of ibuprofen at most four times a day and see a fever clinic after three days.`;

describe('SMS encoding', () => {
  it('tells GSM-7 from UCS-2 and counts what the network counts', () => {
    expect(encodingOf('Call 120 now.')).toBe('GSM-7');
    expect(encodingOf('请拨打120')).toBe('UCS-2');
    expect(smsLength('a{b}', 'GSM-7')).toBe(6); // braces are escaped: two septets each
    expect(smsLength('😷', 'UCS-2')).toBe(2);
  });

  it('counts segments: 160/153 for GSM-7, 70/67 for Chinese', () => {
    expect(segmentCount('a'.repeat(160))).toBe(1);
    expect(segmentCount('a'.repeat(161))).toBe(2);
    expect(segmentCount('药'.repeat(70))).toBe(1);
    expect(segmentCount('药'.repeat(71))).toBe(2);
    expect(segmentCount('药'.repeat(300))).toBe(5);
  });

  it('swaps curly quotes for straight ones only when that makes the text GSM-7', () => {
    expect(withGsmLookalikes('your residents’ committee')).toBe("your residents' committee");
    expect(withGsmLookalikes('居委会’')).toBe('居委会’');
  });
});

describe('splitSms', () => {
  it('leaves a short reply whole', () => {
    expect(splitSms('您好，请问有什么可以帮您？')).toEqual(['您好，请问有什么可以帮您？']);
  });

  it('splits long Chinese at sentence ends into messages of at most 300 characters', () => {
    const text = Array.from({ length: 14 }, (_, i) => zhSentence(i + 1)).join('');
    const parts = splitSms(text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.length).toBeLessThanOrEqual(3);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(DEFAULT_LIMITS.ucs2);
      expect(part.endsWith('。')).toBe(true);
    }
    expect(parts.join('')).toBe(text);
  });

  it('lets English run to ~1,200 GSM characters a message and splits after full stops', () => {
    const text = Array.from({ length: 20 }, (_, i) => enSentence(i + 1)).join(' ');
    const parts = splitSms(text);
    expect(parts).toHaveLength(2);
    for (const part of parts) {
      expect(smsLength(part)).toBeLessThanOrEqual(DEFAULT_LIMITS.gsm);
      expect(part.endsWith('days.')).toBe(true);
    }
    expect(parts.join(' ')).toBe(text);
  });

  it('sends at most three messages and marks the cut', () => {
    const text = Array.from({ length: 40 }, (_, i) => zhSentence(i + 1)).join('');
    const parts = splitSms(text);
    expect(parts).toHaveLength(3);
    expect(parts[2]!.endsWith('…')).toBe(true);
    expect(parts[2]!.length).toBeLessThanOrEqual(DEFAULT_LIMITS.ucs2);
    expect(text.startsWith(parts[0]!)).toBe(true);
  });

  it('splits a sentence with no full stop at commas, and never inside an emoji', () => {
    const clause = '体温三十八度五😷，';
    const text = clause.repeat(40);
    const parts = splitSms(text);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(DEFAULT_LIMITS.ucs2);
      expect(part).not.toMatch(/[\uD800-\uDBFF]$/);
    }
    expect(parts[0]!.endsWith('，')).toBe(true);
  });

  it('keeps numbered choice lines intact', () => {
    const text = [
      '我想确认一下您想问的是哪一类：',
      '1. 药怎么吃、吃多少',
      '2. 几种药能不能一起吃',
      '0. 人工服务',
      '请回复数字。',
    ].join('\n');
    expect(splitSms(text)).toEqual([text]);
  });

  it('sends nothing for an empty reply', () => {
    expect(splitSms('  ')).toEqual([]);
  });
});
