import { Type } from '@sinclair/typebox';
import { BilingualSchema, closed, IdSchema, NamesSchema, SourcesSchema } from '../schema/common';
import { CONDITION_IDS, INGREDIENT_CLASSES } from './types';

/**
 * Shapes of the medicine data files. The JSON is reviewed like code; these schemas are what it is
 * checked against when it loads, so a bad entry stops the service at start-up. types.ts derives
 * the TypeScript types from them.
 */

export const ConditionIdSchema = Type.Union(CONDITION_IDS.map((id) => Type.Literal(id)));
export const IngredientClassSchema = Type.Union(INGREDIENT_CLASSES.map((c) => Type.Literal(c)));

export const RangeSchema = closed({ min: Type.Number(), max: Type.Number() });

export const AdultDoseSchema = closed({
  doseMg: Type.Optional(RangeSchema),
  intervalHours: Type.Optional(RangeSchema),
  timesPerDay: Type.Optional(RangeSchema),
  maxDailyMg: Type.Optional(Type.Number()),
  /** Self-care limits: stop and see a clinician after this many days. */
  maxDays: Type.Optional(
    closed({
      fever: Type.Optional(Type.Number()),
      pain: Type.Optional(Type.Number()),
      course: Type.Optional(Type.Number()),
    }),
  ),
  /** What the numbers cannot say: forms, prescription-only courses. */
  note: Type.Optional(BilingualSchema),
  sources: SourcesSchema,
});

/** Weight-based dosing for children, the way paediatric guidelines state it. */
export const ChildDoseSchema = closed({
  mgPerKg: RangeSchema,
  intervalHours: RangeSchema,
  maxDosesPerDay: Type.Number(),
  minAgeMonths: Type.Number(),
  /** Children's doses never exceed the adult single dose. */
  maxSingleMg: Type.Number(),
  /**
   * The label's table of ages and the weights it assumes for them, for a child whose weight nobody
   * knows: the dose is worked out for the lightest weight of the child's age band.
   */
  ageBands: Type.Optional(
    closed({
      bands: Type.Array(closed({ ageYears: RangeSchema, weightKg: RangeSchema })),
      sources: SourcesSchema,
    }),
  ),
  sources: SourcesSchema,
});

export const CautionLevelSchema = Type.Union([Type.Literal('avoid'), Type.Literal('doctor'), Type.Literal('caution')]);

export const CautionSchema = closed({
  conditions: Type.Array(ConditionIdSchema),
  level: CautionLevelSchema,
  /** The person needs a doctor's dose: the plain adult dose is not given beside this caution. */
  noPlainDose: Type.Optional(Type.Boolean()),
  text: BilingualSchema,
  sources: SourcesSchema,
});

export const IngredientSchema = closed({
  id: IdSchema,
  names: NamesSchema,
  /** Typos and speech-recognition homophones seen on the hotline. */
  misspellings: Type.Optional(Type.Array(Type.String())),
  classes: Type.Array(IngredientClassSchema),
  prescriptionOnly: Type.Boolean(),
  adult: Type.Optional(AdultDoseSchema),
  child: Type.Optional(ChildDoseSchema),
  /** For ingredients without weight-based child dosing. */
  childNote: Type.Optional(BilingualSchema),
  elderly: Type.Optional(BilingualSchema),
  /** Why taking it twice (in two products) is dangerous. */
  overdose: Type.Optional(BilingualSchema),
  cautions: Type.Array(CautionSchema),
  notes: Type.Optional(Type.Array(BilingualSchema)),
  sources: SourcesSchema,
});

export const ProductIngredientSchema = closed({
  id: IdSchema,
  /** Amount per dosing unit (tablet, capsule, sachet, 30 mL dose, or per mL for liquids). */
  mg: Type.Optional(Type.Number()),
});

