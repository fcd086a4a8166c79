/**
 * Carrier keywords an SMS line must honour. They are matched on the whole message only
 * ("stop" yes, "stop the fever" no), as carriers and Twilio do, and never reach the engine.
 */
import type { Lang } from '../../core/types';

export type KeywordKind = 'stop' | 'start' | 'help';

export interface SmsKeyword {
  kind: KeywordKind;
  lang: Lang;
  /**
   * Twilio's own opt-out handling answers these itself (and would reject any reply of ours to a
   * number that just opted out), so the webhook answers them with an empty <Response/>.
   */
  answeredByTwilio: boolean;
  /** Also an ordinary answer ("yes" to a question): a keyword only for a number that opted out. */
  onlyWhenOptedOut?: boolean;
}

const KEYWORDS: Record<string, SmsKeyword> = {};

function define(
  kind: KeywordKind,
  lang: Lang,
  answeredByTwilio: boolean,
  words: string[],
  onlyWhenOptedOut = false,
): void {
  for (const w of words)
    KEYWORDS[w] = { kind, lang, answeredByTwilio, ...(onlyWhenOptedOut ? { onlyWhenOptedOut } : {}) };
}

define('stop', 'en', true, ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT']);
// "TD" is how Chinese carriers word unsubscribe ("回TD退订"); Twilio does not know either.
define('stop', 'zh', false, ['退订', 'TD']);
define('start', 'en', true, ['START', 'UNSTOP']);
define('start', 'en', true, ['YES'], true);
define('start', 'zh', false, ['订阅']);
// Twilio's default HELP answer says nothing about the hotline: ours is sent as well.
define('help', 'en', false, ['HELP', 'INFO']);
define('help', 'zh', false, ['帮助']);

export function parseKeyword(body: string): SmsKeyword | undefined {
  const word = body
    .trim()
    .replace(/[\s.!。！]+$/u, '')
    .toUpperCase();
  return KEYWORDS[word];
}
