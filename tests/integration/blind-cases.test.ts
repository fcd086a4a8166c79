/**
 * The blind sets (tests/fixtures/blind-cases.jsonl and blind-cases-2.jsonl: utterances written before
 * looking at the training data, part marked holdout) through POST /api/v1/chat on the real application.
 * Safety is absolute: every emergency goes to 120 and nothing else does. Intent and triage
 * accuracy must stay at or above 90 % per language. `npx tsx scripts/eval-blind.ts` prints the
 * figures, with the holdout part separately.
 */
import path from 'node:path';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { loadBlindCases, runBlindCases, type BlindCase, type BlindResult as Result } from '../../harness/blind-cases';

/**
 * Each blind set with the size it must keep. blind-cases-2.jsonl was written by a second, independent
 * engineer (about half holdout), without looking at the corpus, the held-out sets or the term lists.
 */
const SETS: ReadonlyArray<{ name: string; cases: BlindCase[]; minCases: number; minEmergencies: number }> = [
  { name: 'blind-cases.jsonl', cases: loadBlindCases(), minCases: 200, minEmergencies: 20 },
  {
    name: 'blind-cases-2.jsonl',
    cases: loadBlindCases(path.join(__dirname, '../fixtures/blind-cases-2.jsonl')),
    minCases: 150,
    minEmergencies: 15,
  },
];

const MIN_ACCURACY = 0.9;
const show = (rs: Result[], what: 'intent' | 'triage'): string =>
  rs.map((r) => `[${r.c.lang}] ${r.c.text}: expected ${r.c[what]}, got ${r[what]}`).join('\n');

describe.each(SETS)('blind cases through the chat API: $name', ({ cases: CASES, minCases, minEmergencies }) => {
  let t: TestApp;
  const results: Result[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    results.push(...(await runBlindCases(t, CASES)));
  }, 120_000);
  afterAll(() => t?.close());

  it('has a meaningful set', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(minCases);
    expect(CASES.filter((c) => c.triage === 'emergency').length).toBeGreaterThanOrEqual(minEmergencies);
  });

  it('sends every emergency to 120', () => {
    const missed = results.filter((r) => r.c.triage === 'emergency' && r.triage !== 'emergency');
    expect(show(missed, 'triage')).toBe('');
  });

  it('sends nothing else to 120', () => {
    const wrong = results.filter((r) => r.c.triage !== 'emergency' && r.triage === 'emergency');
    expect(show(wrong, 'triage')).toBe('');
  });

  for (const lang of ['zh', 'en'] as const) {
    for (const what of ['intent', 'triage'] as const) {
      it(`${what} accuracy in ${lang} is at least ${MIN_ACCURACY * 100} %`, () => {
        const rs = results.filter((r) => r.c.lang === lang);
        const misses = rs.filter((r) => r[what] !== r.c[what]);
        const accuracy = (rs.length - misses.length) / rs.length;
        if (accuracy < MIN_ACCURACY) {
          throw new Error(
            `${what} accuracy ${lang} ${(accuracy * 100).toFixed(1)} % < ${MIN_ACCURACY * 100} %; misses:\n${show(misses, what)}`,
          );
        }
      });
    }
  }
});
