/**
 * English featuriser for the intent classifier: lower-cased words reduced by NLP.js's English
 * stemmer ("isolating" and "isolation" → "isol"), adjacent-word pairs so that "how long",
 * "go out" and "at the same time" count as more than their common words, numbers as "#num",
 * and the concept/pattern features of markers.ts.
 */
import { StemmerEn } from '@nlpjs/lang-en';
import { applyAliases, markerFeatures } from './markers';
import { expandContractions, normalizeText } from './text/classifier-text';

/** Bump whenever the features a text produces change: stored models are keyed by it. */
export const EN_TOKENIZER_VERSION = 'en-5';

const WORD_RE = /[a-z][a-z0-9]*|\d+(?:\.\d+)?/g;
const stemmer = new StemmerEn();

function wordFeature(word: string): string {
  return /^\d/.test(word) ? '#num' : stemmer.stemWord(word);
}

/** Text → features (may repeat; the classifier treats them as a set). */
export function tokenizeEn(text: string): string[] {
  const norm = applyAliases(expandContractions(normalizeText(text)));
  const out = markerFeatures(norm);
  const words = (norm.match(WORD_RE) ?? []).map(wordFeature);
  for (let i = 0; i < words.length; i += 1) {
    out.push(words[i]);
    if (i + 1 < words.length) out.push(`${words[i]}_${words[i + 1]}`);
  }
  return out;
}
