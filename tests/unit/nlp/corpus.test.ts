import { INTENTS, LANGS } from '../../../core/types';
import { loadCorpus } from '../../../nlp/corpus';
import { HELDOUT_PATH, readCases, readPublicCases } from '../../../nlp/eval/cases';

/** Compare texts the way the featurisers see them: case, spacing and punctuation do not count. */
const canonical = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const corpus = loadCorpus();
const heldout = readCases(HELDOUT_PATH);

function corpusTexts(): Set<string> {
  const texts = new Set<string>();
  for (const lang of LANGS) for (const intent of INTENTS) for (const t of corpus[lang][intent]) texts.add(canonical(t));
  return texts;
}

describe('training corpus', () => {
  it.each(LANGS)('has at least 50 phrasings for every intent in %s', (lang) => {
    for (const intent of INTENTS) expect([intent, corpus[lang][intent].length >= 50]).toEqual([intent, true]);
  });

  it('writes each language in its own script (Latin-only text never reaches the zh model)', () => {
    const han = /\p{Script=Han}/u;
    const misplaced = [
      ...INTENTS.flatMap((i) => corpus.zh[i].filter((t) => !han.test(t))),
      ...INTENTS.flatMap((i) => corpus.en[i].filter((t) => han.test(t))),
    ];
    expect(misplaced).toEqual([]);
  });

  it('never files the same phrasing under two intents', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const lang of LANGS) {
      for (const intent of INTENTS) {
        for (const text of corpus[lang][intent]) {
          const key = `${lang}:${canonical(text)}`;
          const other = seen.get(key);
          if (other !== undefined && other !== intent) clashes.push(`${text} (${other} / ${intent})`);
          seen.set(key, intent);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('held-out set', () => {
  it('has at least 15 cases per intent per language', () => {
    for (const lang of LANGS) {
      for (const intent of INTENTS) {
        const n = heldout.filter((c) => c.lang === lang && c.intent === intent).length;
        expect([lang, intent, n >= 15]).toEqual([lang, intent, true]);
      }
    }
  });

  it('shares no text with the training corpus', () => {
    const texts = corpusTexts();
    expect(heldout.filter((c) => texts.has(canonical(c.text))).map((c) => c.text)).toEqual([]);
  });

  it('does not train on the public example cases either', () => {
    const texts = corpusTexts();
    const publicCases = readPublicCases();
    expect(publicCases.filter((c) => texts.has(canonical(c.text))).map((c) => c.text)).toEqual([]);
  });
});
