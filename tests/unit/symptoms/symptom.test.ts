import { symptomHandler } from '../../../domains/symptoms';
import type { HandlerResult, Screening } from '../../../core/types';
import { makeCtx } from '../knowledge/turn-context';

const run = (text: string, options = {}) =>
  symptomHandler(makeCtx(text, { intent: 'symptom.advice', ...options })) as HandlerResult;
const lastLine = (r: HandlerResult) => r.text.split('\n').at(-1) ?? '';

describe('symptom.advice', () => {
  it('when the screen says urgent, says nothing that would keep the person from 120', () => {
    const screening: Screening = {
      triage: 'urgent',
      reasons: [
        { ruleId: 'fever.3days', label: { zh: '高烧超过3天', en: 'fever over 3 days' }, sourceId: 'nhc-home-2022' },
      ],
    };
    const r = run('发烧39度已经第四天了，吃了退烧药也不退', { entities: { temperatureC: 39, days: 4 }, screening });
    expect(r.text).not.toMatch(/不必打|不用打|不需要打/);
    expect(lastLine(r)).toContain('马上打120');
  });

  it('manages cough and sore throat at home and ends with when to get care', () => {
    const r = run('一直咳嗽，嗓子疼，怎么办');
    expect(r.text).toContain('右美沙芬');
    expect(r.text).toContain('温盐水漱口');
    expect(lastLine(r)).toContain('血氧≤93%');
  });

  it('says no medicine is needed below 38.5 °C, linking to the daily limits', () => {
    const r = run('I have a fever of 38.3 and body aches', { entities: { temperatureC: 38.3 } });
    expect(r.text).toMatch(/below 38\.5 °C/);
    expect(r.text).toMatch(/93% or lower/);
  });

  it('links fever to the medicine limits in the data', () => {
    const r = run('发烧38.9度', { entities: { temperatureC: 38.9 } });
    expect(r.text).toContain('对乙酰氨基酚每天不超过2000毫克');
  });

  it('adds pregnancy warning signs for a pregnant caller', () => {
    const r = run('我怀孕了，发烧38.8', { entities: { pregnant: true, temperatureC: 38.8 } });
    expect(r.text).toContain('没有胎动');
    expect(r.text).toContain('马上打120');
  });

  it("adds the children's warning signs", () => {
    expect(run('My toddler has diarrhoea', { entities: { ages: [2] } }).text).toMatch(/not feeding/);
  });

  it.each([
    ['闻不到味道了', '嗅觉训练'],
    ['Just a runny nose', 'saline'],
    ['浑身没力气', '多休息'],
    ['I lost my sense of smell', 'Smell training'],
  ])('%s', (text, expected) => {
    expect(run(text).text).toContain(expected);
  });

  it('does not mistake kidney disease for a child', () => {
    expect(run('I have kidney disease and a cough').text).not.toMatch(/not feeding/);
  });

  it('flags a low SpO2 reading', () => {
    expect(run('血氧92，咳嗽', { entities: { spo2: 92 } }).text).toContain('请今天就医');
  });
});
