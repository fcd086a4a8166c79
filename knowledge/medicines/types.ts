import type { Static } from '@sinclair/typebox';
import type { NamesSchema } from '../schema/common';
import type * as Schema from './schema';

/**
 * Types of the medicine data, derived from the schemas in schema.ts (the one definition of each
 * shape). Type-only imports: loading this file does not load TypeBox.
 */

export const CONDITION_IDS = [
  'pregnancy',
  'breastfeeding',
  'child',
  'elderly',
  'diabetes',
  'hypertension',
  'heart-disease',
  'liver-disease',
  'kidney-disease',
  'peptic-ulcer',
  'blood-thinners',
  'statins',
  'glaucoma',
  'prostate',
  'asthma',
  'epilepsy',
  'alcohol',
] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

export const INGREDIENT_CLASSES = [
  'antipyretic',
  'nsaid',
  'decongestant',
  'sedating-antihistamine',
  'cough-suppressant',
  'expectorant',
  'stimulant',
  'antiviral-flu',
  'antiviral-covid',
  'antibiotic',
  'opioid',
] as const;
export type IngredientClass = (typeof INGREDIENT_CLASSES)[number];

export type Range = Static<typeof Schema.RangeSchema>;
export type Names = Static<typeof NamesSchema>;
export type AdultDose = Static<typeof Schema.AdultDoseSchema>;
export type ChildDose = Static<typeof Schema.ChildDoseSchema>;
export type CautionLevel = Static<typeof Schema.CautionLevelSchema>;
export type Caution = Static<typeof Schema.CautionSchema>;
export type Ingredient = Static<typeof Schema.IngredientSchema>;
export type ProductIngredient = Static<typeof Schema.ProductIngredientSchema>;
export type Product = Static<typeof Schema.ProductSchema>;
export type ChronicDrugGroup = Static<typeof Schema.ChronicDrugGroupSchema>;
export type ConditionGuidance = Static<typeof Schema.ConditionGuidanceSchema>;
export type SafetyTopic = Static<typeof Schema.SafetyTopicSchema>;
export type Selector = Static<typeof Schema.SelectorSchema>;
export type CombinationRule = Static<typeof Schema.CombinationRuleSchema>;

/** The medicine knowledge base, loaded and validated once. */
export interface MedicineCatalog {
  ingredients: ReadonlyMap<string, Ingredient>;
  products: ReadonlyMap<string, Product>;
  chronicGroups: ReadonlyMap<string, ChronicDrugGroup>;
  conditions: ReadonlyMap<ConditionId, ConditionGuidance>;
  combinationRules: readonly CombinationRule[];
  safetyTopics: readonly SafetyTopic[];
}
