/**
 * Is a sign said of the person now? The context words around it decide, in this order:
 *  - a conditional or an information question ("如果喘不上气…", "心梗前兆有哪些"): hypothetical;
 *  - a generic question about a group ("孕妇发烧能吃什么"): generic (an emergency sign still counts);
 *  - a negation cue before it, or between its two parts ("没有呼吸困难", "胸口不疼", "no fever or cough"): negated;
 *  - over now ("烧退了", "很快就醒了", "came round straight away"): resolved;
 *  - a past event ("以前中过风", "上周晕倒过一次", "had a fit two hours ago"… with nothing saying "again/now"): past;
 *  - resolved or past and then checked and found fine ("去医院查了 医生说没事", "ECG normal"): cleared.
 * Anything else is asserted.
 */
import { isNegatedDirectly, isResolvedAfter } from '../nlp/text/clauses';
import { type AnalyzedClause, isPastClause } from './assertion';

export type SignStatus = 'asserted' | 'generic' | 'resolved' | 'past' | 'cleared' | 'negated' | 'hypothetical';

interface Located {
  clause: number;
  start: number;
  end: number;
  between?: [number, number];
  second?: number;
}

const NEGATION_BETWEEN = /(?:^|[^是会要能有可好])(?:没有|没|不|无|未)|\bnot?\b|n't\b|\bnever\b/;

/** A short episode that is over: 晕了一下, 疼了一下, "for a second". */
const EPISODE_AFTER =
  /^(?:了)?(?:一下|一会儿?|几秒|一阵|一次)|^\s*(?:(?:for )?a (?:second|moment|minute|few seconds)|(?:for )?(?:a )?few seconds|briefly|once\b(?!\s+(?:every\w*|they|he|she|i|we|you|the|my|his|her|it|all|nobody|no one|people)\b))\b/;
/** Coming back again and again is not over: "老是心慌…过几分钟就好了". */
const RECURRING =
  /老是|总是|经常|反复|时不时|一阵一阵|动不动|\b(?:keeps|on and off|comes and goes|keep getting|again and again)\b/;
/** Words later in the message that say it is over. */
const OVER_LATER = new RegExp(
  [
    '(?:很快|马上|一会儿|过了一会儿?|后来|已经|现在)?\\s*(?:就)?(?:(?:醒了|醒过来)(?![^,;。]{0,10}(?:又睡|又昏|又迷糊|睡过去))|缓过来|(?<![准备做弄搞买收拾装写说讲想办安排攒存凑找藏备订约])好了|没事了|恢复了|正常了|清醒了|(?<!药)停了|止住了|不疼了|不痛了|不喘了|退了|红润了|变回来了|颜色恢复|又红了|消了|早就消了|消下去了|止住了)',
    '\\b(?:came round|came to|came around|woke up straight away|fine now|better now|ok now|okay now|settled|stopped now|back to normal|seems (?:fine|ok|okay|herself|himself) now|seems (?:herself|himself)|recovered|has stopped|stopped after|none today|nothing today|gone today|not today|calmed down|been fine|fine all day|fine since|fine ever since|ok since|okay since|normal since|went away|passed off|pinked up|turned pink|back to pink|pink again|normal colou?r again|back to (?:her|his|its) normal colou?r|took ages to stop|eventually stopped|finally stopped|sorted it|that helped|it helped|worked)\\b',
  ].join('|'),
);
/** Checked by a clinician and found fine. */
const CLEARED = new RegExp(
  [
    '(?:查|检查|看|看过|去了?医院|医院|医生|心电图|片子|ct|化验|抽了血|做了)[^。!?]{0,14}(?:没事|正常|没问题|没什么|排除|说是|诊断|开了药|打了针|输了液|处理了|看过了)',
    // Seen by a counsellor or a doctor since, or treated in hospital and sent home ("后来跟心理医生聊过了", "住院…现在出院回家").
    '(?:医生|心理咨询师|咨询师|心理老师)[^。!?]{0,6}(?:聊过|谈过|沟通过|看过了)|(?:住院|住了|医院)[^。!?]{0,16}出院|出院(?:了|回家|回来)',
    '\\b(?:checked|ecg|ekg|a&e|hospital|doctor|doctors|gp|tests?|scan|scanned|x-ray|x-rayed|ct|ambulance|paramedics)\\b[^.!?]{0,40}\\b(?:fine|normal|nothing wrong|all clear|ruled out|said it was|said it is|diagnosed|okay|ok|treated|sent (?:him|her|them|us|me) home|discharged|it was an?|turned out to be|on antibiotics|normal self)\\b',
  ].join('|'),
);

