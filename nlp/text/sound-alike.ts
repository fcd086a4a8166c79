/**
 * Chinese sound-alikes. Pinyin input methods and Mandarin speech recognition write the right sound with
 * the wrong character: 川不上气 for 喘不上气, 血痒90 for 血氧90, 乎吸很急 for 呼吸很急, 凶口疼 for 胸口疼,
 * 自撒 for 自杀. Before the screen reads a message, every span that sounds like a lexicon phrase (toneless
 * pinyin; z/zh, c/ch, s/sh and -n/-ng merged, as southern speakers and fuzzy input methods do) and shares
 * at least one character with it is rewritten to that phrase, character for character, so offsets stay.
 *
 * False friends are kept out four ways: a two-character phrase is read from a sound-alike only when the
 * lexicon lists it (`soundAlike.shortWords`: 血氧, 胸口…); at most half of a phrase's characters may
 * differ and at least one real character must match; words already spelled right are left alone; and
 * real words listed in the lexicon (`soundAlike.notPhrases`, e.g. 抽出 is not 抽搐) are never rewritten.
 */
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/** Fuzzy pinyin: the distinctions input methods and speech recognition most often lose. */
export function fuzzySyllable(s: string): string {
  return s
    .replace(/^([zcs])h/, '$1')
    .replace(/ng$/, 'n')
    .replace(/v/g, 'u');
}

const readingsCache = new Map<string, readonly string[]>();

/** Every toneless reading of one character (多音字 have several). */
function readings(ch: string): readonly string[] {
  let r = readingsCache.get(ch);
  if (!r) {
    const all = pinyin(ch, { toneType: 'none', type: 'array', multiple: true }) as string[];
    r = [...new Set(all.map(fuzzySyllable))];
    if (readingsCache.size < 20_000) readingsCache.set(ch, r);
  }
  return r;
}

interface Candidate {
  phrase: string;
  chars: string[];
  syllables: string[];
}

/** Particles share a character with many phrases without making a span sound like one (涂了 is not 吐了). */
const NUMBER_AFTER = /^[^\d一二两三四五六七八九十]{0,3}[\d一二两三四五六七八九十]/;

const PARTICLES = new Set([...'了的着得地过吗呢啊吧呀哦嘛啦么一不有是在也都就还很好']);

export class SoundAlikeReader {
  /** Phrases by their first fuzzy syllable. */
  private readonly byFirst = new Map<string, Candidate[]>();
  private readonly exceptions: readonly string[];
  /** The phrases themselves, to leave words already spelled right alone (糊涂了 stays). */
  private readonly exact = new Map<string, number[]>();
  private readonly phrases = new Set<string>();

  private readonly vitalWords: ReadonlySet<string>;

  constructor(
    phrases: Iterable<string>,
    exceptions: readonly string[],
    shortWords: readonly string[] = [],
    vitalWords: readonly string[] = [],
  ) {
    this.exceptions = exceptions;
    this.vitalWords = new Set(vitalWords);
    const short = new Set([...shortWords, ...vitalWords]);
    const seen = new Set<string>();
    for (const raw of phrases) {
      const phrase = raw.normalize('NFKC');
      const chars = [...phrase];
      if (chars.length < 2 || !chars.every((c) => HAN.test(c)) || seen.has(phrase)) continue;
      seen.add(phrase);
      // The phrase's own reading in context (pinyin-pro resolves 多音字 inside words).
      const syllables = (pinyin(phrase, { toneType: 'none', type: 'array' }) as string[]).map(fuzzySyllable);
      if (syllables.length !== chars.length) continue;
      this.phrases.add(phrase);
      const lengths = this.exact.get(chars[0]) ?? [];
      if (!lengths.includes(chars.length)) lengths.push(chars.length);
      this.exact.set(chars[0], lengths);
      // Two-syllable sound-alikes are mostly other words (中心几点 is not 心悸): only listed ones.
      if (chars.length === 2 && !short.has(phrase)) continue;
      const list = this.byFirst.get(syllables[0]) ?? [];
      list.push({ phrase, chars, syllables });
      this.byFirst.set(syllables[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.chars.length - a.chars.length);
  }

  /** The text with sound-alike spans rewritten; the same length in characters and code units. */
  read(text: string): string {
    if (!HAN.test(text)) return text;
    const chars = [...text];
    const out = [...chars];
    const spelledRight = this.spelledRight(chars);
    for (let i = 0; i < chars.length; i++) {
      if (!HAN.test(chars[i]) || spelledRight[i]) continue;
      const match = this.matchAt(chars, i, spelledRight);
      if (!match) continue;
      for (let k = 0; k < match.chars.length; k++) out[i + k] = match.chars[k];
      i += match.chars.length - 1;
    }
    return out.join('');
  }

  /** Characters inside a lexicon phrase written exactly. */
  private spelledRight(chars: readonly string[]): boolean[] {
    const mark = new Array<boolean>(chars.length).fill(false);
    for (let i = 0; i < chars.length; i++) {
      for (const n of this.exact.get(chars[i]) ?? []) {
        if (this.phrases.has(chars.slice(i, i + n).join(''))) for (let k = i; k < i + n; k++) mark[k] = true;
      }
    }
    return mark;
  }

  /** The longest phrase that sounds like the text at `i`, changing no character that is already a word. */
  private matchAt(chars: readonly string[], i: number, spelledRight: readonly boolean[]): Candidate | undefined {
    for (const first of readings(chars[i])) {
      for (const c of this.byFirst.get(first) ?? []) {
        const n = c.chars.length;
        if (i + n > chars.length) continue;
        let content = 0;
        let differ = 0;
        let sounds = true;
        for (let k = 0; k < n && sounds; k++) {
          const ch = chars[i + k];
          if (ch === c.chars[k]) content += PARTICLES.has(ch) ? 0 : 1;
          else if (spelledRight[i + k]) sounds = false;
          else if (!HAN.test(ch) || !readings(ch).includes(c.syllables[k]) || !sameWidth(ch, c.chars[k]))
            sounds = false;
          else differ++;
        }
        if (!sounds || differ === 0) continue;
        // A vital sign's word followed by its reading is that word whatever the characters (雪养八十五).
        const vital = this.vitalWords.has(c.phrase) && NUMBER_AFTER.test(chars.slice(i + n, i + n + 4).join(''));
        // Otherwise one real character in common (a particle does not count), and no more than half sounded out.
        if (!vital && (content < 1 || differ > Math.floor(n / 2))) continue;
        const span = chars.slice(i, i + n).join('');
        // A real word (血样, a blood sample) stays itself, unless a reading follows it: 血样只有八十五 is SpO2.
        if (!vital && this.isException(chars, i, n, span)) continue;
        return c;
      }
    }
    return undefined;
  }

  /** A real word at this place (抽出 in 抽出血) stays as it is. */
  private isException(chars: readonly string[], i: number, n: number, span: string): boolean {
    const around = chars.slice(Math.max(0, i - 2), i + n + 2).join('');
    return this.exceptions.some((w) => (w.includes(span) ? around.includes(w) : span.includes(w)));
  }
}

/** Rewriting keeps UTF-16 offsets only between characters of the same width. */
function sameWidth(a: string, b: string): boolean {
  return a.length === b.length;
}
