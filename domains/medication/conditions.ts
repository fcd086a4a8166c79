import type { Entities, Facts } from '../../core/types';
import { catalog } from '../../knowledge/medicines/catalog';
import { CONDITION_IDS, type ConditionId } from '../../knowledge/medicines/types';
import { createPhraseMatcher } from '../../nlp/text/phrase-matcher';

/**
 * Conditions that change which medicine is safe: named in the message ("我有高血压"), implied by a
 * regular medicine (a blood pressure pill), by the entities (pregnant, ages) or remembered from
 * earlier turns.
 */
const matcher = createPhraseMatcher(
  [...catalog.conditions.values()].map((c) => ({ id: c.id, phrases: [...c.match.zh, ...c.match.en] })),
);

export const CHILD_MAX_AGE = 12; // labels switch to adult doses from 12 years
export const ELDERLY_MIN_AGE = 65; // key-population age in the State Council notice

function isCondition(value: string): value is ConditionId {
  return (CONDITION_IDS as readonly string[]).includes(value);
}

/** Conditions stated in this message (text, entities and the chronic medicines named). */
export function findConditions(text: string, entities: Entities, medicines: readonly string[] = []): ConditionId[] {
  const found = new Set<ConditionId>(matcher.ids(text));
  for (const id of medicines) {
    const condition = catalog.chronicGroups.get(id)?.condition;
    if (condition) found.add(condition);
  }
  if (entities.pregnant) found.add('pregnancy');
  if (entities.breastfeeding) found.add('breastfeeding');
  for (const age of entities.ages ?? []) {
    if (age < CHILD_MAX_AGE) found.add('child');
    if (age >= ELDERLY_MIN_AGE) found.add('elderly');
  }
  return [...found];
}

/** This message's conditions plus those remembered in facts. */
export function knownConditions(found: readonly ConditionId[], facts: Facts): ConditionId[] {
  const all = new Set<ConditionId>(found);
  const profile = facts.people?.[facts.subject ?? 'self'];
  if (profile) {
    // The person the conversation is about now: their own conditions, not someone else's.
    for (const c of profile.conditions ?? []) if (isCondition(c)) all.add(c);
    for (const id of profile.regularMedicines ?? []) {
      const condition = catalog.chronicGroups.get(id)?.condition;
      if (condition) all.add(condition);
    }
    if (profile.pregnant) all.add('pregnancy');
    if (profile.breastfeeding) all.add('breastfeeding');
    if (profile.ageYears !== undefined && profile.ageYears < CHILD_MAX_AGE) all.add('child');
    if (profile.ageYears !== undefined && profile.ageYears >= ELDERLY_MIN_AGE) all.add('elderly');
    if (facts.subject === 'child') all.add('child');
    return [...all];
  }
  for (const c of facts.conditions ?? []) if (isCondition(c)) all.add(c);
  if (facts.pregnant) all.add('pregnancy');
  if (facts.breastfeeding) all.add('breastfeeding');
  return [...all];
}

/** What to remember: lasting conditions only; child/elderly describe a person, kept as ages instead. */
export function conditionFacts(found: readonly ConditionId[], facts: Facts): Partial<Facts> {
  const lasting = found.filter((c) => !['child', 'elderly', 'pregnancy', 'breastfeeding'].includes(c));
  const out: Partial<Facts> = {};
  if (lasting.length > 0) out.conditions = [...new Set([...(facts.conditions ?? []), ...lasting])];
  if (found.includes('pregnancy')) out.pregnant = true;
  if (found.includes('breastfeeding')) out.breastfeeding = true;
  return out;
}
