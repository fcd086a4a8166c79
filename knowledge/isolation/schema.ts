import { Type } from '@sinclair/typebox';
import { BilingualSchema, closed, IdSchema, NamesSchema, SourcesSchema } from '../schema/common';

/**
 * Isolation data: release rules per jurisdiction (a rule set is one or more alternative "paths",
 * any one of which ends isolation) and home-isolation guidance by topic.
 */
export const ReleasePathSchema = closed({
  /** Full days since the positive test (or symptom onset) that must have passed. */
  minFullDays: Type.Optional(Type.Number()),
  /** Hours without fever, without fever medicine. */
  feverFreeHours: Type.Optional(Type.Number()),
  symptomsImproved: Type.Optional(Type.Boolean()),
  antigenNegative: Type.Optional(Type.Boolean()),
  pcrCt35Twice: Type.Optional(Type.Boolean()),
});

export const RuleSetSchema = closed({
  id: IdSchema,
  name: BilingualSchema,
  countFrom: BilingualSchema,
  /** A rule set with no way out of isolation is a data error. */
  paths: Type.Array(ReleasePathSchema, { minItems: 1 }),
  notes: Type.Array(BilingualSchema),
  sources: SourcesSchema,
});

export const HomeTopicSchema = closed({
  id: IdSchema,
  match: NamesSchema,
  text: BilingualSchema,
  sources: SourcesSchema,
});
