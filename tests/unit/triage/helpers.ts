import type { Facts, Lang, Screening, Triage } from '../../../core/types';
import { extractEntities } from '../../../nlp/entities';
import { screenCase } from '../../../scripts/eval-screen';
import { screenMessage } from '../../../triage';

export const NOW = new Date('2023-01-05T10:00:00+08:00');

/** A message with Chinese characters is Chinese; anything else English. */
export const langOf = (text: string): Lang => (/[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en');

/** The last message screened after the earlier ones, as the engine remembers them (eval-screen's screenCase). */
export function inConversation(...turns: string[]): Triage {
  const text = turns[turns.length - 1];
  return screenCase({ id: 't', lang: langOf(text), text, history: turns.slice(0, -1), expected: 'none' }).triage;
}

/** Screens a message the way the conversation engine does: entities first, then the screen. */
export function screen(text: string, facts?: Facts): Screening {
  const lang = langOf(text);
  return screenMessage({ text, lang, entities: extractEntities(text, lang, NOW), facts });
}

/** The same, at a given time (for what the conversation remembers). */
export function screenAt(text: string, facts: Facts, now: Date): Screening {
  const lang = langOf(text);
  return screenMessage({ text, lang, entities: extractEntities(text, lang, now), facts, now });
}

export function ruleIds(text: string, facts?: Facts): string[] {
  return screen(text, facts).reasons.map((r) => r.ruleId);
}
