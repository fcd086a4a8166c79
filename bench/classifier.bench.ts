/**
 * Per-utterance latency of the whole understanding step (entities, medicines, emergency screen,
 * intent classifier) over the held-out set.   npx tsx bench/classifier.bench.ts
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadOrTrainClassifier } from '../nlp/model-store';
import { extractEntities } from '../nlp/entities';
import { screenMessage } from '../triage';
import { findMedicines } from '../nlp/entities';
import type { Lang } from '../core/types';
import { percentile } from './lib/load';

async function main() {
  const t0 = Date.now();
  const classifier = await loadOrTrainClassifier({ dataDir: path.join(os.tmpdir(), 'hotline-test-model') });
  const loadMs = Date.now() - t0;
  const cases = readFileSync(path.join(__dirname, '../nlp/eval/heldout.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { text: string; lang: Lang });
  const time = (fn: (c: { text: string; lang: Lang }) => unknown) => {
    const samples: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const c of cases) {
        const s = process.hrtime.bigint();
        fn(c);
        samples.push(Number(process.hrtime.bigint() - s) / 1e6);
      }
    }
    return samples.sort((a, b) => a - b);
  };
  const now = new Date();
  const report = (name: string, s: number[]) =>
    console.log(`${name.padEnd(30)} p50 ${percentile(s, 50).toFixed(3)} ms   p99 ${percentile(s, 99).toFixed(3)} ms`);
  console.log(`model load (or train) ${loadMs} ms; ${cases.length} held-out utterances x 5`);
  report(
    'classifier',
    time((c) => classifier.classify(c.text, c.lang)),
  );
  report(
    'entities + medicines',
    time((c) => {
      extractEntities(c.text, c.lang, now);
      findMedicines(c.text);
    }),
  );
  report(
    'emergency screen',
    time((c) => screenMessage({ text: c.text, lang: c.lang, entities: extractEntities(c.text, c.lang, now) })),
  );
  report(
    'all understanding',
    time((c) => {
      const entities = extractEntities(c.text, c.lang, now);
      findMedicines(c.text);
      screenMessage({ text: c.text, lang: c.lang, entities });
      classifier.classify(c.text, c.lang);
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
