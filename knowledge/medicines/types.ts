import type { Bilingual } from '../../core/types';

/**
 * Shapes of the medicine data files. The JSON is reviewed like code; these types are what the
 * catalogue checks it against when it loads, so a bad entry stops the service at start-up.
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

export interface Range {
  min: number;
  max: number;
}

export interface Sourced {
  sources: string[];
}

export interface Names {
  zh: string[];
  en: string[];
}

export interface AdultDose extends Sourced {
  doseMg?: Range;
  intervalHours?: Range;
  timesPerDay?: Range;
  maxDailyMg?: number;
  /** Self-care limits: stop and see a clinician after this many days. */
  maxDays?: { fever?: number; pain?: number; course?: number };
  /** What the numbers cannot say: forms, prescription-only courses. */
  note?: Bilingual;
}

/** Weight-based dosing for children, the way paediatric guidelines state it. */
export interface ChildDose extends Sourced {
  mgPerKg: Range;
  intervalHours: Range;
  maxDosesPerDay: number;
  minAgeMonths: number;
  /** Children's doses never exceed the adult single dose. */
  maxSingleMg: number;
}

export type CautionLevel = 'avoid' | 'doctor' | 'caution';

export interface Caution extends Sourced {
  conditions: ConditionId[];
  level: CautionLevel;
  text: Bilingual;
}

export interface Ingredient extends Sourced {
  id: string;
  names: Names;
  /** Typos and speech-recognition homophones seen on the hotline. */
  misspellings?: string[];
  classes: IngredientClass[];
  prescriptionOnly: boolean;
  adult?: AdultDose;
  child?: ChildDose;
  /** For ingredients without weight-based child dosing. */
  childNote?: Bilingual;
  elderly?: Bilingual;
  /** Why taking it twice (in two products) is dangerous. */
  overdose?: Bilingual;
  cautions: Caution[];
  notes?: Bilingual[];
}

export interface ProductIngredient {
  id: string;
  /** Amount per dosing unit (tablet, capsule, sachet, 30 mL dose, or per mL for liquids). */
  mg?: number;
}

export interface Product extends Sourced {
  id: string;
  kind: 'product' | 'category';
  names: Names;
  misspellings?: string[];
  display: Bilingual;
  /** In every formulation sold under this name. */
  ingredients: ProductIngredient[];
  /** In some formulations or versions sold under this name: check the label. */
  mayContain?: string[];
  /** Herbal components named on the label, for telling people what is in it. */
  herbal?: string[];
  unit?: Bilingual;
  /** Liquids: acetaminophen/ibuprofen per mL, to turn a child's mg dose into mL. */
  mgPerMl?: number;
  labelDose?: Bilingual;
  /** The label's most units (tablets, sachets, doses) in 24 hours, where the label states it. */
  labelMaxUnitsPerDay?: number;
  note?: Bilingual;
  prescriptionOnly?: boolean;
}

/** Regular medicines for chronic conditions, recognised so that interactions can be flagged. */
export interface ChronicDrugGroup extends Sourced {
  id: string;
  names: Names;
  misspellings?: string[];
  display: Bilingual;
  /** The condition that taking it implies, e.g. a blood pressure pill → hypertension. */
  condition?: ConditionId;
}

export interface ConditionGuidance extends Sourced {
  id: ConditionId;
  display: Bilingual;
  /** Words that name the condition in a message. */
  match: Names;
  prefer: string[];
  avoid: string[];
  advice: Bilingual;
}

export interface SafetyTopic extends Sourced {
  id: string;
  /** Short heading, also offered as a choice when the question names no topic. */
  title: Bilingual;
  /** false: answered when asked about, but not offered in the numbered list (default true). */
  menu?: boolean;
  match: Names;
  text: Bilingual;
}

/** Picks one side of a combination rule: an ingredient, a class of ingredients, a chronic drug group, or anything. */
export interface Selector {
  ingredient?: string;
  class?: IngredientClass;
  group?: string;
  any?: boolean;
}

/**
 * Taking the same ingredient twice is always checked (see each ingredient's `overdose`);
 * these rules add what differs between ingredients: two NSAIDs, a decongestant with high blood pressure…
 */
export type CombinationRule = Sourced & {
  id: string;
  text: Bilingual;
  /** Rule ids (or "duplicate") that, when already reported for the same two medicines, make this one redundant. */
  skipIf?: string[];
} & ({ kind: 'pair'; a: Selector; b: Selector } | { kind: 'condition'; a: Selector; conditions: ConditionId[] });

/** The medicine knowledge base, loaded and validated once. */
export interface MedicineCatalog {
  ingredients: ReadonlyMap<string, Ingredient>;
  products: ReadonlyMap<string, Product>;
  chronicGroups: ReadonlyMap<string, ChronicDrugGroup>;
  conditions: ReadonlyMap<ConditionId, ConditionGuidance>;
  combinationRules: readonly CombinationRule[];
  safetyTopics: readonly SafetyTopic[];
}
