/**
 * Chinese featuriser for the intent classifier.
 *
 * NLP.js's Chinese support segments words by dictionary (CC-CEDICT) and costs ~1 s to load; on
 * hotline phrasings it scored 63 %, and 78 % with character unigrams + bigrams (NOTES.md).
 * Callers' transcripts are unsegmented, colloquial and full of homophone slips, where a
 * dictionary segmenter guesses wrong and n-grams degrade gracefully. So a text becomes:
 *  - character unigrams and bigrams within each run of Han characters,
 *  - Latin words kept whole and lower-cased ("spo2", "tylenol"),
 *  - numbers as one "#num" feature (the value matters to entities, not to the intent),
 *  - concept and pattern features from markers.ts ("#med", "#ticket", "#temp"…).
 */
import { applyAliases, markerFeatures } from './markers';
import { expandContractions, normalizeText } from './text/classifier-text';

/** Bump whenever the features a text produces change: stored models are keyed by it. */
export const ZH_TOKENIZER_VERSION = 'zh-4';

const RUN_RE = /(\p{Script=Han}+)|([a-z][a-z0-9]*)|(\d+(?:\.\d+)?)/gu;

function hanNgrams(run: string, out: string[]): void {
  const chars = Array.from(run);
  for (let i = 0; i < chars.length; i += 1) {
    out.push(chars[i]);
    if (i + 1 < chars.length) out.push(chars[i] + chars[i + 1]);
  }
}

/** Text → features (may repeat; the classifier treats them as a set). */
export function tokenizeZh(text: string): string[] {
  const norm = applyAliases(expandContractions(normalizeText(text)));
  const out = markerFeatures(norm);
  for (const m of norm.matchAll(RUN_RE)) {
    if (m[1] !== undefined) hanNgrams(m[1], out);
    else if (m[2] !== undefined) out.push(m[2]);
    else out.push('#num');
  }
  return out;
}
