import type { ChildDose, Range } from '../../knowledge/medicines/types';

/**
 * Dose arithmetic, kept pure so that every number a caller hears can be tested.
 * Rounding always goes towards the safe side: the upper end of a range is rounded down.
 */
export type ChildDoseResult =
  | { kind: 'dose'; mg: Range; intervalHours: Range; maxDosesPerDay: number; ml?: Range }
  | { kind: 'too-young'; minAgeMonths: number };

const MG_STEP = 5;
const ML_STEP = 0.5;

function roundDown(value: number, step: number): number {
  return Math.floor(value / step + 1e-9) * step;
}

function roundNearest(value: number, step: number): number {
  return Math.round(value / step) * step;
}

export function childDose(rule: ChildDose, weightKg: number, ageYears?: number, mgPerMl?: number): ChildDoseResult {
  if (ageYears !== undefined && ageYears * 12 < rule.minAgeMonths) {
    return { kind: 'too-young', minAgeMonths: rule.minAgeMonths };
  }
  const max = Math.min(roundDown(weightKg * rule.mgPerKg.max, MG_STEP), rule.maxSingleMg);
  const min = Math.min(roundNearest(weightKg * rule.mgPerKg.min, MG_STEP), max);
  const result: ChildDoseResult = {
    kind: 'dose',
    mg: { min, max },
    intervalHours: rule.intervalHours,
    maxDosesPerDay: rule.maxDosesPerDay,
  };
  if (mgPerMl) {
    const mlMax = roundDown(max / mgPerMl, ML_STEP);
    result.ml = { min: Math.min(roundNearest(min / mgPerMl, ML_STEP), mlMax), max: mlMax };
  }
  return result;
}

/** How many tablets (sachets, doses) a day keep an ingredient within its daily limit. */
export function maxUnitsPerDay(mgPerUnit: number, maxDailyMg: number): number {
  return Math.floor(maxDailyMg / mgPerUnit + 1e-9);
}

/** Plausible body weights for a person asking about doses; anything else is asked again. */
export function isPlausibleWeight(weightKg: number): boolean {
  return weightKg >= 2 && weightKg <= 200;
}
