import type { Entities, Facts, PersonKey, PersonProfile, Screening } from '../core/types';
import { personNamed, speaksOfSelf, speaksOfSomeoneElse } from './people';
import type { ProfileReading } from './profile.port';
import { RECENT_TURNS, recentTurns } from '../core/understanding';

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
  const measuring = entities.measuring ?? (entities.spo2 !== undefined ? 'spo2' : undefined);
  if (measuring) facts.measuring = measuring;
  return facts;
}

/**
 * The facts after a screened turn: the message joins the recent turns the screen reads with the next one,
 * and an emergency is remembered with its signs and time.
 */
export function factsAfterScreening(facts: Facts, screening: Screening, now: Date, text: string): Facts {
  const turn = { text: text.slice(0, RECENT_TURNS.chars), at: now.toISOString(), triage: screening.triage };
  const recent = [...recentTurns(facts, now), turn].slice(-RECENT_TURNS.count);
  if (screening.triage !== 'emergency') return { ...facts, recent };
  return { ...facts, recent, emergency: { signs: screening.signs ?? [], at: now.toISOString() } };
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

const CHILD_MAX_AGE = 12; // the labels' children's doses end at 12
const MAX_TAKEN = 6;

/** Whom this message is about: a person it names, "她/he" for the last person named, "我/I" for oneself. */
export function subjectOf(text: string, entities: Entities, facts: Facts): PersonKey {
  const named = personNamed(text);
  // "还在喂奶，吃…会影响宝宝吗", "I'm pregnant, is it safe for the baby?": the baby is the one nursed or
  // carried; the medicine is for the mother, who is the one speaking unless another is named.
  if (named === 'child' && (entities.breastfeeding || entities.pregnant)) return personNamed(text, 'child') ?? 'self';
  if (named) return named;
  const ages = entities.ages ?? [];
  // "my 4 year old": an age a child has, with nobody else named.
  if (ages.length > 0 && Math.min(...ages) < CHILD_MAX_AGE && !/我\s*(?:今年|才|已经)?\s*\d/.test(text)) return 'child';
  if (speaksOfSomeoneElse(text)) {
    if (facts.subject && facts.subject !== 'self') return facts.subject;
    const others = Object.keys(facts.people ?? {}).filter((k) => k !== 'self') as PersonKey[];
    if (others.length > 0) return others[others.length - 1];
  }
  if (speaksOfSelf(text)) return 'self';
  return facts.subject ?? 'self';
}

/**
 * The profile of the person this message is about, updated with what it says: age, weight,
 * pregnancy, conditions, regular medicines, what was already taken. Returns the facts to merge.
 */
export function profileAfterTurn(
  facts: Facts,
  text: string,
  entities: Entities,
  reading: ProfileReading | undefined,
  now: Date,
): Partial<Facts> {
  const subject = subjectOf(text, entities, facts);
  const before = facts.people?.[subject] ?? {};
  const profile: PersonProfile = { ...before };
  const ages = entities.ages ?? [];
  if (ages.length > 0) profile.ageYears = subject === 'child' ? Math.min(...ages) : ages[0];
  if (entities.weightKg !== undefined) profile.weightKg = entities.weightKg;
  if (entities.pregnant !== undefined) profile.pregnant = entities.pregnant;
  if (entities.pregnancyWeeks !== undefined) profile.pregnancyWeeks = entities.pregnancyWeeks;
  if (entities.breastfeeding !== undefined) profile.breastfeeding = entities.breastfeeding;
  if (reading?.conditions.length) profile.conditions = union(before.conditions, reading.conditions);
  if (reading?.regularMedicines.length)
    profile.regularMedicines = union(before.regularMedicines, reading.regularMedicines);
  if (reading?.taken.length) {
    const taken = reading.taken.map((t) => ({ ...t, at: now.toISOString() }));
    profile.taken = [...(before.taken ?? []), ...taken].slice(-MAX_TAKEN);
  }
  const people = { ...(facts.people ?? {}) };
  // Re-inserted last: the most recent person named is the one "她" means.
  delete people[subject];
  people[subject] = profile;
  return { people, subject };
}

/** The profile of the person the conversation is about now. */
export function subjectProfile(facts: Facts): PersonProfile {
  return facts.people?.[facts.subject ?? 'self'] ?? {};
}

function union(a: readonly string[] | undefined, b: readonly string[]): string[] {
  return [...new Set([...(a ?? []), ...b])].slice(-MAX_REMEMBERED_ITEMS);
}
