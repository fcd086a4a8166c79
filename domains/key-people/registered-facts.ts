/**
 * What the register knows of a number, as conversation facts: the person's age, pregnancy and
 * conditions become the profile of "me" (medicine answers read it) and the facts the emergency screen
 * is given (ages, pregnant, its key-condition words). What the person says in the conversation wins.
 */
import type { KeyPerson } from '../../core/key-people';
import type { Facts } from '../../core/types';
import type { GradingData } from '../../knowledge/key-people/grading';

export function registeredFacts(facts: Facts, person: KeyPerson, grading: GradingData): Facts {
  const entries = person.conditions
    .map((c) => grading.conditions.find((k) => k.id === c))
    .filter((c) => c !== undefined);
  const medicine = entries.flatMap((c) => (c.medicine ? [c.medicine] : []));
  const screen = entries.flatMap((c) => (c.screen ? [c.screen] : []));
  const self = facts.people?.self ?? {};
  const union = (a: readonly string[] | undefined, b: readonly string[]) => [...new Set([...(a ?? []), ...b])];
  const profile = {
    ...self,
    ...(self.ageYears === undefined && person.age !== null ? { ageYears: person.age } : {}),
    ...(self.pregnant === undefined && person.pregnant ? { pregnant: true } : {}),
    ...(medicine.length ? { conditions: union(self.conditions, medicine) } : {}),
  };
  const ages = facts.ages ?? (person.age !== null ? [person.age] : undefined);
  return {
    ...facts,
    people: { ...(facts.people ?? {}), self: profile },
    ...(ages ? { ages } : {}),
    ...(facts.pregnant === undefined && person.pregnant ? { pregnant: true } : {}),
    ...(screen.length ? { conditions: union(facts.conditions, screen) } : {}),
  };
}
