import type { Entities, Facts, IntentId, Lang, PendingQuestion, Screening, TurnContext } from '../../../core/types';
import { findMedicines } from '../../../nlp/entities/medicines';

/** Builds a TurnContext the way the engine would, with entities given by hand. */
export interface CtxOptions {
  lang?: Lang;
  intent?: IntentId;
  entities?: Entities;
  facts?: Facts;
  answering?: PendingQuestion;
  now?: Date;
  screening?: Screening;
}

export const NOW = new Date('2022-12-27T02:00:00Z'); // Tuesday 10:00 in Hangzhou

export function makeCtx(text: string, options: CtxOptions = {}): TurnContext {
  const lang = options.lang ?? (/[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en');
  return {
    text,
    lang,
    intent: options.intent ?? 'medication.combination',
    entities: { medicines: findMedicines(text), ...options.entities },
    screening: options.screening ?? { triage: 'none', reasons: [] },
    state: { facts: options.facts ?? {}, pending: options.answering },
    now: options.now ?? NOW,
    emergencyNumber: '120',
    answering: options.answering,
  };
}
