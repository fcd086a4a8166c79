/** Body weight in kg: "20公斤", "20kg", "40斤" (市斤, half a kilo), "44 lb". */
import { NUM, parseApproxNumber } from '../text/numerals';
import { globalize, normalizeText, round } from '../text/normalize';

const RANGE_KG = { min: 0.5, max: 300 } as const;
const LB_IN_KG = 0.45359237;

const PATTERNS: ReadonlyArray<[RegExp, number]> = [
  [new RegExp(`(${NUM})\\s*(?:公斤|千克|kgs?\\b|kilos?\\b|kilograms?\\b)`), 1],
  [new RegExp(`(${NUM})\\s*(?<!公)斤`), 0.5],
  [new RegExp(`(${NUM})\\s*(?:lbs?\\b|pounds?\\b|磅)`), LB_IN_KG],
];

/** The first body weight stated, in kg (1 decimal). */
export function extractWeight(text: string): number | undefined {
  const t = normalizeText(text);
  let first: { index: number; kg: number } | undefined;
  for (const [re, factor] of PATTERNS) {
    for (const m of t.matchAll(globalize(re))) {
      const n = parseApproxNumber(m[1]);
      if (n === undefined) continue;
      const kg = round(n * factor, 1);
      if (kg < RANGE_KG.min || kg > RANGE_KG.max) continue;
      const index = m.index ?? 0;
      if (!first || index < first.index) first = { index, kg };
    }
  }
  return first?.kg;
}
