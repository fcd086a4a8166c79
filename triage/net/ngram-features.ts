/**
 * Character and word n-gram features for the emergency net, hashed into a fixed-size space.
 *
 * Chinese (Han) text gives character 1–3-grams; Latin text (English, pinyin, Chinglish) gives
 * word uni- and bigrams plus character 3–5-grams inside each word. Both kinds come from the same
 * message whatever its language, because relatives mix them ("oxygen 九十", "血氧spo2 88").
 * Numbers become a shape token (see `DigitShape`) so a reading is a feature without the model
 * memorising the exact value.
 */
import { normalizeText } from '../../nlp/text/normalize';
import { expandContractions } from '../../nlp/text/classifier-text';
import { parseChineseNumber } from '../../nlp/text/numerals';

/**
 * How a run of digits becomes a token: `raw` keeps it ("88"), `shape` keeps the first digit and
 * the length ("8·2": 85 and 89 alike, 97 apart), `length` keeps only the length, `mask` one token
 * for every number.
 */
export type DigitShape = 'raw' | 'shape' | 'length' | 'mask';

export interface FeatureSettings {
  /** log2 of the hashed feature space. */
  bits: number;
  digits: DigitShape;
  /** Read Chinese numerals (八十九, 一百二) and English tens (eighty nine) as digits first. */
  numerals: boolean;
  /** Multiply sublinear term frequency by inverse document frequency. */
  idf: boolean;
}

export const DEFAULT_FEATURES: FeatureSettings = { bits: 18, digits: 'shape', numerals: true, idf: true };

/** Bump when featurising code changes in a way FeatureSettings does not capture. */
export const FEATURES_VERSION = 1;

// Format characters (soft hyphen, zero-width space/joiners, BOM, bidi marks) vanish; controls
// (NUL, tabs, newlines) and unpaired surrogates become spaces.
const FORMAT = /\p{Cf}/gu;
const CONTROL = /\p{Cc}/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text the features are computed from: the service's normalisation plus clean-up of invisible characters. */
export function prepareText(text: string): string {
  const clean = String(text).replace(LONE_SURROGATE, ' ').replace(FORMAT, '').replace(CONTROL, ' ');
  return expandContractions(normalizeText(clean).replace(FORMAT, ''));
}

const ZH_NUMERAL = /[零〇一二两三四五六七八九十百千万]+(?:点[零〇一二两三四五六七八九]+)?/g;
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_NUMBER = new RegExp(`\\b(${EN_TENS.join('|')})(?:[- ](${EN_UNITS.join('|')}))?\\b`, 'g');

/**
 * Chinese numerals with a unit or a decimal point (八十九, 三十五, 一百二, 三十八点五) and English
 * tens (eighty nine, ninety-two) become digits. Lone characters stay: 一 and 十 are also words
 * (一直, 十分), and "one arm" is not a reading.
 */
export function readNumerals(text: string): string {
  return text
    .replace(ZH_NUMERAL, (run) => {
      if (!/[十百千万点]/.test(run) || run.length < 2) return run;
      const value = parseChineseNumber(run);
      return value === undefined ? run : ` ${value} `;
    })
    .replace(EN_NUMBER, (_m, tens: string, unit: string | undefined) => {
      const value = (EN_TENS.indexOf(tens) + 2) * 10 + (unit ? EN_UNITS.indexOf(unit) + 1 : 0);
      return String(value);
    });
}

function numberToken(digits: string, shape: DigitShape): string {
  const dot = digits.indexOf('.');
  const whole = dot < 0 ? digits : digits.slice(0, dot);
  const frac = dot < 0 ? '' : '.';
  switch (shape) {
    case 'raw':
      return `#${digits}`;
    case 'shape':
      return `#${whole[0]}·${whole.length}${frac}`;
    case 'length':
      return `#·${whole.length}${frac}`;
    case 'mask':
      return '#';
  }
}

// One unit per Han character, number or Latin word; whitespace is transparent; anything else
// (punctuation, symbols, other scripts) ends the run of units n-grams are taken over.
const UNIT = /(\d+(?:\.\d+)?)|([a-z]+)|(\p{Script=Han})|(\s+)|([^])/gu;

/** Feature strings of one prepared text, repeated as often as they occur. */
export function featureStrings(prepared: string, settings: FeatureSettings): string[] {
  const text = settings.numerals ? readNumerals(prepared) : prepared;
  const out: string[] = [];
  // Han and number units of the current clause, for character n-grams.
  let hanRun: string[] = [];
  let hanHasHan = false;
  // Word and number units of the current clause, for word bigrams.
  let prevWord: string | null = null;
  const flushHan = () => {
    if (hanHasHan) {
      for (let i = 0; i < hanRun.length; i++) {
        out.push(`c:${hanRun[i]}`);
        if (i + 1 < hanRun.length) out.push(`c:${hanRun[i]}${hanRun[i + 1]}`);
        if (i + 2 < hanRun.length) out.push(`c:${hanRun[i]}${hanRun[i + 1]}${hanRun[i + 2]}`);
      }
    }
    hanRun = [];
    hanHasHan = false;
  };
  const word = (w: string) => {
    out.push(`w:${w}`);
    if (prevWord !== null) out.push(`b:${prevWord} ${w}`);
    prevWord = w;
  };
  UNIT.lastIndex = 0;
  for (let m = UNIT.exec(text); m !== null; m = UNIT.exec(text)) {
    if (m[1] !== undefined) {
      const tok = numberToken(m[1], settings.digits);
      hanRun.push(tok);
      word(tok);
    } else if (m[2] !== undefined) {
      flushHan();
      const w = m[2];
      word(w);
      const padded = `<${w}>`;
      for (let n = 3; n <= 5; n++) {
        for (let i = 0; i + n <= padded.length; i++) out.push(`g:${padded.slice(i, i + n)}`);
      }
    } else if (m[3] !== undefined) {
      hanRun.push(m[3]);
      hanHasHan = true;
      prevWord = null;
    } else if (m[4] === undefined) {
      flushHan();
      prevWord = null;
    }
  }
  flushHan();
  return out;
}

