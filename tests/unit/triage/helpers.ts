import type { Facts, Lang, Screening } from '../../../core/types';
import { extractEntities } from '../../../nlp/entities';
import { screenMessage } from '../../../triage';

export const NOW = new Date('2023-01-05T10:00:00+08:00');

/** Screens a message the way the conversation engine does: entities first, then the screen. */
export function screen(text: string, facts?: Facts): Screening {
  const lang: Lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
  return screenMessage({ text, lang, entities: extractEntities(text, lang, NOW), facts });
}

/** The same, at a given time (for what the conversation remembers). */
export function screenAt(text: string, facts: Facts, now: Date): Screening {
  const lang: Lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
  return screenMessage({ text, lang, entities: extractEntities(text, lang, now), facts, now });
}

export function ruleIds(text: string, facts?: Facts): string[] {
  return screen(text, facts).reasons.map((r) => r.ruleId);
}