export const ProductSchema = closed({
  id: IdSchema,
  kind: Type.Union([Type.Literal('product'), Type.Literal('category')]),
  names: NamesSchema,
  misspellings: Type.Optional(Type.Array(Type.String())),
  display: BilingualSchema,
  /** In every formulation sold under this name. */
  ingredients: Type.Array(ProductIngredientSchema),
  /** In some formulations or versions sold under this name: check the label. */
  mayContain: Type.Optional(Type.Array(IdSchema)),
  /** Herbal components named on the label, for telling people what is in it. */
  herbal: Type.Optional(Type.Array(Type.String())),
  unit: Type.Optional(BilingualSchema),
  /** Liquids: acetaminophen/ibuprofen per mL, to turn a child's mg dose into mL. */
  mgPerMl: Type.Optional(Type.Number()),
  labelDose: Type.Optional(BilingualSchema),
  /** The label's most units (tablets, sachets, doses) in 24 hours, where the label states it. */
  labelMaxUnitsPerDay: Type.Optional(Type.Number()),
  note: Type.Optional(BilingualSchema),
  prescriptionOnly: Type.Optional(Type.Boolean()),
  /** Youngest age, in years, the label allows (泰诺林缓释片: 12). */
  minAgeYears: Type.Optional(Type.Number()),
  /** A name sold in several strengths: the products, one per strength, each answered by name. */
  strengths: Type.Optional(Type.Array(IdSchema)),
  /** A cold remedy: one at a time, whatever is in it (Hangzhou briefing, point 2). */
  coldRemedy: Type.Optional(Type.Boolean()),
  /** Made for children (Calpol, Children's Tylenol, 美林): asked about, the dose is a child's. */
  forChildren: Type.Optional(Type.Boolean()),
  sources: SourcesSchema,
});

/** Regular medicines for chronic conditions, recognised so that interactions can be flagged. */
export const ChronicDrugGroupSchema = closed({
  id: IdSchema,
  names: NamesSchema,
  misspellings: Type.Optional(Type.Array(Type.String())),
  display: BilingualSchema,
  /** The condition that taking it implies, e.g. a blood pressure pill → hypertension. */
  condition: Type.Optional(ConditionIdSchema),
  sources: SourcesSchema,
});

export const ConditionGuidanceSchema = closed({
  id: ConditionIdSchema,
  display: BilingualSchema,
  /** Words that name the condition in a message. */
  match: NamesSchema,
  prefer: Type.Array(IdSchema),
  avoid: Type.Array(IdSchema),
  advice: BilingualSchema,
  sources: SourcesSchema,
});

export const SafetyTopicSchema = closed({
  id: IdSchema,
  /** Short heading, also offered as a choice when the question names no topic. */
  title: BilingualSchema,
  /** false: answered when asked about, but not offered in the numbered list (default true). */
  menu: Type.Optional(Type.Boolean()),
  match: NamesSchema,
  text: BilingualSchema,
  sources: SourcesSchema,
});

/** Picks one side of a combination rule: an ingredient, a class of ingredients, a chronic drug group, or anything. */
export const SelectorSchema = closed({
  ingredient: Type.Optional(IdSchema),
  class: Type.Optional(IngredientClassSchema),
  group: Type.Optional(IdSchema),
  any: Type.Optional(Type.Boolean()),
  /** One product, by id (low-dose aspirin for the heart, not aspirin as a painkiller). */
  product: Type.Optional(IdSchema),
  /** Any product marked as a cold remedy (products.json `coldRemedy`), herbal ones included. */
  coldRemedy: Type.Optional(Type.Boolean()),
});

const ruleBase = {
  id: IdSchema,
  text: BilingualSchema,
  /** Rule ids (or "duplicate") that, when already reported for the same two medicines, make this one redundant. */
  skipIf: Type.Optional(Type.Array(IdSchema)),
  sources: SourcesSchema,
};

/**
 * Taking the same ingredient twice is always checked (see each ingredient's `overdose`);
 * these rules add what differs between ingredients: two NSAIDs, a decongestant with high blood pressure…
 */
export const CombinationRuleSchema = Type.Union([
  closed({ ...ruleBase, kind: Type.Literal('pair'), a: SelectorSchema, b: SelectorSchema }),
  closed({
    ...ruleBase,
    kind: Type.Literal('condition'),
    a: SelectorSchema,
    conditions: Type.Array(ConditionIdSchema),
  }),
]);
