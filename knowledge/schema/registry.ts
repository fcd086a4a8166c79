import { Type, type Static } from '@sinclair/typebox';
import { ClinicDirectorySchema } from '../clinics.schema';
import { HomeTopicSchema, RuleSetSchema, SituationSchema } from '../isolation/schema';
import * as Medicines from '../medicines/schema';
import * as RedFlags from '../red-flags/schema';
import * as Services from '../services/schema';
import { SymptomAdviceSchema } from '../symptoms/schema';

/**
 * Every data file's schema, by name. checkers.generated.ts holds TypeBox's compiled check for
 * each (npm run knowledge:checkers regenerates it; a unit test fails when it is stale).
 */
export const DATA_SCHEMAS = {
  ingredients: Type.Array(Medicines.IngredientSchema),
  products: Type.Array(Medicines.ProductSchema),
  chronicDrugs: Type.Array(Medicines.ChronicDrugGroupSchema),
  conditions: Type.Array(Medicines.ConditionGuidanceSchema),
  combinationRules: Type.Array(Medicines.CombinationRuleSchema),
  safetyTopics: Type.Array(Medicines.SafetyTopicSchema),
  isolationRuleSets: Type.Array(RuleSetSchema),
  homeGuidance: Type.Array(HomeTopicSchema),
  isolationSituations: Type.Array(SituationSchema),
  symptoms: Type.Array(SymptomAdviceSchema),
  clinicDirectory: ClinicDirectorySchema,
  redFlagAtoms: RedFlags.AtomsFileSchema,
  redFlagSigns: RedFlags.SignsFileSchema,
  redFlagRules: RedFlags.RulesFileSchema,
  redFlagTips: RedFlags.TipsFileSchema,
  redFlagQuestions: RedFlags.QuestionsFileSchema,
  redFlagCare: RedFlags.CareFileSchema,
  services: Type.Array(Services.ServiceSchema),
  serviceAttributes: Type.Array(Services.AttributeSchema),
  serviceLevels: Services.SlaFileSchema,
  priorityRules: Type.Array(Services.PriorityRuleSchema),
  communities: Type.Array(Services.CommunitySchema, { minItems: 1 }),
};

export type DataName = keyof typeof DATA_SCHEMAS;
export type DataType<K extends DataName> = Static<(typeof DATA_SCHEMAS)[K]>;
