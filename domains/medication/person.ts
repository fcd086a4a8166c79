import type { TurnContext } from '../../core/types';
import { CHILD_MAX_AGE, ELDERLY_MIN_AGE, findConditions } from './conditions';

/** Who the medicine is for, as far as the conversation tells: this decides which dose applies. */
export interface Person {
  kind: 'adult' | 'child' | 'elderly';
  ageYears?: number;
  weightKg?: number;
}

export function personFrom(ctx: TurnContext): Person {
  const { entities, state } = ctx;
  const said = findConditions(ctx.text, entities);
  const ages = entities.ages ?? [];
  const childAge = ages.filter((a) => a < CHILD_MAX_AGE);
  if (childAge.length > 0) return { kind: 'child', ageYears: Math.min(...childAge), weightKg: entities.weightKg };
  if (said.includes('child')) {
    // Ages and weight remembered from earlier turns belong to the child being asked about.
    const remembered = (state.facts.ages ?? []).filter((a) => a < CHILD_MAX_AGE);
    const adolescent = ages.find((a) => a < 18);
    return {
      kind: adolescent !== undefined ? 'adult' : 'child',
      ageYears: adolescent ?? (remembered.length > 0 ? Math.min(...remembered) : undefined),
      weightKg: entities.weightKg ?? state.facts.weightKg,
    };
  }
  // A stated weight under 40 kg with no age is a child's (adults rarely give their weight).
  if (entities.weightKg !== undefined && entities.weightKg < 40 && ages.length === 0) {
    return { kind: 'child', weightKg: entities.weightKg };
  }
  const elderlyAge = ages.find((a) => a >= ELDERLY_MIN_AGE);
  if (elderlyAge !== undefined || said.includes('elderly')) return { kind: 'elderly', ageYears: elderlyAge };
  return { kind: 'adult', ageYears: ages[0], weightKg: entities.weightKg };
}
