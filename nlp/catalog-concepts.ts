/**
 * The classifier's medicine (#med) and condition (#cond) terms, taken from the medicine catalog
 * when the lexicon loads: the catalog is the one list of medicine and condition names, and a
 * test checks that the features and the catalog agree. Beside the names, a few words that name
 * nothing but are good hints ("胶囊", "chronic") are kept here, each list saying why.
 */
import { catalog } from '../knowledge/medicines/catalog';
import type { ConditionId, Names } from '../knowledge/medicines/types';
import { normalizeText } from './text/classifier-text';

interface Named {
  names: Names;
  misspellings?: string[];
}

/** As the featurisers see text: NFKC, lower case (泰诺林, tylenol, 维c银翘片). */
function termsOf(words: readonly string[]): string[] {
  return [...new Set(words.map(normalizeText))];
}

const namesOf = (e: Named): string[] => [...e.names.zh, ...e.names.en, ...(e.misspellings ?? [])];

/** Every medicine the catalog knows: products, categories (退烧药, cold medicine) and ingredients. */
export const MEDICINE_NAMES: readonly string[] = termsOf(
  [...catalog.products.values(), ...catalog.ingredients.values()].flatMap(namesOf),
);

/** Words that say "a medicine" without naming one: forms and kinds. The catalog names none of them. */
export const MEDICINE_WORDS: readonly string[] = [
  '糖浆',
  '混悬液',
  '滴剂',
  '胶囊',
  '颗粒',
  '冲剂',
  '药片',
  '中成药',
  '西药',
  '中药',
  'tablets',
  'capsules',
  'syrup',
  'lozenges',
  'decongestant',
  'decongestants',
];

/**
 * Catalog conditions that are no cue for a condition question: who someone is (a child, an older
 * person) comes up in every kind of question, and "alcohol" is as often the disinfectant.
 */
export const CONDITIONS_NOT_CUES: readonly ConditionId[] = ['child', 'elderly', 'alcohol'];

/** The catalog's condition words and the regular medicines that imply a condition (华法林, metformin). */
export const CONDITION_NAMES: readonly string[] = termsOf([
  ...[...catalog.conditions.values()]
    .filter((c) => !CONDITIONS_NOT_CUES.includes(c.id))
    .flatMap((c) => [...c.match.zh, ...c.match.en]),
  ...[...catalog.chronicGroups.values()].flatMap(namesOf),
]);

/**
 * Words that hint at a condition without being one of the catalog's condition words: parts of
 * them (肝, kidney: the catalog says 肝病, kidney disease) and general terms (慢性病, chronic).
 */
export const CONDITION_WORDS: readonly string[] = [
  '肝',
  '肾',
  '胃病',
  '支架',
  '怀着',
  '备孕',
  '坐月子',
  '慢性病',
  '基础病',
  '免疫力低',
  'nursing',
  'trimester',
  'hypertensive',
  'blood pressure',
  'kidney',
  'kidneys',
  'liver',
  'ulcer',
  'chronic',
  'immunocompromised',
];
