import { catalog } from '../../knowledge/medicines/catalog';
import { createPhraseMatcher, type PhraseMatch } from '../text/phrase-matcher';
import type { Names } from '../../knowledge/medicines/types';

/**
 * Medicine names in a message → knowledge-base ids (products, categories, ingredients and chronic
 * drug groups), in order of appearance. Built once at import; matching is a trie walk per character.
 */
interface Named {
  id: string;
  names: Names;
  misspellings?: string[];
}

function phrasesOf(entry: Named): string[] {
  return [...entry.names.zh, ...entry.names.en, ...(entry.misspellings ?? [])];
}

// Products come first so that a brand spelled like an ingredient resolves to the product.
const matcher = createPhraseMatcher(
  [...catalog.products.values(), ...catalog.ingredients.values(), ...catalog.chronicGroups.values()].map(
    (entry: Named) => ({ id: entry.id, phrases: phrasesOf(entry) }),
  ),
);

export function findMedicines(text: string): string[] {
  return matcher.ids(text);
}

/** Where each medicine was found, for telling recognised names from unknown ones. */
export function findMedicineSpans(text: string): PhraseMatch[] {
  return matcher.matchAll(text);
}
