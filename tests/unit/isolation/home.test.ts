import { createHandlers } from '../../../domains/isolation';
import type { HandlerResult } from '../../../core/types';
import { makeCtx } from '../knowledge/turn-context';

const home = createHandlers({ ruleSetId: 'zhejiang-2022-12-24' })['isolation.home']!;
const run = (text: string) => home(makeCtx(text, { intent: 'isolation.home' })) as HandlerResult;
const firstLine = (r: HandlerResult) => r.text.split('\n')[0];

describe('isolation.home', () => {
  it('puts protecting older family members first when they are mentioned', () => {
    expect(firstLine(run('家里老人没阳，我阳了，怎么隔离'))).toContain('家里有老人');
  });

  it('answers the shared bathroom first', () => {
    const r = run("How should I clean the shared bathroom while I'm isolating?");
    expect(firstLine(r)).toMatch(/separate bathroom/);
    expect(r.sources).toContain('nhc-home-2022');
  });

  it.each([
    ['垃圾怎么处理', '塑料袋'],
    ['84消毒液怎么用', '不能和洁厕灵'],
    ['How often should I open the windows?', 'Open windows'],
    ['要一直戴口罩吗', '口罩'],
    ['衣服和碗筷要分开洗吗', '单独清洗'],
  ])('%s', (text, expected) => {
    expect(firstLine(run(text))).toContain(expected);
  });

  it('gives the household basics when no topic is named', () => {
    const r = run('How do I isolate at home?');
    expect(r.text).toMatch(/separate room/);
    expect(r.text).toMatch(/mask/);
  });
});
