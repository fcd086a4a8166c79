import { screen } from './helpers';

describe('facts from earlier turns', () => {
  it('pregnancy stated earlier + headache now is a pregnancy warning sign', () => {
    expect(screen('头很痛').triage).toBe('routine');
    const result = screen('头很痛', { pregnant: true });
    expect(result.triage).toBe('emergency');
    expect(result.reasons.map((r) => r.ruleId)).toContain('pregnancy.warning');
  });

  it('this message denying pregnancy overrides memory', () => {
    expect(screen('我没怀孕 就是头很痛', { pregnant: true }).triage).toBe('routine');
  });

  it('an age of 85 stated earlier makes a fever urgent', () => {
    expect(screen('发烧38度').triage).toBe('routine');
    expect(screen('发烧38度', { ages: [85] }).triage).toBe('urgent');
  });

  it('a baby of 2 months stated earlier makes a fever an emergency', () => {
    expect(screen('发烧了 38.2', { ages: [0.17] }).triage).toBe('emergency');
  });

  it('dialysis among remembered conditions makes symptoms urgent', () => {
    expect(screen('有点咳嗽', { conditions: ['dialysis'] }).triage).toBe('urgent');
  });

  it('days since the positive test count for persistent fever', () => {
    expect(screen('还在发烧', { daysSincePositive: { days: 5, statedOn: '2023-01-04' } }).triage).toBe('urgent');
  });

  it('facts alone, without symptoms, change nothing', () => {
    expect(screen('阳了多久可以出门', { ages: [85], pregnant: true }).triage).toBe('none');
  });
});
