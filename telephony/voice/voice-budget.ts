/**
 * The voice budget (conversation/reply-budget.ts): an answer speaks for about 25 seconds, then "press 1
 * to hear more, 0 for a person". Time is estimated from what the voice will say (speakable.ts) at the
 * line's slowed rate (90 %): Mandarin about 4 syllables a second (one per character or digit), English
 * about 2.3 words a second.
 */
import type { Lang } from '../../core/types';
import type { ReplyBudget } from '../../conversation/reply-budget';
import { speakable } from './speakable';

export const VOICE_MAX_SECONDS = 25;
const ZH_SYLLABLES_PER_SECOND = 4;
const EN_WORDS_PER_SECOND = 2.3;

export function spokenSeconds(text: string, lang: Lang): number {
  const said = speakable(text, lang);
  if (lang === 'zh') {
    const syllables = (said.match(/[\p{Script=Han}0-9]/gu) ?? []).length + (said.match(/[A-Za-z]+/g) ?? []).length;
    return syllables / ZH_SYLLABLES_PER_SECOND;
  }
  return said.split(/\s+/).filter(Boolean).length / EN_WORDS_PER_SECOND;
}

export const voiceBudget: ReplyBudget = {
  fits: (text, lang) => spokenSeconds(text, lang) <= VOICE_MAX_SECONDS,
};