/** Yesterday: not history on its own ("昨天开始喘" is now), but over once a clinician has checked it. */
const RECENT_PAST =
  /昨天|昨晚|昨日|前晚|前天|前两天|前几天|上周|上个星期|上礼拜|半个?月(?:前|以前|之前)|[一二两三四五六七八九十几\d]+(?:天|周|个星期|个礼拜)(?:前|以前|之前)|\b(?:yesterday|last night|last week|the other day|(?:two|three|four|five|six|a few|a couple of|\d) (?:days|weeks) ago|a week ago)\b/;
const BACK_AGAIN = /又|还在|仍然|再次|\b(?:again|still|another)\b/;
const STILL_NOW = /现在|还在|仍然|开始|一直|越来越|\b(?:now|still|since|started|getting worse|keeps)\b/;

/** Has a clinician checked the person and found them fine ("去医院查了 医生说没事", "ECG normal")? */
export function saysCleared(text: string): boolean {
  return CLEARED.test(text);
}

export interface StatusInput {
  text: string;
  clauses: readonly AnalyzedClause[];
  occ: Located;
  /** The first sign of a list this one belongs to ("没有发烧咳嗽气短": 发烧 for 气短). */
  head?: Located;
  /** Where the next other sign starts: "over" words after it are about that one. */
  nextStart?: number;
  /** Spans that look like "over" but say when it goes ("坐下歇会儿就好了"). */
  notOver: readonly { start: number; end: number }[];
  /** A standing fact (a long-term illness, a treatment): it can be denied or past, never "over" by later words. */
  standing?: boolean;
}

export function assertionOf({ text, clauses, occ, head, nextStart, notOver, standing }: StatusInput): SignStatus {
  const clause = clauses[occ.clause];
  if (clause.kind === 'conditional' || clause.kind === 'question') return 'hypothetical';
  const local = (x: number) => x - clause.start;
  // Lists are read by the sign reader (`head`): "没有发烧咳嗽气短", "no fever, cough or breathlessness".
  if (isNegatedDirectly(clause.text, local(occ.start))) return 'negated';
  if (head && head.clause === occ.clause && isNegatedDirectly(clause.text, local(head.start))) return 'negated';
  if (occ.between && NEGATION_BETWEEN.test(text.slice(occ.between[0], occ.between[1]))) return 'negated';
  // A denied list whose first items are no sign of the lexicon ("no swelling or trouble breathing",
  // "没有肿也没有呼吸困难"): "or"/"nor"/"也没" carry the denial on; "and" does not ("no fever and he is
  // struggling to breathe" may be a report).
  if (isNegatedOrList(clause.text, local(occ.start))) return 'negated';
  // "嘴唇干裂起皮 不是发紫", "嘴唇舌头都不肿": the second part denied, whatever else lies between.
  if (occ.second !== undefined && isNegatedDirectly(text, occ.second)) return 'negated';
  const said = text.slice(occ.start, occ.end);
  const over =
    isResolvedAfter(clause.text, local(occ.end)) ||
    EPISODE_AFTER.test(clause.text.slice(local(occ.end))) ||
    /[了过](?:一下|一次)$|\bonce\b/.test(said);
  // "Over" is read up to the next symptom, at most a few clauses on, not anywhere in a long story.
  const upTo = clauses[Math.min(occ.clause + 4, clauses.length - 1)];
  const end = Math.min(upTo.start + upTo.text.length, nextStart ?? Infinity);
  let laterText = text.slice(occ.end, Math.max(occ.end, end));
  for (const n of notOver) {
    if (n.end <= occ.end || n.start >= end) continue;
    const from = Math.max(n.start, occ.end) - occ.end;
    const to = Math.min(n.end, end) - occ.end;
    laterText = laterText.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + laterText.slice(to);
  }
  const saidOver = !standing && (over || OVER_LATER.test(laterText)) && !RECURRING.test(clause.text);
  // Said of the past: the whole clause, or what leads up to the sign in a long one ("上个月我爸中风住院
  // 现在已经出院了"), unless it is said to be back ("…现在又说不出话").
  const before = clause.text.slice(0, local(occ.end));
  const after = clause.text.slice(local(occ.end));
  const past = isPastClause(clause.text) || (isPastClause(before) && !BACK_AGAIN.test(after));
  if (past) return CLEARED.test(text) ? 'cleared' : 'past';
  if (isAfterEffect(clauses, occ.clause)) return 'past';
  // Yesterday's event, since checked and found fine ("fell yesterday… the hospital scanned it, ok").
  // The story of it runs up to the first word about now ("…yesterday, the hospital checked him… now his temp…").
  const nowAt = after.search(STILL_NOW);
  const story = nowAt >= 0 ? before + after.slice(0, nowAt) : clause.text;
  if (RECENT_PAST.test(story) && !STILL_NOW.test(before) && !BACK_AGAIN.test(after) && CLEARED.test(text))
    return 'cleared';
  // Said over right after it wins; said over later, a "still" keeps it ("胸口疼 吃了药 还在疼").
  if (saidOver && (over || !/还在|还是|仍然|\bstill\b/.test(laterText)))
    return CLEARED.test(text) ? 'cleared' : 'resolved';
  return clause.kind === 'generic' ? 'generic' : 'asserted';
}

