import { catalog } from '../../../knowledge/medicines/catalog';
import { findMedicines } from '../../../nlp/entities/medicines';
import { featurize } from '../../../nlp/features';
import { ALIASES, CONCEPTS, type ConceptId } from '../../../nlp/lexicon';
import {
  CONDITION_NAMES,
  CONDITION_WORDS,
  CONDITIONS_NOT_CUES,
  MEDICINE_NAMES,
  MEDICINE_WORDS,
} from '../../../nlp/catalog-concepts';
import { normalizeText } from '../../../nlp/text/classifier-text';

/**
 * The classifier's medicine and condition features come from the catalog: every name the catalog
 * has is a feature, and every medicine name a feature knows is one the catalog has.
 */
type Named = { names: { zh: string[]; en: string[] }; misspellings?: string[] };
const namesOf = (e: Named): string[] => [...e.names.zh, ...e.names.en, ...(e.misspellings ?? [])];
const hasHan = (t: string): boolean => /\p{Script=Han}/u.test(t);
const features = (t: string): string[] => featurize(t, hasHan(t) ? 'zh' : 'en');

const medicineNames = [...catalog.products.values(), ...catalog.ingredients.values()].flatMap(namesOf);
const chronicNames = [...catalog.chronicGroups.values()].flatMap(namesOf);
const conditionWords = [...catalog.conditions.values()]
  .filter((c) => !CONDITIONS_NOT_CUES.includes(c.id))
  .flatMap((c) => [...c.match.zh, ...c.match.en]);

describe('medicine features and the catalog agree', () => {
  it.each(medicineNames)('catalog medicine %p gives #med', (name) => {
    expect(features(name)).toContain('#med');
  });

  it('knows no medicine name the catalog does not have', () => {
    const unknown = CONCEPTS.med.filter((t) => !MEDICINE_WORDS.includes(t) && findMedicines(t).length === 0);
    expect(unknown).toEqual([]);
    expect(new Set(MEDICINE_NAMES)).toEqual(new Set(medicineNames.map(normalizeText)));
  });

  it('keeps only words that name no medicine (forms, kinds) beside the catalog names', () => {
    expect(MEDICINE_WORDS.filter((w) => findMedicines(w).length > 0)).toEqual([]);
  });

  it('has no medicine names in the other concepts (regular medicines belong to #cond)', () => {
    const others = (Object.keys(CONCEPTS) as ConceptId[]).filter((id) => id !== 'med' && id !== 'cond');
    const named = others.flatMap((id) =>
      CONCEPTS[id].filter((t) => findMedicines(t).length > 0).map((t) => `${id}: ${t}`),
    );
    expect(named).toEqual([]);
  });

  it('folds only misspellings the catalog has, each to a name of the same medicine', () => {
    const wrong = ALIASES.filter(([, to]) => findMedicines(to).length > 0)
      .filter(([from, to]) => findMedicines(from).join() !== findMedicines(to).join())
      .map(([from, to]) => `${from} → ${to}`);
    expect(wrong).toEqual([]);
  });
});

describe('condition features and the catalog agree', () => {
  it.each([...conditionWords, ...chronicNames])('catalog condition word or regular medicine %p gives #cond', (word) => {
    expect(features(word)).toContain('#cond');
  });

  it('takes its condition words and regular medicines from the catalog', () => {
    expect(new Set(CONDITION_NAMES)).toEqual(new Set([...conditionWords, ...chronicNames].map(normalizeText)));
    expect(CONCEPTS.cond).toEqual([...CONDITION_NAMES, ...CONDITION_WORDS]);
  });

  it('adds only hints that are neither a catalog condition word nor a medicine', () => {
    const catalogWords = new Set(conditionWords.map(normalizeText));
    expect(CONDITION_WORDS.filter((w) => catalogWords.has(w) || findMedicines(w).length > 0)).toEqual([]);
  });
});
