/**
 * The small part of NLP.js 4.27 (untyped JavaScript) that nlpjs-classifier.ts uses.
 * Only that file may import these modules: NLP.js stays behind IntentClassifier.
 */
declare module '@nlpjs/lang-en' {
  export class StemmerEn {
    stemWord(word: string): string;
  }
}

declare module '@nlpjs/nlp' {
  export interface NlpContainer {
    register(name: string, item: unknown, isSingleton?: boolean): void;
  }

  export interface NeuralNetworkLike {
    /** Clamped outputs per intent (and 'None'): 0 for a non-positive pre-activation. */
    run(features: Record<string, number>): Record<string, number> | undefined;
    /** The weights one intent gives the known features of an input, and its bias. */
    explain(features: Record<string, number>, intent: string): { weights?: Record<string, number>; bias?: number };
  }

  /** One trained domain of one locale (NLP.js's NeuralNlu). */
  export interface NeuralNluLike {
    features?: Record<string, number>;
    intentFeatures?: Record<string, Record<string, number>>;
    neuralNetwork?: NeuralNetworkLike;
    settings: Record<string, unknown>;
    textToFeatures(input: NluInput): NluInput;
    filterNonActivated(input: NluInput): NluInput;
    normalizeClassifications(input: NluInput): NluInput;
  }

  export interface NluInput {
    locale: string;
    text: string;
    settings: Record<string, unknown>;
    tokens: Record<string, number>;
    classifications?: Array<{ intent: string; score: number }>;
  }

  export interface DomainManagerLike {
    domains: Record<string, NeuralNluLike | undefined>;
  }

  /** Nlp.toJSON(): only the parts we rewrite before saving are typed. */
  export interface NlpJson {
    nluManager: {
      extraSentences: unknown[];
      domainManagers: Record<string, { sentences: unknown[]; stemDict: Record<string, unknown> }>;
    };
    [part: string]: unknown;
  }

  export class Nlp {
    constructor(settings?: Record<string, unknown>);
    container: NlpContainer;
    nluManager: { domainManagers: Record<string, DomainManagerLike | undefined> };
    useNlu(className: string, locale: string | string[], domain?: string, settings?: Record<string, unknown>): void;
    addLanguage(locales: string | string[]): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    toJSON(): NlpJson;
    import(data: string): void;
  }
}
