import type { Entities, Facts, Screening } from '../core/types';

const MAX_REMEMBERED_ITEMS = 6;

/** What a message tells us about the person that later turns (and the emergency screen) should remember. */
export function factsFromEntities(entities: Entities): Partial<Facts> {
  const facts: Partial<Facts> = {};
  if (entities.ages?.length) facts.ages = entities.ages;
  if (entities.weightKg !== undefined) facts.weightKg = entities.weightKg;
  if (entities.pregnant !== undefined) facts.pregnant = entities.pregnant;
  if (entities.pregnancyWeeks !== undefined) facts.pregnancyWeeks = entities.pregnancyWeeks;
  if (entities.breastfeeding !== undefined) facts.breastfeeding = entities.breastfeeding;
  if (entities.medicines?.length) facts.medicines = entities.medicines;
  if (entities.conditions?.length) facts.conditions = entities.conditions;
  if (entities.measuring || entities.spo2 !== undefined) facts.measuring = 'spo2';
  return facts;
}

/** The facts after a screened turn: an emergency is remembered with its signs and time. */
export function factsAfterScreening(facts: Facts, screening: Screening, now: Date): Facts {
  if (screening.triage !== 'emergency') return facts;
  return { ...facts, emergency: { signs: screening.signs ?? [], at: now.toISOString() } };
}

export function mergeFacts(base: Facts, ...updates: (Partial<Facts> | undefined)[]): Facts {
  const merged: Facts = { ...base };
  for (const update of updates) {
    if (!update) continue;
    for (const [key, value] of Object.entries(update) as [keyof Facts, Facts[keyof Facts]][]) {
      if (value === undefined) continue;
      if (key === 'conditions' || key === 'medicines') {
        const union = [...new Set([...((merged[key] as string[] | undefined) ?? []), ...(value as string[])])];
        merged[key] = union.slice(-MAX_REMEMBERED_ITEMS);
      } else {
        (merged as Record<string, unknown>)[key] = value;
      }
    }
  }
  return merged;
}
