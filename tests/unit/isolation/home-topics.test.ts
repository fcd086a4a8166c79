import { createHandlers } from '../../../domains/isolation';
import type { HandlerResult } from '../../../core/types';
import { REPLY_LIMITS } from '../../../core/text';
import { makeCtx } from '../knowledge/turn-context';

/** Fixes found by probing home-isolation questions (scripts/probe-answers.ts). */
const home = createHandlers({ ruleSetId: 'zhejiang-2022-12-24' })['isolation.home']!;
const run = (text: string) => home(makeCtx(text, { intent: 'isolation.home' })) as HandlerResult;
const firstLine = (r: HandlerResult) => r.text.split('\n')[0];

describe('isolation.home: the specific topic leads, not the word "isolation"', () => {
  it.each([
    ['在家隔离要戴口罩吗', '都要戴口罩'],
    ['Do we need to wear masks at home while isolating?', 'everyone wears a mask'],
    ['隔离期间要开窗通风吗', '开门窗通风'],
    ['Should I open the windows while isolating?', 'Open windows at set times'],
    ['How do I throw away used tissues and masks?', 'plastic bag'],
    ['用过的口罩和纸巾怎么扔', '塑料袋'],
  ])('%s', (text, expected) => {
    const r = run(text);
    expect(firstLine(r)).toContain(expected);
    expect(r.sources).toContain('nhc-home-2022');
  });

  it.each(['怎么隔离', 'How do I isolate at home?'])('"%s" alone still gets the household basics', (text) => {
    expect(firstLine(run(text))).toMatch(/单独房间|separate room/);
  });
});

describe('isolation.home: caring for a positive child or older person', () => {
  it.each([
    ['孩子阳了，在家怎么隔离', ['固定一位', '不吃东西', '打120']],
    ['My child tested positive, how do we isolate at home?', ['one healthy adult', 'will not eat', 'call 120']],
    ['奶奶阳了怎么照顾', ['血氧≤93%']],
    ['How do I look after my dad who has covid?', ['SpO2 ≤ 93%']],
  ])('%s', (text, expected) => {
    const r = run(text);
    for (const e of expected) expect(firstLine(r)).toContain(e);
    expect(r.sources).toEqual(expect.arrayContaining(['nhc-home-2022', 'who-home-care-2020']));
    expect(r.text.length).toBeLessThanOrEqual(REPLY_LIMITS[/[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en']);
  });

  it.each([
    ['我阳了，家里有80岁老人，怎么保护他', '120'],
    ['I tested positive and live with my 80-year-old mother. How do I protect her?', '120'],
  ])('protecting an older relative ends with when to get care: %s', (text, expected) => {
    const r = run(text);
    expect(firstLine(r)).toMatch(/老人|older people/);
    expect(r.text).toContain(expected);
  });
});
