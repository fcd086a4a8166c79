/**
 * The training corpus: one reviewable JSON file per language, `{ lang, intents: { id: [..] } }`.
 * Validated on load so a typo in an intent id fails loudly instead of training a dead intent.
 */
import { INTENTS, LANGS, type ClassifierIntent, type Lang } from '../../core/types';
import en from './en.json';
import zh from './zh.json';

export type IntentPhrases = Record<ClassifierIntent, readonly string[]>;
export type Corpus = Record<Lang, IntentPhrases>;

/** Fewer phrasings than this cannot teach an intent; the corpus aims for 50+. */
export const MIN_PHRASES_PER_INTENT = 20;

interface CorpusFile {
  lang: string;
  intents: Record<string, unknown>;
}

function validate(file: CorpusFile, lang: Lang): IntentPhrases {
  if (file.lang !== lang) throw new Error(`corpus ${lang}.json declares lang "${file.lang}"`);
  const unknown = Object.keys(file.intents).filter((id) => !(INTENTS as readonly string[]).includes(id));
  if (unknown.length > 0) throw new Error(`corpus ${lang}.json: unknown intents ${unknown.join(', ')}`);
  const out = {} as Record<ClassifierIntent, readonly string[]>;
  for (const intent of INTENTS) {
    const phrases = file.intents[intent];
    if (!Array.isArray(phrases) || phrases.some((p) => typeof p !== 'string' || p.trim() === '')) {
      throw new Error(`corpus ${lang}.json: "${intent}" must be a list of non-empty strings`);
    }
    if (phrases.length < MIN_PHRASES_PER_INTENT) {
      throw new Error(
        `corpus ${lang}.json: "${intent}" has ${phrases.length} phrases, needs ${MIN_PHRASES_PER_INTENT}`,
      );
    }
    out[intent] = phrases as string[];
  }
  return out;
}

/** The corpus shipped with the code, validated. */
export function loadCorpus(): Corpus {
  const files: Record<Lang, CorpusFile> = { zh, en };
  const corpus = {} as Corpus;
  for (const lang of LANGS) corpus[lang] = validate(files[lang], lang);
  return corpus;
}
