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

/** A call button shown apart from the text: the emergency number when the reply says to call it. */
export interface CallAction {
  /** One line above the button, e.g. "危及生命，请立即拨打120". */
  title: string;
  /** The button's label, e.g. "拨打 120". */
  label: string;
  /** `tel:` URI of the number. */
  uri: string;
}

/** What a channel with buttons and cards (Web Chat, Bot Framework) shows for one reply. */
export interface RichReply extends RenderedReply {
  /** Set when the reply's action is `call_emergency`. */
  call?: CallAction;
}

const CALL_TITLE: Bilingual = { zh: '危及生命，请立即拨打{number}', en: 'Life-threatening: call {number} now' };
const CALL_LABEL: Bilingual = { zh: '拨打 {number}', en: 'Call {number}' };
const TICKET_LINE: Bilingual = {
  zh: '服务单号：{id}，状态：{status}。',
  en: 'Request number: {id}, status: {status}.',
};
const TICKET_STATUS: Record<string, Bilingual> = {
  new: { zh: '已受理', en: 'received' },
  assigned: { zh: '已分派', en: 'assigned' },
  in_progress: { zh: '处理中', en: 'in progress' },
  resolved: { zh: '已解决', en: 'resolved' },
  closed: { zh: '已关闭', en: 'closed' },
  cancelled: { zh: '已取消', en: 'cancelled' },
};

export function renderRich(
  reply: Pick<Reply, 'text' | 'choices' | 'lang' | 'action' | 'ticket'>,
  emergencyNumber: string,
): RichReply {
  const { buttons } = renderReply(reply, 'buttons');
  const rendered: RichReply = { text: withTicket(reply), buttons };
  if (reply.action !== 'call_emergency') return rendered;
  const vars = { number: emergencyNumber };
  return {
    ...rendered,
    call: {
      title: say(CALL_TITLE, reply.lang, vars),
      label: say(CALL_LABEL, reply.lang, vars),
      uri: `tel:${emergencyNumber}`,
    },
  };
}

/** A ticket the turn created or looked up is named in the text, unless the text names it already. */
function withTicket({ text, ticket, lang }: Pick<Reply, 'text' | 'ticket' | 'lang'>): string {
  if (!ticket || text.includes(ticket.id)) return text;
  const status = TICKET_STATUS[ticket.status] ? say(TICKET_STATUS[ticket.status], lang) : ticket.status;
  return `${text}\n${say(TICKET_LINE, lang, { id: ticket.id, status })}`;
}
