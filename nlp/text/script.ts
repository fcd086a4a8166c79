/**
 * Traditional characters read as simplified: relatives in Hong Kong, Macau, Taiwan and overseas write
 * 發燒, 呼吸困難, 講嘢好亂, and every phrase list, rule and classifier feature is in simplified
 * characters. OpenCC's own dictionaries do the mapping (opencc-js, its t2cn build with the Hong Kong
 * variants), so a word such as 乾/干 or 髮/发 is taken as a whole word, not character by character.
 * What the person wrote is what is stored and shown; this is only what is understood.
 */
import { Converter } from 'opencc-js/t2cn';

const convert = Converter({ from: 'hk', to: 'cn' });
const HAN = /[\u3400-\u9fff]/;

/**
 * A turn reads its message twice (readMessage for entities and the screen, the classifier's own
 * normalisation): the last few conversions are kept, so OpenCC runs once per message (~30 µs).
 */
const recent = new Map<string, string>();
const RECENT = 16;

export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  const known = recent.get(text);
  if (known !== undefined) return known;
  const simplified = convert(text);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
  recent.set(text, simplified);
  return simplified;
}
