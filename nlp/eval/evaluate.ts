/** Accuracy figures of a classifier on labelled cases; used by scripts/eval-intents.ts and tests. */
import type { Classification, IntentId } from '../../core/types';
import type { IntentClassifier } from '../../core/understanding';
import type { LabelledCase } from './cases';

export interface Prediction {
  item: LabelledCase;
  result: Classification;
  correct: boolean;
  /** Time spent in classify(), milliseconds. */
  ms: number;
}

export function predict(classifier: IntentClassifier, cases: readonly LabelledCase[]): Prediction[] {
  return cases.map((item) => {
    const start = process.hrtime.bigint();
    const result = classifier.classify(item.text, item.lang);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    return { item, result, correct: result.intent === item.intent, ms };
  });
}

export function accuracy(predictions: readonly Prediction[]): number {
  if (predictions.length === 0) return Number.NaN;
  return predictions.filter((p) => p.correct).length / predictions.length;
}

export function recallByIntent(predictions: readonly Prediction[]): Map<IntentId, { hit: number; total: number }> {
  const out = new Map<IntentId, { hit: number; total: number }>();
  for (const p of predictions) {
    const row = out.get(p.item.intent) ?? { hit: 0, total: 0 };
    row.total += 1;
    if (p.correct) row.hit += 1;
    out.set(p.item.intent, row);
  }
  return out;
}

/** "expected → got" pairs of the errors, most frequent first. */
export function confusions(predictions: readonly Prediction[]): Array<{ pair: string; count: number }> {
  const counts = new Map<string, number>();
  for (const p of predictions) {
    if (p.correct) continue;
    const pair = `${p.item.intent} → ${p.result.intent}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return [...counts.entries()].map(([pair, count]) => ({ pair, count })).sort((a, b) => b.count - a.count);
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}