/** Years or months back, or childhood: not yesterday's or last week's event. */
const DISTANT_PAST =
  /几年前|[一二两三四五六七八九十几\d]+年前|去年|前年|小时候|几个月前|[一二两三四五六七八九十几\d]+个月前|(?:19|20)\d\d年|\b(?:years ago|last year|months ago|as a (?:child|kid|baby)|when (?:i|he|she) was (?:little|young|a child)|in (?:19|20)\d\d)\b/;
/** What is left since then ("现在嘴角还有点歪", "still has a slight droop"), not a new sign. */
const RESIDUAL =
  /还有点|还是有点|一直有点|一直都有点|留下|后遗症|落下|\b(?:still (?:has|have) a (?:slight|little|bit)|ever since|left (?:him|her|me) with)\b/;
/** A sign that is new or changing is never an after-effect. */
const NEW_OR_WORSE =
  /又|突然|今天|今早|今晚|刚才|刚刚|越来越|加重|更[厉严重歪]|\b(?:again|suddenly|today|just now|worse|new|this morning|tonight|getting)\b/;
/** The message asks something (a medicine, a vaccine, a check-up): the history is its background. */
const ASKS =
  /能不能|可不可以|可以[^。]{0,12}吗|能[^。]{0,12}吗|要不要|[?？]|\b(?:can (?:i|he|she|we|they)|should (?:i|he|she|we)|is it (?:ok|safe)|what about)\b/;

/**
 * A sign told as the background of a question, after an event years or months back: "had a bad reaction to
 * penicillin years ago, my throat swelled up. can I take paxlovid?", "五年前中过风，现在嘴角还有点歪，想问能不能
 * 打疫苗". Past when its clause says what was left since ("还有点", "still has a slight"), or is told in the past
 * tense with nothing of now; never when it is new, sudden or worse, or comes back ("又").
 */
function isAfterEffect(clauses: readonly AnalyzedClause[], at: number): boolean {
  const text = clauses[at].text;
  if (NEW_OR_WORSE.test(text)) return false;
  const back = clauses.slice(0, at).some((c) => DISTANT_PAST.test(c.text) && isPastClause(c.text));
  if (!back) return false;
  const later = clauses
    .slice(at)
    .map((c) => c.text)
    .join(' ');
  if (!ASKS.test(later) && !clauses.slice(at + 1).some((c) => c.kind === 'question')) return false;
  if (RESIDUAL.test(text)) return true;
  // Told in the past tense and nothing of now ("my throat swelled up"); "his face is drooping", "嘴歪了"
  // may be new: in doubt, not background.
  return !STILL_NOW.test(text) && TOLD_AS_PAST.test(text) && !PRESENT.test(text);
}

const TOLD_AS_PAST = /\b(?:was|were|had|went|got|swelled|\w+ed)\b/;
const PRESENT = /\b(?:is|are|am|has|have|keeps?|looks?|seems?|feels?)\b|[\u4e00-\u9fff]/;

/** A denial carried over a list by "or", "nor", "或", "也没" to the term starting at `start`. */
const NEG_OR_LIST =
  /(?:没有|没|无|不|\bno\b|\bnot\b|\bnever\b|n't\b|\bwithout\b)[^,;。.!?]{1,24}?(?:\bor\b|\bnor\b|或者|或|也没有?|也无|也不)\s*(?:any\s+|much\s+|有\s*)?$/;
const CONTRAST_IN_LIST = /但|可是|却|\bbut\b|\bexcept\b/;

function isNegatedOrList(clause: string, start: number): boolean {
  const m = NEG_OR_LIST.exec(clause.slice(Math.max(0, start - 32), start));
  return m !== null && !CONTRAST_IN_LIST.test(m[0]);
}
