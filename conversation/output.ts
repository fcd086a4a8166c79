/**
 * How a reply's choices reach the person, decided in one place for every channel (as Rasa's
 * OutputChannel does): a channel says what it can show, and the choices degrade to that.
 *
 * - `buttons`: the channel shows choices itself (Web Chat suggested actions, Bot Framework); the text stays as it is.
 * - `numbered-lines`: SMS and the plain chat API: "1. …" lines under the text, answered with the digit.
 * - `spoken-keys`: voice: "for …, press 1" after the spoken text, answered with a key inside a <Gather>.
 */
import { say } from '../core/messages';
import type { Bilingual, Choice, Lang, Reply } from '../core/types';

export type ChoiceStyle = 'buttons' | 'numbered-lines' | 'spoken-keys';

export interface RenderedReply {
  /** The text to show or speak, with the choices written in when the channel cannot show them. */
  text: string;
  /** Choices the channel shows itself (`buttons`), else empty. */
  buttons: readonly Choice[];
}

const CHOICE_LINE: Record<Exclude<ChoiceStyle, 'buttons'>, Bilingual> = {
  'numbered-lines': { zh: '{id}. {label}', en: '{id}. {label}' },
  'spoken-keys': { zh: '{label}，请按{id}。', en: 'For {label}, press {id}.' },
};

const CHOICE_HINT: Record<Exclude<ChoiceStyle, 'buttons'>, Bilingual> = {
  'numbered-lines': { zh: '请回复数字。', en: 'Reply with a number.' },
  'spoken-keys': { zh: '再听一遍请按星号键。', en: 'To hear this again press star.' },
};

const SEPARATOR: Record<Exclude<ChoiceStyle, 'buttons'>, string> = { 'numbered-lines': '\n', 'spoken-keys': ' ' };

export function renderReply(reply: Pick<Reply, 'text' | 'choices' | 'lang'>, style: ChoiceStyle): RenderedReply {
  const choices = reply.choices ?? [];
  if (!choices.length) return { text: reply.text, buttons: [] };
  if (style === 'buttons') return { text: reply.text, buttons: choices };
  return { text: writeChoices(reply.text, choices, reply.lang, style), buttons: [] };
}

function writeChoices(
  text: string,
  choices: readonly Choice[],
  lang: Lang,
  style: Exclude<ChoiceStyle, 'buttons'>,
): string {
  const lines = choices.map((c) => say(CHOICE_LINE[style], lang, { id: c.id, label: c.label }));
  return [text, ...lines, say(CHOICE_HINT[style], lang)].join(SEPARATOR[style]);
}

/** Plain-text channels (SMS, the chat API): choices as numbered lines. */
export function renderPlainText(reply: Pick<Reply, 'text' | 'choices' | 'lang'>): string {
  return renderReply(reply, 'numbered-lines').text;
}
