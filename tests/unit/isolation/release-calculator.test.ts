import { decideRelease, type ReleaseStatus } from '../../../domains/isolation/release-calculator';
import { getRuleSet } from '../../../domains/isolation/rule-sets';

const zj = getRuleSet('zhejiang-2022-12-24');
const xm = getRuleSet('xiamen-2022-12-27');
const nat = getRuleSet('national-2022-12-07');
const today = '2022-12-27';
const s = (status: Partial<ReleaseStatus>): ReleaseStatus => ({ today, ...status });

describe('decideRelease (Zhejiang, 24 Dec 2022)', () => {
  it('needs the positive date', () => {
    expect(decideRelease(zj, s({ feverFree: true }))).toEqual({ kind: 'need-positive-date' });
  });

  it('ends 7 full days after the positive test when fever-free > 24 h without medicine and better', () => {
    const d = decideRelease(
      zj,
      s({
        positiveDate: '2022-12-18',
        feverFree: true,
        feverFreeHours: 48,
        onAntipyretics: false,
        symptomsImproved: true,
      }),
    );
    expect(d).toMatchObject({ kind: 'can-end', date: today, ifConditions: [] });
  });

  it('gives a future date with conditions still to confirm', () => {
    const d = decideRelease(zj, s({ positiveDate: '2022-12-23' }));
    expect(d).toMatchObject({ kind: 'can-end', date: '2022-12-30', ifConditions: ['feverFree', 'symptomsImproved'] });
  });

  it('says not yet while there is fever, or the fever only stays down with medicine', () => {
    expect(decideRelease(zj, s({ positiveDate: '2022-12-19', feverFree: false }))).toMatchObject({
      kind: 'not-yet',
      because: ['feverFree'],
    });
    expect(decideRelease(zj, s({ positiveDate: '2022-12-19', feverFree: true, onAntipyretics: true }))).toMatchObject({
      kind: 'not-yet',
      because: ['feverFree'],
    });
  });

  it('does not count exactly 24 hours as "more than 24 hours", nor refuse it: asks', () => {
    expect(
      decideRelease(zj, s({ positiveDate: '2022-12-19', feverFree: true, feverFreeHours: 24, symptomsImproved: true })),
    ).toMatchObject({ kind: 'can-end', ifConditions: ['feverFree'] });
  });
});

describe('decideRelease (Xiamen, 27 Dec 2022)', () => {
  it('ends after 5 days with a negative antigen test', () => {
    expect(
      decideRelease(xm, s({ positiveDate: '2022-12-22', symptomsImproved: true, antigenNegative: true })),
    ).toMatchObject({ kind: 'can-end', date: today, ifConditions: [] });
  });

  it('falls back to 7 days when the antigen test is still positive', () => {
    expect(
      decideRelease(xm, s({ positiveDate: '2022-12-22', symptomsImproved: true, antigenNegative: false })),
    ).toMatchObject({ kind: 'can-end', date: '2022-12-29', ifConditions: [] });
  });

  it('prefers the path with nothing left to confirm once both dates have passed', () => {
    expect(decideRelease(xm, s({ positiveDate: '2022-12-15', symptomsImproved: true }))).toMatchObject({
      kind: 'can-end',
      date: today,
      ifConditions: [],
    });
  });
});

describe('decideRelease (national guideline, 7 Dec 2022)', () => {
  it('needs improved symptoms, a negative antigen test and two PCR Ct ≥ 35', () => {
    expect(decideRelease(nat, s({ symptomsImproved: true, antigenNegative: true }))).toMatchObject({
      kind: 'can-end',
      ifConditions: ['pcrCt35Twice'],
    });
    expect(decideRelease(nat, s({ symptomsImproved: true, antigenNegative: false }))).toMatchObject({
      kind: 'not-yet',
      because: ['antigenNegative'],
    });
  });
});
