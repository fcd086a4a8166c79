/**
 * Text normalisation shared by entity extraction and the emergency screen.
 *
 * NFKC folds full-width digits, letters and punctuation (３８．５ → 38.5, ， → ,) and
 * turns ℃/℉ into °C/°F, so every pattern downstream only has to know one spelling.
 */
export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\u3000]+/g, ' ')
      // "百分之八十九" is 89 %, not a hundred: the numeral after 百分之 is the reading.
      .replace(/百分之\s*([零〇一二两三四五六七八九十百点\d.]+)/g, '$1%')
      .trim()
  );
}

export const HAN = '\\u4e00-\\u9fff';
export const HAN_RE = /[\u4e00-\u9fff]/;

const globalized = new WeakMap<RegExp, RegExp>();

/**
 * A pattern for iterating all matches (`matchAll`, which copies it, so the shared copy's lastIndex never
 * moves), keeping its other flags; compiled once per pattern, not once per message.
 */
export function globalize(re: RegExp): RegExp {
  if (re.flags.includes('g')) return re;
  let g = globalized.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags}g`);
    globalized.set(re, g);
  }
  return g;
}

/** Round half away from zero to `digits` decimals (1 for °C, 2 for fractional ages). */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
