import type { Classification, Entities, Facts, Lang, Screening } from './types';

/** The intent classifier, as the engine sees it (nlp/ implements it). */
export interface IntentClassifier {
  classify(text: string, lang: Lang): Classification;
}

/** Everything the engine needs to understand one message; each part is pure and synchronous. */
export interface Understanding {
  classifier: IntentClassifier;
  /** Below this classifier score the engine asks instead of guessing. */
  lowConfidence: number;
  detectLang(text: string): Lang;
  extractEntities(text: string, lang: Lang, now: Date): Entities;
  findMedicines(text: string): string[];
  screen(input: { text: string; lang: Lang; entities: Entities; facts?: Facts }): Screening;
  emergencyAdvice(reasons: Screening['reasons'], lang: Lang, emergencyNumber: string): string;
  urgentAdvice(reasons: Screening['reasons'], lang: Lang, emergencyNumber: string): string;
}
