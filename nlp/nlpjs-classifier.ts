/**
 * IntentClassifier over NLP.js 4.27 (@nlpjs/basic's `Nlp` and English stemmer).
 *
 * NLP.js trains one neural domain per locale ('zh', 'en', passed explicitly: its language
 * guesser took "我的SpO2是92%" for English) using our featurisers as the locale's tokenizer.
 * Its `process()` is async and also runs NER, sentiment and a per-text cache that only empties
 * hourly, none of which we want on every turn. `classify()` therefore replays the synchronous steps of
 * NLP.js's own process pipeline (textToFeatures → network → filterNonActivated → normalise) on
 * the trained domain. Those internals are pinned with the version; the unit tests cover them.
 *
 * We import `@nlpjs/nlp` and `@nlpjs/lang-en` (the modules @nlpjs/basic re-exports, installed
 * with it) rather than `@nlpjs/basic` itself: its index also loads @nlpjs/logger, which builds
 * a pino 7 logger at require time and prints a deprecation warning in every process.
 */
import { Nlp, type NeuralNetworkLike, type NeuralNluLike, type NlpJson, type NluInput } from '@nlpjs/nlp';
import { INTENTS, LANGS, type Classification, type IntentId, type IntentScore, type Lang } from '../core/types';
import type { IntentClassifier } from '../core/understanding';
import type { Corpus } from './corpus';
import { featurize } from './features';
import { modelLangFor } from './lang';
import { readDialect } from './text/dialect';
import { toSimplified } from './text/script';

/** NLP.js puts every utterance of a locale into this domain when domains are not used. */
const DOMAIN = 'master_domain';
/** NLP.js's name for "nothing matched"; ours is `fallback`. */
const NLPJS_NONE = 'None';
const MAX_ALTERNATIVES = 3;

/**
 * Settings of NLP.js's per-intent perceptrons. Weights start at zero and the corpus is read
 * in file order, so training is deterministic: the same corpus gives the same model.
 */
export const NEURAL_SETTINGS = {
  log: false,
  iterations: 20000,
  errorThresh: 0.00005,
  deltaErrorThresh: 0.000001,
  learningRate: 0.3,
  momentum: 0.5,
  alpha: 0.02,
} as const;

/**
 * Words the model never saw add weight to NLP.js's "None" output; that output is folded into
 * `fallback`, so text made mostly of unknown words leans out of scope rather than towards
 * whichever medical intent shares its one known word.
 */
const USE_NONE_FEATURE = true;
const PROCESS_SETTINGS: Record<string, unknown> = { useNoneFeature: USE_NONE_FEATURE };

function createNlp(): Nlp {
  const nlp = new Nlp({
    autoLoad: false,
    autoSave: false,
    calculateSentiment: false,
    nlu: { log: false, useNoneFeature: USE_NONE_FEATURE },
  });
  for (const lang of LANGS) {
    // Our featuriser does normalisation, tokenizing and stemming in one step.
    nlp.container.register(`normalizer-${lang}`, { normalize: (text: string) => text }, true);
    nlp.container.register(`tokenizer-${lang}`, { tokenize: (text: string) => featurize(text, lang) }, true);
    nlp.container.register(`stemmer-${lang}`, { stem: (tokens: string[]) => tokens }, true);
  }
  nlp.useNlu('NeuralNlu', [...LANGS], undefined, { ...NEURAL_SETTINGS });
  nlp.addLanguage([...LANGS]);
  return nlp;
}

function isIntentId(name: string): name is IntentId {
  return (INTENTS as readonly string[]).includes(name);
}

type Scores = ReadonlyArray<{ intent: string; score: number }>;

/** Nothing the model knows (empty text, punctuation): out of scope, and unsure about it. */
function unsureFallback(): Classification {
  return { intent: 'fallback', score: 0, alternatives: [] };
}

/** NLP.js scores → our Classification: None folded into fallback, best first. */
function toClassification(scores: Scores): Classification {
  const byIntent = new Map<IntentId, number>();
  for (const { intent, score } of scores) {
    const id: string = intent === NLPJS_NONE ? 'fallback' : intent;
    if (isIntentId(id)) byIntent.set(id, (byIntent.get(id) ?? 0) + score);
  }
  const [best, ...rest]: IntentScore[] = [...byIntent.entries()]
    .map(([intent, score]) => ({ intent, score }))
    .sort((a, b) => b.score - a.score);
  if (best === undefined) return unsureFallback();
  return {
    intent: best.intent,
    score: best.score,
    alternatives: rest.filter((a) => a.score > 0).slice(0, MAX_ALTERNATIVES),
  };
}

