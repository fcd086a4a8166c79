/**
 * English words as the emergency screen compares them: contractions spelled out (also typed without
 * the apostrophe: "cant breathe" is "can not breathe"), then Porter stems, so "breathing", "breathe"
 * and "breaths" are one word and a lexicon needs one form of each.
 */
import { StemmerEn } from '@nlpjs/lang-en';
import { expandContractions } from './classifier-text';

const stemmer = new StemmerEn();
const stemCache = new Map<string, string>();

export function stemWord(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\d/.test(word) ? word : stemmer.stemWord(word);
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

/**
 * "she's confused" is "she is confused", "he's been fine" is "he has been fine" (expandContractions
 * drops 's). Pronouns only: after a noun 's is usually possessive ("my baby's fever").
 */
const PRONOUN_S = /\b(he|she|it|that|there|what|who|where)['\u2019]s\b(\s+(?:been|got|had)\b)?/g;

export function normalizeEnglish(text: string): string {
  const spelled = text.replace(
    PRONOUN_S,
    (_, who: string, perfect?: string) => `${who} ${perfect ? 'has' : 'is'}${perfect ?? ''}`,
  );
  return (
    expandContractions(spelled)
      .replace(/\b(ca|do|does|did|is|are|was|were|has|have|had|would|could|should|wo|ai)nt\b/g, (_, v: string) => {
        const verb: Record<string, string> = { ca: 'can', wo: 'will', ai: 'is' };
        return `${verb[v] ?? v} not`;
      })
      .replace(/\bcannot\b/g, 'can not')
      // Dictated numbers: "38 point 5" is 38.5.
      .replace(/\b(\d+) point (\d)\b/g, '$1.$2')
  );
}

export interface Token {
  stem: string;
  start: number;
  end: number;
}

const WORD = /[a-z0-9]+(?:[-'][a-z0-9]+)*/g;

/** Words of an already normalised text, with their offsets. */
export function tokenizeEnglish(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ stem: stemWord(m[0].replace(/'/g, '')), start, end: start + m[0].length });
  }
  return out;
}
