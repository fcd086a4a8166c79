/**
 * Splits a reply into at most a few SMS messages, at sentence boundaries where it can.
 * Each <Message> stays well under Twilio's 1,600-character limit and within a handful of
 * segments, because long concatenated messages arrive out of order or not at all on some handsets.
 */
import { encodingOf, smsLength, withGsmLookalikes, type SmsEncoding } from './sms-encoding';

export interface SplitLimits {
  /** Longest message in UCS-2 code units (Chinese): ~5 segments of 67. */
  ucs2: number;
  /** Longest message in GSM-7 septets: ~8 segments of 153. */
  gsm: number;
  /** Most messages one reply may take; the rest is cut with an ellipsis. */
  messages: number;
}

export const DEFAULT_LIMITS: SplitLimits = { ucs2: 300, gsm: 1200, messages: 3 };

const ELLIPSIS = '…';
/** After Chinese and English sentence ends, semicolons and line breaks, keeping closing quotes with their sentence. */
const SENTENCE_END = /(?<=[。！？!?；;\n])(?![」』”’）)\]])|(?<=[.])(?=\s)/;
const CLAUSE_END = /(?<=[，,、：:])|(?<=\s)/;

export function splitSms(text: string, limits: SplitLimits = DEFAULT_LIMITS): string[] {
  const body = withGsmLookalikes(text.trim());
  if (!body) return [];
  const encoding = encodingOf(body);
  const max = encoding === 'GSM-7' ? limits.gsm : limits.ucs2;
  const measure = (s: string) => smsLength(s, encoding);
  const units = body
    .split(SENTENCE_END)
    .flatMap((sentence) => (measure(sentence) > max ? splitLong(sentence, max, measure) : [sentence]));
  const parts = pack(units, max, measure);
  return parts.length > limits.messages ? cut(parts.slice(0, limits.messages), max, measure, encoding) : parts;
}

/** A sentence longer than a whole message: split at commas, then anywhere. */
function splitLong(sentence: string, max: number, measure: (s: string) => number): string[] {
  return sentence
    .split(CLAUSE_END)
    .flatMap((clause) => (measure(clause) > max ? hardSplit(clause, max, measure) : [clause]));
}

function hardSplit(text: string, max: number, measure: (s: string) => number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of text) {
    // Iterating code points never cuts an emoji's surrogate pair in half.
    if (measure(current + ch) > max) {
      pieces.push(current);
      current = '';
    }
    current += ch;
  }
  return current ? [...pieces, current] : pieces;
}

function pack(units: string[], max: number, measure: (s: string) => number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const unit of units) {
    if (current && measure((current + unit).trim()) > max) {
      parts.push(current.trim());
      current = '';
    }
    current += unit;
  }
  if (current.trim()) parts.push(current.trim());
  return parts.filter(Boolean);
}

/** The last allowed message ends with an ellipsis so the reader knows there was more. */
function cut(parts: string[], max: number, measure: (s: string) => number, encoding: SmsEncoding): string[] {
  const mark = encoding === 'GSM-7' ? '...' : ELLIPSIS;
  let last = parts[parts.length - 1]!;
  while (last && measure(last + mark) > max) last = [...last].slice(0, -1).join('');
  return [...parts.slice(0, -1), last.trimEnd() + mark];
}