/**
 * The intent whose perceptron comes closest to firing, for inputs where none fires. NLP.js
 * would answer None there, throwing away a ranking that is usually right (e.g. a reworded
 * dose question whose words each also occur in other medication intents). It is returned with
 * score 0, so it always stays below LOW_CONFIDENCE: a best guess to clarify, not an answer.
 */
function bestPreActivation(
  network: NeuralNetworkLike,
  tokens: Record<string, number>,
  intents: readonly string[],
): Scores {
  let best: { intent: string; sum: number } | null = null;
  for (const intent of intents) {
    const { weights = {}, bias = 0 } = network.explain(tokens, intent);
    const sum = Object.entries(weights).reduce((acc, [feature, w]) => acc + w * (tokens[feature] ?? 0), bias);
    if (best === null || sum > best.sum) best = { intent, sum };
  }
  return best === null ? [] : [{ intent: best.intent, score: 0 }];
}

function featureSet(text: string, lang: Lang): Record<string, number> {
  const tokens: Record<string, number> = {};
  for (const feature of featurize(text, lang)) tokens[feature] = 1;
  return tokens;
}

/**
 * NLP.js's own process steps after featurising, minus convertToArray: after import() that
 * step forgets the None output, so a loaded model would score differently from the one just
 * trained. Returns the intents that fired, normalised; or the best guess when none did.
 */
function networkScores(domain: NeuralNluLike, input: NluInput): Scores {
  const network = domain.neuralNetwork as NeuralNetworkLike;
  const outputs = network.run(input.tokens) ?? {};
  input.classifications = Object.entries(outputs)
    .filter(([, score]) => score > 0)
    .map(([intent, score]) => ({ intent, score }));
  domain.filterNonActivated(input); // zeroes intents that share no feature with the text
  domain.normalizeClassifications(input); // squares, then divides by the sum
  const fired = (input.classifications ?? []).filter((c) => c.score > 0);
  return fired.length > 0 ? fired : bestPreActivation(network, input.tokens, Object.keys(outputs));
}

/**
 * Drops what only training and NLP.js's own process() use: the training sentences (kept
 * twice, for its exact-match shortcut and its language guesser). classify() needs neither.
 * Reassigns rather than clears: toJSON() hands out live references to those arrays.
 */
function dropTrainingSentences(model: NlpJson): NlpJson {
  model.nluManager.extraSentences = [];
  for (const manager of Object.values(model.nluManager.domainManagers)) {
    manager.sentences = [];
    manager.stemDict = {};
  }
  return model;
}

/**
 * Network weights are float32; JSON.stringify would print each with 17 digits. Nine
 * significant digits give back the same float32, so this shrinks the file without changing
 * the model (biases are float64 and move by less than 1e-8 relative).
 */
function compactNumber(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(9)) : value;
}

export class NlpJsClassifier implements IntentClassifier {
  private readonly domains: Record<Lang, NeuralNluLike>;

  private constructor(private readonly nlp: Nlp) {
    this.domains = {} as Record<Lang, NeuralNluLike>;
    for (const lang of LANGS) {
      const domain = nlp.nluManager.domainManagers[lang]?.domains[DOMAIN];
      if (domain?.neuralNetwork === undefined) throw new Error(`NLP.js model has no trained '${lang}' domain`);
      this.domains[lang] = domain;
    }
  }

  /** Trains both languages on the corpus (seconds; see scripts/eval-intents.ts). */
  static async train(corpus: Corpus): Promise<NlpJsClassifier> {
    const nlp = createNlp();
    for (const lang of LANGS) {
      for (const intent of INTENTS) {
        for (const text of corpus[lang][intent]) nlp.addDocument(lang, text, intent);
      }
    }
    await nlp.train();
    return new NlpJsClassifier(nlp);
  }

  /** Restores a model written by `toJSON()`. Throws on a malformed or incomplete model. */
  static fromJSON(json: string): NlpJsClassifier {
    const nlp = createNlp();
    nlp.import(json);
    return new NlpJsClassifier(nlp);
  }

  toJSON(): string {
    return JSON.stringify(dropTrainingSentences(this.nlp.toJSON()), compactNumber);
  }

  classify(original: string, lang: Lang): Classification {
    const modelLang = modelLangFor(original, lang);
    // Traditional characters and Cantonese function words ("可唔可以", "咗") read as the corpus is written,
    // as the emergency screen reads them (nlp/text/reading.ts).
    const text = modelLang === 'zh' ? readDialect(toSimplified(original)) : original;
    const domain = this.domains[modelLang];
    const input: NluInput = {
      locale: modelLang,
      text,
      settings: PROCESS_SETTINGS,
      tokens: featureSet(text, modelLang),
    };
    domain.textToFeatures(input); // keeps known features, adds NLP.js's "nonefeature" for unknown ones
    if (Object.keys(input.tokens).length === 0) return unsureFallback();
    return toClassification(networkScores(domain, input));
  }
}
