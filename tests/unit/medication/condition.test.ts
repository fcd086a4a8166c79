import { conditionHandler } from '../../../domains/medication/condition.handler';
import type { HandlerResult } from '../../../core/types';
import { makeCtx } from '../knowledge/turn-context';

const run = (text: string, options = {}) =>
  conditionHandler(makeCtx(text, { intent: 'medication.condition', ...options })) as HandlerResult;

describe('medication.condition', () => {
  it('names acetaminophen first in pregnancy, what to avoid, and the warning signs', () => {
    const r = run('怀孕了发烧能吃什么药');
    expect(r.text.split('\n')[0]).toContain('首选对乙酰氨基酚');
    expect(r.text).toContain('布洛芬');
    expect(r.text).toContain('胎动异常');
    expect(r.facts?.pregnant).toBe(true);
    expect(r.sources).toContain('fda-nsaid-pregnancy-2020');
  });

  it('answers breastfeeding in English', () => {
    const r = run("I'm breastfeeding, which fever medicine can I take?");
    expect(r.text).toMatch(/acetaminophen \(paracetamol\) or ibuprofen/);
    expect(r.facts?.breastfeeding).toBe(true);
  });

  it('remembers diabetes and mentions blood sugar', () => {
    const r = run('我有糖尿病，吃退烧药要注意什么');
    expect(r.text).toContain('血糖');
    expect(r.facts?.conditions).toEqual(['diabetes']);
  });

  it('keeps dialysis patients away from NSAIDs and amantadine', () => {
    const r = run('我在透析，发烧能吃什么药');
    expect(r.text).toContain('不要自己吃布洛芬');
    expect(r.text).toContain('金刚烷胺');
  });

  it('leads with the label caution for a medicine named with the condition', () => {
    const r = run('我有高血压，能吃连花清瘟吗');
    expect(r.text.split('\n')[0]).toMatch(/^连花清瘟：.*高血压/);
  });

  it('uses a condition remembered from an earlier turn', () => {
    const r = run('What can I take for a fever?', { facts: { conditions: ['kidney-disease'] } });
    expect(r.text).toMatch(/kidney/);
  });

  it('asks which condition when none is known, then answers', () => {
    const first = run('吃什么退烧药比较好');
    expect(first.pending?.slot).toBe('condition');
    expect(first.choices?.length).toBeGreaterThan(3);
    const second = run('高血压', { answering: first.pending });
    expect(second.text).toContain('伪麻黄碱');
    expect(second.facts?.conditions).toEqual(['hypertension']);
  });
});
