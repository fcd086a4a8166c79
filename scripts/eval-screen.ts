/**
 * Measures the emergency screen on a labelled set of messages, as a conversation would see them:
 * earlier turns (`history`) become remembered facts and recent turns before the message is screened.
 *
 *   npx tsx scripts/eval-screen.ts FILE.jsonl [--misses] [--net]
 *
 * Prints emergency sensitivity per language and per red-flag family, specificity (non-emergencies
 * not sent to 120), exact level, and the 4×4 confusion matrix. `--misses` lists every wrong level:
 * use it only on a set that is no longer held out. Sensitivity is also given for the messages no
 * spent set in `triage/eval/` already holds (the same words, ignoring case, spaces and punctuation):
 * a message an earlier set taught the screen is not evidence of how it reads a new one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { TRIAGE_LEVELS, type Facts, type Lang, type Triage } from '../core/types';
import { factsAfterScreening, factsFromEntities, mergeFacts } from '../conversation/facts';
import { entityContextOf, extractEntities } from '../nlp/entities';
import os from 'node:os';
import path from 'node:path';
import type { Screening } from '../core/types';
import { loadOrTrainEmergencyNet, RedFlagScreen, type EmergencyNet } from '../triage';

export interface ScreenCase {
  id: string;
  lang: Lang;
  text: string;
  history?: string[];
  expected: Triage;
  family?: string;
  kinds?: string[];
}

const NOW = new Date('2023-01-05T10:00:00+08:00');

export function loadScreenCases(file: string): ScreenCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ScreenCase);
}

/** A history turn written as the hotline's reply, as set authors mark them. */
export const HOTLINE_TURN = /^\s*(?:（回复）|\(回复\)|【回复】|\(reply\)|\[reply\]|reply:|hotline:)/i;

/**
 * The facts after earlier turns, screened as the engine screens them: their facts, and any emergency,
 * carry over. The hotline's own turns ("（回复）请问…", "(reply) Are you…") are not the person's words: the
 * engine keeps only what the person said in `Facts.recent`, so they are not screened as the person's.
 */
export function factsAfterTurns(history: readonly string[], lang: Lang, screen: RedFlagScreen, now = NOW): Facts {
  let facts: Facts = {};
  for (const earlier of history) {
    if (HOTLINE_TURN.test(earlier)) continue;
    const entities = extractEntities(earlier, lang, now, entityContextOf(facts));
    const screening = screen.screen({ text: earlier, lang, entities, facts, now });
    facts = factsAfterScreening(mergeFacts(facts, factsFromEntities(entities)), screening, now, earlier);
  }
  return facts;
}

export function screenCase(c: ScreenCase, screen: RedFlagScreen = new RedFlagScreen()): Screening {
  const facts = factsAfterTurns(c.history ?? [], c.lang, screen);
  const entities = extractEntities(c.text, c.lang, NOW, entityContextOf(facts));
  return screen.screen({ text: c.text, lang: c.lang, entities, facts, now: NOW });
}

const SPENT_DIR = path.join(__dirname, '..', 'triage', 'eval');

/** The same words, whatever the case, spacing or punctuation. */
const wording = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

/** The wordings of every spent set's messages, leaving out the file being measured itself. */
function spentWordings(file: string): Set<string> {
  const self = path.resolve(file);
  const seen = new Set<string>();
  for (const name of readdirSync(SPENT_DIR)) {
    const other = path.join(SPENT_DIR, name);
    if (!name.endsWith('.jsonl') || other === self) continue;
    for (const c of loadScreenCases(other)) seen.add(wording(c.text));
  }
  return seen;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} % (${n}/${d})` : 'n/a');

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: eval-screen FILE.jsonl [--misses] [--net]');
  const cases = loadScreenCases(file);
  let net: EmergencyNet | undefined;
  if (process.argv.includes('--net'))
    net = await loadOrTrainEmergencyNet({ dataDir: path.join(os.tmpdir(), 'hotline-test-model') });
  const screen = new RedFlagScreen({ net });
  const got = cases.map((c) => screenCase(c, screen).triage);
  const matrix = new Map<string, number>();
  const byLang = new Map<string, [number, number]>();
  const byFamily = new Map<string, [number, number]>();
  const spent = spentWordings(file);
  const unseen: [number, number] = [0, 0];
  let exact = 0;
  let nonEmergency = 0;
  let overTriaged = 0;
  const misses: string[] = [];
  cases.forEach((c, i) => {
    const g = got[i];
    matrix.set(`${c.expected}>${g}`, (matrix.get(`${c.expected}>${g}`) ?? 0) + 1);
    if (g === c.expected) exact++;
    else
      misses.push(
        `${c.id.padEnd(7)} ${c.expected.padEnd(9)} → ${g.padEnd(9)} ${spent.has(wording(c.text)) ? '(in a spent set) ' : ''}${c.history?.length ? `[${c.history.join(' / ')}] ` : ''}${c.text}`,
      );
    if (c.expected === 'emergency') {
      const caught = g === 'emergency' ? 1 : 0;
      if (!spent.has(wording(c.text))) {
        unseen[0] += caught;
        unseen[1]++;
      }
      for (const [map, key] of [
        [byLang, c.lang],
        [byFamily, c.family ?? 'other'],
      ] as const) {
        const [n, d] = map.get(key) ?? [0, 0];
        map.set(key, [n + caught, d + 1]);
      }
    } else {
      nonEmergency++;
      if (g === 'emergency') overTriaged++;
    }
  });
  const emergencies = [...byLang.values()].reduce((a, [n, d]) => [a[0] + n, a[1] + d], [0, 0]);
  const out: string[] = [`${file}: ${cases.length} cases, ${net ? 'rules + net' : 'rules only'}`];
  out.push(`emergency sensitivity  ${pct(emergencies[0], emergencies[1])}`);
  for (const [lang, [n, d]] of byLang) out.push(`  ${lang}                   ${pct(n, d)}`);
  out.push(`  not in a spent set     ${pct(unseen[0], unseen[1])}`);
  out.push(`specificity            ${pct(nonEmergency - overTriaged, nonEmergency)} (non-emergencies not sent to 120)`);
  out.push(`exact level            ${pct(exact, cases.length)}`);
  out.push('sensitivity by family:');
  for (const [fam, [n, d]] of [...byFamily].sort()) out.push(`  ${fam.padEnd(14)} ${pct(n, d)}`);
  out.push('confusion (rows expected, columns screened):');
  out.push(`  ${''.padEnd(10)}${TRIAGE_LEVELS.map((l) => l.padStart(10)).join('')}`);
  for (const e of TRIAGE_LEVELS)
    out.push(
      `  ${e.padEnd(10)}${TRIAGE_LEVELS.map((g) => String(matrix.get(`${e}>${g}`) ?? 0).padStart(10)).join('')}`,
    );
  if (process.argv.includes('--misses')) out.push('misses:', ...misses);
  process.stdout.write(out.join('\n') + '\n');
}

if (require.main === module) void main();
