/**
 * The SMS budget (conversation/reply-budget.ts): most answers arrive as one message of at most two
 * segments, ending "reply 1 for more"; the rest, asked for with "1", is sent whole (split by sms-split).
 * Long concatenated messages arrive split mid-thought or out of order on older handsets.
 */
import { say } from '../../core/messages';
import type { Lang } from '../../core/types';
import type { ReplyBudget } from '../../conversation/reply-budget';
import { segmentCount, withGsmLookalikes } from './sms-encoding';
import { SMS_TEXTS } from './sms-texts';

export const SMS_MAX_SEGMENTS = 2;

/** A reply the budget cut, as it is sent: its first part and how to get the rest. */
export function withMoreHint(text: string, lang: Lang): string {
  return `${text}\n${say(SMS_TEXTS.more, lang)}`;
}

export const smsBudget: ReplyBudget = {
  fits: (text, lang, part) =>
    part === 'more' || segmentCount(withGsmLookalikes(withMoreHint(text, lang))) <= SMS_MAX_SEGMENTS,
};
