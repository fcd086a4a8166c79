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

/**
 * A situation the release rules alone do not answer: a close contact, visiting an older relative,
 * working while positive. Matched by its phrases in either isolation intent.
 */
export const SituationSchema = closed({
  id: IdSchema,
  match: NamesSchema,
  text: BilingualSchema,
  /** Follow the text with the person's own release date under their rule set (or ask for the positive day). */
  withReleaseDate: Type.Boolean(),
  /** Close with when to get care (the text is about someone at risk). */
  closesWithCare: Type.Boolean(),
  sources: SourcesSchema,
});
