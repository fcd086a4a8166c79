import { safetyHandler } from '../../../medication/safety.handler';
import type { HandlerResult } from '../../../conversation/types';
import { makeCtx } from '../knowledge/turn-context';

const run = (text: string) => safetyHandler(makeCtx(text, { intent: 'medication.safety' })) as HandlerResult;

describe('medication.safety: the seven points of the Hangzhou briefing, and storage', () => {
  it.each([
    ['没有症状要不要先吃点药预防', '没有症状不用吃药'],
    ['Should I take medicine just in case, before symptoms?', 'no symptoms, no medicine'],
    ['过期两个月的止咳糖浆还能喝吗', '过期的药不要吃'],
    ['Can I still use cough syrup that expired two months ago?', 'Do not use expired medicine'],
    ['烧不退能不能加倍吃', '不要自己加量'],
    ['Can I double the dose if the fever stays?', 'Do not raise the dose'],
    ['我有慢性病，长期吃药，要注意什么', '平时的药照常吃'],
    ['I take regular medicines for a chronic illness', 'keep taking your regular medicines'],
    ['感冒药和退烧药能混着吃吗', '不要把复方感冒药和退烧药混着吃'],
    ['网上买的进口特效药可靠吗', '没有能预防或根治新冠的“特效药”'],
    ['Is there a miracle cure for covid?', 'There is no "special cure"'],
    ['在哪买药比较正规', '到正规药店'],
    ['Where can I buy medicine safely online?', 'licensed pharmacies'],
    ['药怎么保存', '阴凉干燥处'],
    ['How should I store my medicines?', 'cool and dry'],
  ])('%s', (text, expected) => {
    const r = run(text);
    expect(r.text.split('\n')[0]).toContain(expected);
    expect(r.sources).toContain('hz-med-safety-2022');
  });

  it('lists the points to choose from when no topic is named', () => {
    const r = run('用药要注意什么');
    expect(r.choices).toHaveLength(8);
    expect(r.text).toContain('正规渠道买药');
  });
});
