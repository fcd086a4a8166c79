/**
 * Intent engine report: `npx tsx scripts/eval-intents.ts [--verbose] [--cv=5] [--data-dir=DIR]`.
 *
 * Trains on nlp/corpus (or loads the stored model with --data-dir), then prints held-out
 * accuracy per language, per-intent recall, top confusions, the public example cases' intent
 * accuracy, how many errors a LOW_CONFIDENCE threshold would catch, and classify() latency.
 * --cv=k adds k-fold cross-validation on the corpus itself: a development signal that does not
 * spend the held-out set.
 */
import { INTENTS, LANGS, type IntentId, type Lang } from '../core/types';
import type { IntentClassifier } from '../core/understanding';
import { LOW_CONFIDENCE } from '../conversation/routing';
import { loadCorpus, type Corpus } from '../nlp/corpus';
import { HELDOUT_PATH, readCases, readPublicCases, type LabelledCase } from '../nlp/eval/cases';
import { accuracy, confusions, percentile, predict, recallByIntent, type Prediction } from '../nlp/eval/evaluate';
import { loadOrTrainClassifier } from '../nlp/model-store';
import { NlpJsClassifier } from '../nlp/nlpjs-classifier';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const cvFolds = Number(args.find((a) => a.startsWith('--cv='))?.slice(5) ?? 0);
const dataDir = args.find((a) => a.startsWith('--data-dir='))?.slice(11);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

async function buildClassifier(): Promise<IntentClassifier> {
  if (dataDir !== undefined) {
    return loadOrTrainClassifier({ dataDir, log: (m) => console.log(`  ${m}`) });
  }
  const t0 = Date.now();
  const trained = await NlpJsClassifier.train(loadCorpus());
  const trainMs = Date.now() - t0;
  const json = trained.toJSON();
  const t1 = process.hrtime.bigint();
  const imported = NlpJsClassifier.fromJSON(json);
  const importMs = Number(process.hrtime.bigint() - t1) / 1e6;
  console.log(
    `training ${trainMs} ms · model ${(json.length / 1024 / 1024).toFixed(2)} MB · import ${importMs.toFixed(0)} ms`,
  );
  return imported;
}

function printAccuracy(title: string, predictions: readonly Prediction[]): void {
  const parts = LANGS.map((lang) => {
    const mine = predictions.filter((p) => p.item.lang === lang);
    return `${lang} ${pct(accuracy(mine))} (${mine.filter((p) => p.correct).length}/${mine.length})`;
  });
  console.log(`${title}: ${parts.join(' · ')} · all ${pct(accuracy(predictions))}`);
}

function printRecall(predictions: readonly Prediction[]): void {
  const byLang = Object.fromEntries(
    LANGS.map((l) => [l, recallByIntent(predictions.filter((p) => p.item.lang === l))]),
  );
  console.log(`\nper-intent recall            ${LANGS.map((l) => l.padStart(8)).join('')}`);
  for (const intent of INTENTS) {
    const cells = LANGS.map((l) => {
      const row = byLang[l].get(intent);
      return (row ? `${row.hit}/${row.total}` : '-').padStart(8);
    });
    console.log(`  ${intent.padEnd(26)} ${cells.join('')}`);
  }
}

function printConfusions(predictions: readonly Prediction[]): void {
  console.log('\ntop confusions (expected → got)');
  for (const { pair, count } of confusions(predictions).slice(0, 10))
    console.log(`  ${String(count).padStart(3)}  ${pair}`);
}

function printErrors(predictions: readonly Prediction[]): void {
  console.log('\nerrors');
  for (const p of predictions.filter((x) => !x.correct)) {
    console.log(
      `  [${p.item.lang}] ${p.item.intent} → ${p.result.intent} ${p.result.score.toFixed(2)}  ${p.item.text}`,
    );
  }
}

/** How a clarify-below-threshold rule would treat these answers. */
function printThresholds(title: string, predictions: readonly Prediction[]): void {
  const errors = predictions.filter((p) => !p.correct);
  const rights = predictions.filter((p) => p.correct);
  console.log(`\n${title} — confidence threshold: errors caught / correct answers turned into a question`);
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const caught = errors.filter((p) => p.result.score < t).length;
    const lost = rights.filter((p) => p.result.score < t).length;
    const mark = t === LOW_CONFIDENCE ? '  ← LOW_CONFIDENCE' : '';
    console.log(`  < ${t.toFixed(1)}: ${caught}/${errors.length} errors, ${lost}/${rights.length} correct${mark}`);
  }
}

function printLatency(classifier: IntentClassifier, cases: readonly LabelledCase[]): void {
  predict(classifier, cases); // warm-up: JIT and regex compilation
  const times: number[] = [];
  for (let round = 0; round < 5; round += 1) times.push(...predict(classifier, cases).map((p) => p.ms));
  console.log(
    `\nclassify latency over ${times.length} calls: p50 ${percentile(times, 50).toFixed(3)} ms · p99 ${percentile(times, 99).toFixed(3)} ms · max ${Math.max(...times).toFixed(3)} ms`,
  );
}

/** k-fold cross-validation on the corpus: every phrase is predicted by a model that never saw it. */
async function crossValidate(corpus: Corpus, k: number): Promise<void> {
  const all: Prediction[] = [];
  for (let fold = 0; fold < k; fold += 1) {
    const train = {} as Corpus;
    const test: LabelledCase[] = [];
    for (const lang of LANGS) {
      train[lang] = {} as Record<IntentId, string[]>;
      for (const intent of INTENTS) {
        const phrases = corpus[lang][intent];
        train[lang][intent] = phrases.filter((_, i) => i % k !== fold);
        phrases.forEach((text, i) => i % k === fold && test.push({ lang: lang as Lang, text, intent }));
      }
    }
    all.push(...predict(await NlpJsClassifier.train(train), test));
  }
  console.log('');
  printAccuracy(`corpus ${k}-fold cross-validation`, all);
  if (verbose) printConfusions(all);
  printThresholds(`${k}-fold cross-validation`, all);
}

async function main(): Promise<void> {
  const classifier = await buildClassifier();
  const heldout = predict(classifier, readCases(HELDOUT_PATH));
  printAccuracy('\nheld-out accuracy', heldout);
  printRecall(heldout);
  printConfusions(heldout);
  if (verbose) printErrors(heldout);
  printThresholds('held-out', heldout);

  const publicCases = readPublicCases();
  const pub = predict(classifier, publicCases);
  printAccuracy('\npublic cases intent accuracy', pub);
  for (const p of pub.filter((x) => !x.correct)) {
    console.log(
      `  [${p.item.lang}] ${p.item.intent} → ${p.result.intent} ${p.result.score.toFixed(2)}  ${p.item.text}`,
    );
  }

  printLatency(classifier, [...readCases(HELDOUT_PATH), ...publicCases]);
  if (cvFolds > 1) await crossValidate(loadCorpus(), cvFolds);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
