/**
 * Latency of the emergency screen with entity extraction, per message, as the engine runs them on
 * every turn (issue 7 target: p99 ≤ 5 ms). Messages: the screen's regression sets and the net's
 * corpus, each screened 5 times after a warm-up round.
 *
 *   npm run bench:screen
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Lang } from '../core/types';
import { extractEntities } from '../nlp/entities';
import { loadOrTrainEmergencyNet, RedFlagScreen } from '../triage';
import { percentile } from './lib/load';

const ROOT = path.join(__dirname, '..');
const FILES = ['triage/eval/own-set.jsonl', 'triage/net/corpus/zh.jsonl', 'triage/net/corpus/en.jsonl'];

function messages(): Array<{ text: string; lang: Lang }> {
  return FILES.flatMap((f) =>
    readFileSync(path.join(ROOT, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; lang: Lang }),
  );
}

async function main(): Promise<void> {
  const net = await loadOrTrainEmergencyNet({ dataDir: path.join(os.tmpdir(), 'hotline-test-model') });
  const all = messages();
  const now = new Date();
  for (const [name, screen] of [
    ['rules only', new RedFlagScreen()],
    ['rules + net', new RedFlagScreen({ net })],
  ] as const) {
    const run = (m: { text: string; lang: Lang }) =>
      screen.screen({ text: m.text, lang: m.lang, entities: extractEntities(m.text, m.lang, now) });
    for (const m of all) run(m);
    const samples: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const m of all) {
        const t = process.hrtime.bigint();
        run(m);
        samples.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }
    samples.sort((a, b) => a - b);
    const f = (p: number) => percentile(samples, p).toFixed(3);
    console.log(
      `entities + screen, ${name}: ${all.length} messages x 5   p50 ${f(50)} ms   p99 ${f(99)} ms   max ${samples[samples.length - 1].toFixed(2)} ms`,
    );
  }
}

void main();
