import type { Facts, PersonProfile, TurnContext } from '../../core/types';
import { catalog } from '../../knowledge/medicines/catalog';
import { CHILD_MAX_AGE, ELDERLY_MIN_AGE, findConditions } from './conditions';

/** Who the medicine is for, as far as the conversation tells: this decides which dose applies. */
export interface Person {
  kind: 'adult' | 'child' | 'elderly';
  ageYears?: number;
  weightKg?: number;
}

/** The profile of the person the conversation is about now (conversation/facts.ts keeps them). */
export function profileOf(facts: Facts): PersonProfile {
  return facts.people?.[facts.subject ?? 'self'] ?? {};
}

/** Once the conversation is about a child, every answer is for the child. */
export function aboutChild(facts: Facts): boolean {
  const profile = profileOf(facts);
  return facts.subject === 'child' || (profile.ageYears !== undefined && profile.ageYears < CHILD_MAX_AGE);
}

export function personFrom(ctx: TurnContext): Person {
  const { entities, state } = ctx;
  const said = findConditions(ctx.text, entities);
  const ages = entities.ages ?? [];
  const profile = profileOf(state.facts);
  const childAge = ages.filter((a) => a < CHILD_MAX_AGE);
  if (childAge.length > 0) return { kind: 'child', ageYears: Math.min(...childAge), weightKg: entities.weightKg };
  if (ages.length === 0 && aboutChild(state.facts)) {
    // "是美林" after "儿子4岁，16公斤": the child the conversation is about.
    const adolescent = profile.ageYears !== undefined && profile.ageYears >= CHILD_MAX_AGE;
    return {
      kind: adolescent ? 'adult' : 'child',
      ageYears: profile.ageYears,
      weightKg: entities.weightKg ?? profile.weightKg,
    };
  }
  if (said.includes('child')) {
    const adolescent = ages.find((a) => a < 18);
    return {
      kind: adolescent !== undefined ? 'adult' : 'child',
      ageYears: adolescent ?? profile.ageYears,
      weightKg: entities.weightKg ?? profile.weightKg,
    };
  }
  // "how much Children's Tylenol…", "kids' Calpol": a product made for children is given to a child.
  if (ages.length === 0 && profile.ageYears === undefined && namesChildrensProduct(entities.medicines)) {
    return { kind: 'child', weightKg: entities.weightKg ?? profile.weightKg };
  }
  // A stated weight under 40 kg with no age is a child's (adults rarely give their weight).
  if (
    entities.weightKg !== undefined &&
    entities.weightKg < 40 &&
    ages.length === 0 &&
    profile.ageYears === undefined
  ) {
    return { kind: 'child', weightKg: entities.weightKg };
  }
  const age = ages[0] ?? profile.ageYears;
  if ((age !== undefined && age >= ELDERLY_MIN_AGE) || said.includes('elderly'))
    return { kind: 'elderly', ageYears: age };
  return { kind: 'adult', ageYears: age, weightKg: entities.weightKg ?? profile.weightKg };
}

/** A product the catalogue marks as made for children (knowledge/medicines/products.json `forChildren`). */
export function namesChildrensProduct(medicines: readonly string[] | undefined): boolean {
  return (medicines ?? []).some((id) => catalog.products.get(id)?.forChildren === true);
}
