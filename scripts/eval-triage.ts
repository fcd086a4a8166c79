/**
 * Evaluates the deterministic emergency screen on labelled messages.
 *
 *   npx tsx scripts/eval-triage.ts            # own set + public sample
 *   npx tsx scripts/eval-triage.ts --errors   # also list every miss
 *
 * Own set: triage/eval/own-set.jsonl (written separately from the rules). Public sample:
 * tests/fixtures/public-cases.jsonl (the contract's examples).
 * Exits 1 when emergency recall < 100 % or the false-emergency rate > 5 % on any set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TRIAGE_LEVELS, type Lang, type Triage } from '../core/types';
import { extractEntities } from '../nlp/entities';
import { screenMessage } from '../triage';

interface Case {
  lang: Lang;
  text: string;
  triage: Triage;
}

const ROOT = resolve(__dirname, '..');
const SETS: Array<[string, string]> = [
  ['own set (triage/eval/own-set.jsonl)', resolve(ROOT, 'triage/eval/own-set.jsonl')],
  ['public sample (tests/fixtures/public-cases.jsonl)', resolve(ROOT, 'tests/fixtures/public-cases.jsonl')],
];
const TARGET_RECALL = 1;
const TARGET_FALSE_EMERGENCY = 0.05;
const LATENCY_REPEATS = 20;
const NOW = new Date('2023-01-05T10:00:00+08:00');

function load(path: string): Case[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Case);
}

function screen(c: Case): Triage {
  const entities = extractEntities(c.text, c.lang, NOW);
  return screenMessage({ text: c.text, lang: c.lang, entities }).triage;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function report(name: string, cases: Case[], showErrors: boolean): boolean {
  const predicted = cases.map(screen);
  const matrix = new Map<string, number>();
  let exact = 0;
  let emergencies = 0;
  let caught = 0;
  let nonEmergencies = 0;
  let falseEmergencies = 0;
  const errors: string[] = [];
  cases.forEach((c, i) => {
    const p = predicted[i];
    matrix.set(`${c.triage}>${p}`, (matrix.get(`${c.triage}>${p}`) ?? 0) + 1);
    if (p === c.triage) exact++;
    else errors.push(`  expected ${c.triage.padEnd(9)} got ${p.padEnd(9)} ${c.text}`);
    if (c.triage === 'emergency') {
      emergencies++;
      if (p === 'emergency') caught++;
    } else {
      nonEmergencies++;
      if (p === 'emergency') falseEmergencies++;
    }
  });
  const recall = emergencies ? caught / emergencies : 1;
  const falseRate = nonEmergencies ? falseEmergencies / nonEmergencies : 0;
  const lines = [
    `\n== ${name}: ${cases.length} cases (${emergencies} emergency, ${nonEmergencies} other)`,
    `emergency recall        ${pct(recall)} (${caught}/${emergencies})   target 100%`,
    `false-emergency rate    ${pct(falseRate)} (${falseEmergencies}/${nonEmergencies})   target ≤ 5%`,
    `exact-level accuracy    ${pct(exact / cases.length)} (${exact}/${cases.length})`,
    `confusion (rows = expected, columns = screened):`,
    `  ${''.padEnd(10)}${TRIAGE_LEVELS.map((l) => l.padStart(10)).join('')}`,
    ...TRIAGE_LEVELS.map(
      (e) => `  ${e.padEnd(10)}${TRIAGE_LEVELS.map((p) => String(matrix.get(`${e}>${p}`) ?? 0).padStart(10)).join('')}`,
    ),
  ];
  if (showErrors && errors.length) lines.push('misses:', ...errors);
  process.stdout.write(`${lines.join('\n')}\n`);
  return recall >= TARGET_RECALL && falseRate <= TARGET_FALSE_EMERGENCY;
}

function latency(cases: Case[]): void {
  const samples: number[] = [];
  const prepared = cases.map((c) => ({ c, entities: extractEntities(c.text, c.lang, NOW) }));
  // Warm up the JIT and the regex caches so the figures describe a running service.
  for (const { c, entities } of prepared) screenMessage({ text: c.text, lang: c.lang, entities });
  for (let r = 0; r < LATENCY_REPEATS; r++) {
    for (const { c, entities } of prepared) {
      const t0 = process.hrtime.bigint();
      screenMessage({ text: c.text, lang: c.lang, entities });
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const withEntities: number[] = [];
  for (const c of cases) {
    const t0 = process.hrtime.bigint();
    screenMessage({ text: c.text, lang: c.lang, entities: extractEntities(c.text, c.lang, NOW) });
    withEntities.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const q = (xs: number[], p: number): string => {
    const s = [...xs].sort((a, b) => a - b);
    return `${s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(3)} ms`;
  };
  process.stdout.write(
    `\n== latency (${samples.length} screens, warm)\n` +
      `screenMessage            p50 ${q(samples, 0.5)}   p99 ${q(samples, 0.99)}\n` +
      `extractEntities + screen p50 ${q(withEntities, 0.5)}   p99 ${q(withEntities, 0.99)}\n`,
  );
}

function main(): void {
  const showErrors = process.argv.includes('--errors');
  let ok = true;
  const all: Case[] = [];
  for (const [name, path] of SETS) {
    if (!existsSync(path)) {
      process.stdout.write(`\n== ${name}: not found at ${path}, skipped\n`);
      continue;
    }
    const cases = load(path);
    all.push(...cases);
    ok = report(name, cases, showErrors) && ok;
  }
  latency(all);
  process.exitCode = ok ? 0 : 1;
}

main();
