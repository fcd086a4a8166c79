/**
 * SMS character sets. A message is sent as GSM-7 (160 characters a segment, 153 when
 * concatenated) only when every character is in the GSM 03.38 set; one Chinese character or
 * emoji turns the whole message into UCS-2 (70 a segment, 67 when concatenated).
 */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** Escaped characters: two septets each. */
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

/** Typographic characters that have a GSM look-alike (what Twilio's Smart Encoding does too). */
const LOOKALIKES: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '\u00a0': ' ',
};

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export function isGsm(text: string): boolean {
  for (const ch of text) if (!GSM_BASIC.has(ch) && !GSM_EXTENDED.has(ch)) return false;
  return true;
}

/** English text with curly quotes would otherwise cost UCS-2 segments for nothing. */
export function withGsmLookalikes(text: string): string {
  const replaced = text.replace(/[‘’“”–—…\u00a0]/g, (ch) => LOOKALIKES[ch] ?? ch);
  return isGsm(replaced) ? replaced : text;
}

export function encodingOf(text: string): SmsEncoding {
  return isGsm(text) ? 'GSM-7' : 'UCS-2';
}

/** Length as the network counts it: septets for GSM-7, UTF-16 code units for UCS-2. */
export function smsLength(text: string, encoding: SmsEncoding = encodingOf(text)): number {
  if (encoding === 'UCS-2') return text.length;
  let n = 0;
  for (const ch of text) n += GSM_EXTENDED.has(ch) ? 2 : 1;
  return n;
}

export function segmentCount(text: string): number {
  const encoding = encodingOf(text);
  const length = smsLength(text, encoding);
  const [single, multi] = encoding === 'GSM-7' ? [160, 153] : [70, 67];
  return length <= single ? 1 : Math.ceil(length / multi);
}
