/**
 * Clause splitting and negation scope, shared by entity extraction (没怀孕) and the emergency screen
 * (没有呼吸困难). Deliberately simple and explainable: a negation cue governs a term only when it sits
 * in the same clause, just before the term, with nothing between them but filler words or a list of
 * other symptoms joined by 和/或/and/or.
 */
import { HAN } from './normalize';

export interface Clause {
  text: string;
  /** Offset of the clause in the normalised message. */
  start: number;
}

/**
 * Clause boundaries: punctuation (not the dot inside 38.5), contrast words (但是 / but), and in Chinese
 * the spaces that speech-to-text and SMS writers use instead of commas ("没发烧 胸口疼").
 * "不过" is not a boundary: it is also inside 喘不过气.
 */
const BOUNDARY = new RegExp(
  [
    '[,;!?。;\\n]',
    '(?<!\\d)\\.|\\.(?!\\d)',
    `(?<=[${HAN}])\\s+(?=[${HAN}])`,
    '但是|可是|然而|但(?!愿)',
    '\\b(?:but|however|although|though|whereas)\\b',
  ].join('|'),
  'g',
);

/** English list continuation after a comma: "no fever, cough or chest pain". */
const LIST_TAIL = /^\s*[a-z][a-z '-]{0,40}\b(?:or|nor)\b/;
const HAS_SUBJECT_OR_VERB =
  /\b(?:i|i'm|he|she|we|they|my|his|her|is|are|was|were|has|have|had|can|can't|cant|feel|feels|got)\b/;

export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let last = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const idx = m.index ?? 0;
    pushClause(clauses, text, last, idx);
    last = idx + m[0].length;
  }
  pushClause(clauses, text, last, text.length);
  return clauses;
}

function pushClause(out: Clause[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  if (raw.trim() === '') return;
  const prev = out[out.length - 1];
  const joinsList =
    prev !== undefined &&
    text.slice(prev.start + prev.text.length, from).trim() === ',' &&
    LIST_TAIL.test(raw) &&
    !HAS_SUBJECT_OR_VERB.test(raw) &&
    NEG_CUE_ANYWHERE.test(prev.text);
  if (joinsList) {
    prev.text = text.slice(prev.start, to);
    return;
  }
  out.push({ text: raw, start: from });
}

// A-not-A questions (是不是, 有没有, 会不会…) are not negations: "是不是中风了" asks, it does not deny.
// Cantonese negation too (冇发烧, 唔痛, 未有): relatives write it. "不过" is "but", not a negation.
const ZH_NEG =
  '(?<![是会要能有可好行对])(?:并没有|并没|并不|从来没有?|从没|不再|没再|没有|没|不(?!过)|无|未有|未|否认|冇|唔)';
// Contractions also without the apostrophe ("i dont have chest pain"): phone typing and speech-to-text drop it.
const EN_NEG =
  "(?:\\bno\\b|\\bnot\\b|n't\\b|\\b(?:dont|doesnt|didnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|cant|wont|wouldnt|couldnt|aint)\\b|\\bnever\\b|\\bwithout\\b|\\bdenie[sd]\\b|\\bdeny(?:ing)?\\b|\\bnegative for\\b|\\bfree of\\b|\\bnor\\b|\\bneither\\b|\\bnone\\b)";
const ZH_FILLER =
  '(?:至于|想过|想|打算|到|有|是|太|怎么|觉得|感觉|感到|出现|发生|再|什么|明显|特别|任何|啥|那么|很|有过|发|过|会|算|见|一点|咋|还|也|都|\\s)';
const EN_FILLER =
  '(?:\\s+|to the point of|any|a|an|the|having|have|has|had|got|getting|experiencing|experience|feeling|feel|felt|been|more|longer|really|much|so|that|too|as|very|real|major|significant|serious|signs? of|thoughts? of|thoughts? about|plans? to|urges? to|intentions? (?:of|to)|wish to|ideas? of|problems? with|trouble with|issues? with|complaints? of|reported|showing|show|seem|seems|look|looks|appear|appears|to be|be|is|are|with|of)';
// "," only survives inside a clause in a joined English list ("no fever, cough or chest pain").
const COORD = '(?:和|或者|或|以及|及|跟|与|、|,|也没有?|也不|\\band\\b|\\bor\\b|\\bnor\\b)';
const CONTRAST = /但|可是|就是|只是|却|而是|\bbut\b|\bexcept\b|\bjust\b|\bonly\b/;

const NEG_CUE = `(?:${ZH_NEG}|${EN_NEG})`;
const NEG_CUE_ANYWHERE = new RegExp(NEG_CUE);
/** Cue directly before the term, only filler between. */
const NEG_DIRECT = new RegExp(`${NEG_CUE}(?:${ZH_FILLER}|${EN_FILLER})*$`);
/** Cue before a coordinated list that ends with the term: 没有发烧和胸痛 / no fever or cough. */
const NEG_LIST = new RegExp(`${NEG_CUE}(.{1,24}?)${COORD}(?:${ZH_FILLER}|${EN_FILLER})*$`);

/** How far back a negation cue can reach, in characters. */
const NEG_WINDOW = 32;

/** Negated by a cue right before it, filler words only between (no list reading: the caller reads lists). */
export function isNegatedDirectly(clause: string, start: number): boolean {
  return NEG_DIRECT.test(clause.slice(Math.max(0, start - NEG_WINDOW), start));
}

/** Is the term starting at `start` in `clause` negated by a cue before it? */
export function isNegatedBefore(clause: string, start: number): boolean {
  const prefix = clause.slice(Math.max(0, start - NEG_WINDOW), start);
  if (NEG_DIRECT.test(prefix)) return true;
  const list = NEG_LIST.exec(prefix);
  return list !== null && !CONTRAST.test(list[1] ?? '') && !/[。.!?]/.test(list[1] ?? '');
}

/** Words after a term that say it is over: 烧已经退了, fever is gone. */
const RESOLVED_AFTER = new RegExp(
  [
    '^(?:的症状|症状)?\\s*(?:已经|都|也|基本|全|早就|现在)?\\s*(?:退了|好了|没了|消失了|消了|停了|止住了|缓解了|好多了|过去了|退下去了|不见了)',
    // "down", "over" and "passed" say it is over only after a verb: "fever is down", not "boiling water over his chest".
    "^\\s*(?:is|has|have|'s|had|was|were|are)\\s+(?:now\\s+|all\\s+|completely\\s+)?(?:gone|resolved|went away|gone away|stopped|cleared(?: up)?|passed|subsided|better|improved|down|over)\\b",
    '^\\s*(?:now\\s+)?(?:gone|resolved|went away|gone away|stopped|cleared up|subsided|settled|eased off|wore off)\\b',
  ].join('|'),
);

/** Is the term ending at `end` in `clause` followed by words saying it has resolved? */
export function isResolvedAfter(clause: string, end: number): boolean {
  return RESOLVED_AFTER.test(clause.slice(end, end + 24));
}
