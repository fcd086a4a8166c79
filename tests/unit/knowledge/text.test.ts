import { fitReply, joinList, REPLY_LIMITS } from '../../../core/text';
import { createPhraseMatcher } from '../../../nlp/text/phrase-matcher';

describe('fitReply', () => {
  it('keeps parts in order and always the closing, dropping what does not fit', () => {
    const long = '很'.repeat(390);
    const text = fitReply('zh', ['第一句。', long, '第三句。'], '打120。');
    expect(text).toBe('第一句。\n第三句。\n打120。');
    expect(fitReply('zh', [long, long]).length).toBeLessThanOrEqual(REPLY_LIMITS.zh);
  });

  it('joins lists in both languages', () => {
    expect(joinList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(joinList(['甲', '乙'], 'zh')).toBe('甲和乙');
  });
});

describe('phrase matcher', () => {
  const m = createPhraseMatcher([
    { id: 'short', phrases: ['泰诺', 'aleve'] },
    { id: 'long', phrases: ['泰诺林'] },
  ]);

  it('prefers the longest match and ignores English inside other words', () => {
    expect(m.ids('泰诺林和泰诺')).toEqual(['long', 'short']);
    expect(m.ids('this will alleviate it')).toEqual([]);
    expect(m.ids('ALEVE, please')).toEqual(['short']);
  });
});
