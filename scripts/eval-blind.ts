/**
 * Evaluates the whole service on the blind set (tests/fixtures/blind-cases.jsonl), written before
 * looking at any training data, through POST /api/v1/chat on the real application (embedded
 * database in a temp dir, model cached in os.tmpdir()/hotline-test-model, as the tests do).
 *
 *   npx tsx scripts/eval-blind.ts                 # tuning part and holdout part, separately
 *   npx tsx scripts/eval-blind.ts --holdout-only  # only the holdout part
 *   npx tsx scripts/eval-blind.ts --tune-only     # only the non-holdout part
 *   npx tsx scripts/eval-blind.ts --file=tests/fixtures/blind-cases-2.jsonl   # another blind set
 *
 * A case may carry `history`: earlier turns of the same conversation, sent first on the same session;
 * only the answer to the case's own message is judged.
 *
 * Prints intent and triage accuracy per language, emergency recall, false-emergency rate and
 * every miss (text, expected, got).
 */
import path from 'node:path';
import { startTestApp } from '../harness/test-app';
import { loadBlindCases, runBlindCases as run, type BlindResult as Result } from '../harness/blind-cases';

const pct = (n: number, d: number): string => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function report(name: string, results: Result[]): void {
  console.log(`\n=== ${name}: ${results.length} cases ===`);
  for (const lang of ['zh', 'en'] as const) {
    const rs = results.filter((r) => r.c.lang === lang);
    const i = rs.filter((r) => r.intent === r.c.intent).length;
    const tr = rs.filter((r) => r.triage === r.c.triage).length;
    console.log(
      `  ${lang}: intent ${pct(i, rs.length)} (${i}/${rs.length})   triage ${pct(tr, rs.length)} (${tr}/${rs.length})`,
    );
  }
  const em = results.filter((r) => r.c.triage === 'emergency');
  const caught = em.filter((r) => r.triage === 'emergency').length;
  const non = results.filter((r) => r.c.triage !== 'emergency');
  const falseEm = non.filter((r) => r.triage === 'emergency').length;
  console.log(
    `  emergency recall ${pct(caught, em.length)} (${caught}/${em.length})   false-emergency ${pct(falseEm, non.length)} (${falseEm}/${non.length})`,
  );
  const menus = results.filter((r) => r.menu);
  const clearMenus = menus.filter((r) => r.c.intent !== 'fallback');
  console.log(
    `  clarifying menus ${menus.length} (${clearMenus.length} for a message with an in-scope intent)${clearMenus
      .map((r) => `\n   menu: [${r.c.lang}] ${r.c.text}`)
      .join('')}`,
  );
  const misses = results.filter((r) => r.intent !== r.c.intent || r.triage !== r.c.triage);
  if (misses.length > 0) console.log(`  misses (${misses.length}):`);
  for (const r of misses) {
    const what = [
      r.intent !== r.c.intent ? `intent ${r.c.intent} -> ${r.intent}` : '',
      r.triage !== r.c.triage ? `triage ${r.c.triage} -> ${r.triage}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    const after = r.c.history?.length ? `  (after: ${r.c.history.join(' / ')})` : '';
    console.log(`   [${r.c.lang}] ${r.c.text}${after}\n        ${what}`);
  }
}

async function main(): Promise<void> {
  const holdoutOnly = process.argv.includes('--holdout-only');
  const tuneOnly = process.argv.includes('--tune-only');
  const fileArg = process.argv.find((a) => a.startsWith('--file='));
  const cases = fileArg ? loadBlindCases(path.resolve(fileArg.slice('--file='.length))) : loadBlindCases();
  const t = await startTestApp();
  try {
    const results = await run(t, cases);
    if (!holdoutOnly)
      report(
        'tuning part (non-holdout)',
        results.filter((r) => !r.c.holdout),
      );
    if (!tuneOnly)
      report(
        'HOLDOUT part (never tuned on)',
        results.filter((r) => r.c.holdout),
      );
    if (!holdoutOnly && !tuneOnly) report('all', results);
  } finally {
    await t.close();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
