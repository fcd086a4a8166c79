/** The steps where the caller is asked something: the main menu, "say your question", an answer. */
import { say } from '../../core/messages';
import { renderReply } from '../../conversation/output';
import type { Choice, Lang } from '../../core/types';
import { gatherTwiml, type Line } from './speech.twiml';
import { answerUrl, askUrl, menuUrl, type StepRef } from './voice-paths';
import { VOICE_TEXTS } from './voice-texts';

export type Topic = 'medicine' | 'isolation' | 'help';

const OTHER: Record<Lang, Lang> = { zh: 'en', en: 'zh' };
const ASK = {
  medicine: VOICE_TEXTS.askMedicine,
  isolation: VOICE_TEXTS.askIsolation,
  help: VOICE_TEXTS.askHelp,
} as const;

/** Main menu: four options, "*" to repeat, 9 for the other language (said in that language's voice). */
export function menuTwiml(
  lang: Lang,
  next: StepRef,
  options: { greeting?: boolean; simpler?: boolean; emergency?: string } = {},
): string {
  if (options.simpler) return gatherTwiml(menuUrl(next), lang, [{ text: say(VOICE_TEXTS.menuSimple, lang), lang }]);
  const welcome = say(VOICE_TEXTS.welcome, lang, { emergency: options.emergency ?? '120' });
  const lines: Line[] = [
    ...(options.greeting ? [{ text: welcome, lang }] : []),
    { text: say(VOICE_TEXTS.menu, lang), lang },
    { text: say(VOICE_TEXTS.otherLanguage, lang), lang: OTHER[lang] },
  ];
  return gatherTwiml(menuUrl(next), lang, lines);
}

export function askSpeech(lang: Lang, topic: Topic | undefined, simpler = false): string {
  if (simpler) return say(VOICE_TEXTS.askSimple, lang);
  return say(topic ? ASK[topic] : VOICE_TEXTS.askAnother, lang);
}

/** "Say your question": speech goes to the conversation engine. */
export function askTwiml(lang: Lang, next: StepRef, speech: string): string {
  return gatherTwiml(askUrl(next), lang, [{ text: speech, lang }]);
}

/**
 * What the caller hears after the engine answered: the answer, then either the reply's own
 * choices as keys (a <Gather> menu instead of numbered lines) or "* repeat, 1 another, 0 a person".
 */
export function answerSpeech(text: string, lang: Lang, choices: readonly Choice[] = [], more = false): string {
  const spoken = text.replace(/\s*\n+\s*/g, ' ').trim();
  // Cut to the voice budget: 1 is the rest (the engine answers "1"), 0 a person.
  if (more) return `${spoken} ${say(VOICE_TEXTS.moreKeys, lang)}`;
  if (!choices.length) return `${spoken} ${say(VOICE_TEXTS.afterAnswer, lang)}`;
  return renderReply({ text: spoken, choices: [...choices], lang }, 'spoken-keys').text;
}

export function answerTwiml(lang: Lang, next: StepRef, speech: string, hasChoices: boolean): string {
  return gatherTwiml(answerUrl(next, hasChoices), lang, [{ text: speech, lang }]);
}