const FNV_OFFSET = 0x811c9dc5;

/** Continues a 32-bit FNV-1a state over the UTF-16 code units of `s`. */
function feed(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Final avalanche, so the low bits used as the index are well mixed. */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hash of one feature string: FNV-1a, then the avalanche. */
export function hashFeature(s: string): number {
  return finish(feed(FNV_OFFSET, s));
}

const H_C = feed(FNV_OFFSET, 'c:');
const H_W = feed(FNV_OFFSET, 'w:');
const H_B = feed(FNV_OFFSET, 'b:');
const H_G = feed(FNV_OFFSET, 'g:');

/**
 * The hashes of `featureStrings(prepared, settings)`, in the same order, computed without
 * building the strings: FNV-1a is sequential, so an n-gram's hash continues its (n-1)-gram's.
 * The unit tests check that both give the same hashes on the whole corpus.
 */
export function featureHashes(prepared: string, settings: FeatureSettings, out: number[] = []): number[] {
  const text = settings.numerals ? readNumerals(prepared) : prepared;
  let hanRun: string[] = [];
  let hanHasHan = false;
  let prevWord: string | null = null;
  const flushHan = () => {
    if (hanHasHan) {
      for (let i = 0; i < hanRun.length; i++) {
        const h1 = feed(H_C, hanRun[i]);
        out.push(finish(h1));
        if (i + 1 < hanRun.length) {
          const h2 = feed(h1, hanRun[i + 1]);
          out.push(finish(h2));
          if (i + 2 < hanRun.length) out.push(finish(feed(h2, hanRun[i + 2])));
        }
      }
    }
    hanRun = [];
    hanHasHan = false;
  };
  const word = (w: string) => {
    out.push(finish(feed(H_W, w)));
    if (prevWord !== null) out.push(finish(feed(feed(feed(H_B, prevWord), ' '), w)));
    prevWord = w;
  };
  UNIT.lastIndex = 0;
  for (let m = UNIT.exec(text); m !== null; m = UNIT.exec(text)) {
    if (m[1] !== undefined) {
      const tok = numberToken(m[1], settings.digits);
      hanRun.push(tok);
      word(tok);
    } else if (m[2] !== undefined) {
      flushHan();
      const w = m[2];
      word(w);
      // Grams of "<w>" from each start, lengths 3 to 5, as one running hash per start.
      const len = w.length + 2;
      const at = (i: number) => (i === 0 ? 0x3c : i === len - 1 ? 0x3e : w.charCodeAt(i - 1));
      for (let n = 3; n <= 5; n++) {
        for (let i = 0; i + n <= len; i++) {
          let h = H_G;
          for (let k = i; k < i + n; k++) h = Math.imul(h ^ at(k), 0x01000193);
          out.push(finish(h));
        }
      }
    } else if (m[3] !== undefined) {
      hanRun.push(m[3]);
      hanHasHan = true;
      prevWord = null;
    } else if (m[4] === undefined) {
      flushHan();
      prevWord = null;
    }
  }
  flushHan();
  return out;
}

/** A sparse vector: sorted distinct indices and their values. */
export interface SparseVector {
  indices: Uint32Array;
  values: Float64Array;
}

/**
 * Hashed indices of a raw text with their counts, sorted by index. `extra` features (a language
 * tag) are added only when the text has features of its own.
 */
export function hashedCounts(text: string, settings: FeatureSettings, extra: readonly string[] = []): SparseVector {
  const mask = (1 << settings.bits) - 1;
  const hashes = featureHashes(prepareText(text), settings);
  if (hashes.length > 0) for (const e of extra) hashes.push(hashFeature(e));
  const idx = new Uint32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) idx[i] = hashes[i] & mask;
  idx.sort();
  let distinct = 0;
  for (let i = 0; i < idx.length; i++) if (i === 0 || idx[i] !== idx[i - 1]) distinct++;
  const indices = new Uint32Array(distinct);
  const values = new Float64Array(distinct);
  let k = -1;
  for (let i = 0; i < idx.length; i++) {
    if (i === 0 || idx[i] !== idx[i - 1]) indices[++k] = idx[i];
    values[k]++;
  }
  return { indices, values };
}

/** Sublinear term frequency (1 + ln tf), times `idf(index)` when given, L2-normalised. */
export function weigh(counts: SparseVector, idf: ((index: number) => number) | null): SparseVector {
  const values = new Float64Array(counts.values.length);
  let norm = 0;
  for (let i = 0; i < values.length; i++) {
    const v = (1 + Math.log(counts.values[i])) * (idf ? idf(counts.indices[i]) : 1);
    values[i] = v;
    norm += v * v;
  }
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < values.length; i++) values[i] *= inv;
  }
  return { indices: counts.indices, values };
}
