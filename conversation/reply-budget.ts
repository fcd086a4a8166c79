/**
 * How long a reply may be on a channel, and where it is cut when it is longer. A channel that has a
 * budget (SMS: two segments; voice: about 25 seconds spoken) gets the first sentences that fit and
 * "reply 1 for more"; "1" then gives the rest. Emergency replies are never cut (the engine checks),
 * and an urgent header (what to do today, when to call 120) always stays whole in the first part.
 */
import type { Channel, Lang } from '../core/types';

export interface ReplyBudget {
  /**
   * Whether `text` fits this channel's budget. `part` is "first" for a reply and "more" for the rest
   * asked for with "1" (SMS sends the rest whole; voice cuts it again).
   */
  fits(text: string, lang: Lang, part: 'first' | 'more'): boolean;
}

export type ReplyBudgets = Partial<Record<Channel, ReplyBudget>>;

export interface Cut {
  now: string;
  rest: string;
}

/** After Chinese and English sentence ends, semicolons and line breaks (a closing bracket or quote stays). */
const SENTENCE_END = /(?<=[。！？!?；;\n])(?![」』”’）)\]])|(?<=[.])(?=\s)/;
const CLAUSE_END = /(?<=[，,、：:])/;
/** A rest shorter than this is sent with the reply: "reply 1 for more" would cost as much. */
const MIN_REST = 12;

/**
 * The longest run of whole sentences from the start that fits (a first sentence too long for the
 * budget is cut at a comma); `keep` characters from the start are never split. Undefined: send it whole.
 */
export function cutToBudget(text: string, fits: (s: string) => boolean, keep = 0): Cut | undefined {
  if (fits(text)) return undefined;
  const head = text.slice(0, keep);
  const units = unitsOf(text.slice(keep), fits);
  let now = head;
  let taken = 0;
  while (taken < units.length && fits((now + units[taken]!).trim())) now += units[taken++]!;
  const rest = units.slice(taken).join('').trim();
  if (!now.trim() || (taken === 0 && !head.trim()) || [...rest].length < MIN_REST) return undefined;
  return { now: now.trim(), rest };
}

function unitsOf(text: string, fits: (s: string) => boolean): string[] {
  const sentences = text.split(SENTENCE_END).filter((s) => s !== '');
  const [first, ...others] = sentences;
  if (first === undefined || fits(first.trim())) return sentences;
  return [...first.split(CLAUSE_END), ...others];
}
