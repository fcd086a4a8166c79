/**
 * Is a term asserted about someone now? A red-flag word in a question about what to watch for
 * ("什么情况要打120", "what are the signs of a stroke") or in a condition ("如果喘不上气…") is not.
 *
 * Two kinds of clause:
 *  - conditional (如果 / 万一 / if / in case): never asserts, whatever else it says;
 *  - information question (症状有哪些 / what are the signs / when should I): asserts only when the clause
 *    also says it is happening ("了", "现在", "my dad is…"), because speech-to-text runs a report and a
 *    question together: "我爸嘴歪了怎么判断是不是中风" is an emergency;
 *  - generic medicine question about a group (孕妇发烧能吃…吗, can children with a fever take…): its
 *    symptoms are not this person's, so they do not make a case urgent or routine — but an emergency
 *    sign in it still counts ("孩子抽搐能吃什么药" goes to 120).
 */
import { type Clause, isNegatedBefore, isResolvedAfter, splitClauses } from '../nlp/text/clauses';
import { globalize } from '../nlp/text/normalize';
import type { TermSet } from './terms';

export type ClauseKind = 'statement' | 'conditional' | 'question' | 'generic';

export interface AnalyzedClause extends Clause {
  kind: ClauseKind;
}

const CONDITIONAL = new RegExp(
  [
    // "的话" is "if" ("发烧的话…"), except as the noun "words" ("说不出完整的话", "他说的话").
    '如果|假如|假若|万一|(?<![主需只重就还可不])要是|假设|倘若|(?<![说讲听问回整句])的话',
    '(?<!\\b(?:as|sure|know|wonder|wondering|see|check|ask|asking|unclear|tell me)\\s)\\bif\\b',
    '\\bin case\\b|\\bwhat if\\b|\\bsuppos(?:e|ing)\\b|\\bhypothetically\\b',
  ].join('|'),
);

const QUESTION = new RegExp(
  [
    '什么(?:样的?)?情况(?:下)?(?:要|该|需要|应该|得|必须|才|去|打|算|需)',
    '哪些情况|哪种情况|什么时候(?:要|该|需要|应该|得|必须|才|去|打)|何时(?:要|该|需要|应该|去|打|就医)',
    '哪些症状|什么症状|症状有哪些|有哪些表现|什么表现|哪些表现|征兆|前兆|预警信号|危险信号|报警信号',
    '怎么(?:判断|识别|分辨|区分|看出)|如何(?:判断|识别|分辨|区分|预防)|怎么预防|预防|是什么意思',
    '是[^,;。]{0,10}(?:的)?(?:症状|表现)吗',
    '多少(?:度|以下|以上)?[^,;。]{0,6}(?:要|该|需要|应该|算|就得?)',
    '(?:低于|高于|超过|不到|以下|以上)[^,;。]{0,8}(?:要不要|需不需要|该不该|要去|要打|是否|吗)',
    '\\bwhen (?:should|do|to|must|would|is it|does|can)\\b',
    '\\bwhat (?:are|is) (?:the |some )?(?:warning |danger |red[- ]flag |common )?(?:signs?|symptoms?)\\b',
    '\\b(?:warning|danger) signs?\\b|\\bsigns? (?:of|that)\\b|\\bsymptoms? of\\b',
    '\\bhow (?:do|can|would|to|should|could) (?:i |you |we |one |people )?(?:know|tell|recogni[sz]e|spot|identify|check)\\b',
    '\\bwhat does\\b[^.?]{1,40}\\bmean\\b|\\bshould i (?:be )?worr(?:y|ied) about\\b',
    '\\bwhat (?:counts|qualifies) as\\b|\\bis (?:it|this|that) (?:an )?emergency\\b|\\bprevent(?:ion|ing)?\\b',
    '\\bwhat (?:level|number|reading|temperature|oxygen|spo2)\\b',
    '(?:会|能)(?:不会)?(?:引起|导致|造成|诱发|变成)|\\b(?:can|does|do|could|will)\\b[^.?]{1,30}\\b(?:cause|lead to|trigger)\\b',
    '\\b(?:below|under|above|over|less than|more than) \\d+[^.]{0,30}\\?',
  ].join('|'),
);

const GENERIC_MEDICINE_QUESTION = new RegExp(
  [
    '(?:孕妇|老人|老年人|儿童|小孩|孩子|宝宝|婴儿|哺乳期|病人|患者)[^,;。]{0,8}(?:能|可以|能不能|可不可以|该|应该|要)(?:吃|用|服|喝|打|贴)',
    '\\b(?:can|should|do) (?:pregnant women|children|kids|babies|infants|the elderly|old people|elderly people|people)\\b[^.?]{0,30}\\b(?:take|use|have|be given)\\b',
  ].join('|'),
);

/** The clause also reports something happening now. */
const ASSERTED_NOW = new RegExp(
  [
    '了(?!解)|现在|刚才|刚刚|正在|已经|突然|好像|似乎|一直',
    '我(?!想|们|该|应该|要|需要|怎么|如何|能|可以|问)',
    '(?:爸|妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老公|老婆|爱人|孩子|儿子|女儿|宝宝)(?:他|她)?(?:现在|刚|已经|突然|有|出现|开始)',
    "\\b(?:right now|just now|suddenly|currently|at the moment|is having|has been|keeps|kept|started|he's|she's|i'm having|i am having)\\b",
    "\\bmy (?:dad|father|mum|mom|mother|husband|wife|son|daughter|baby|child|grandma|grandpa|grandmother|grandfather|partner) (?:is|has|was|had|can|can't|keeps)\\b",
  ].join('|'),
);

export function classifyClause(text: string): ClauseKind {
  if (CONDITIONAL.test(text)) return 'conditional';
  const now = ASSERTED_NOW.test(text);
  if (QUESTION.test(text) && !now) return 'question';
  if (GENERIC_MEDICINE_QUESTION.test(text) && !now) return 'generic';
  return 'statement';
}

export function analyzeClauses(normalized: string): AnalyzedClause[] {
  return splitClauses(normalized).map((c) => ({ ...c, kind: classifyClause(c.text) }));
}

export type TermStatus = 'asserted' | 'resolved' | 'absent';

/** Past events only; "现在/again/now" in the same clause brings them back. */
const HISTORY =
  /病史|既往|以前|之前|曾经|小时候|去年|前年|几年前|(?:抽搐|惊厥|抽风|中风|脑梗|脑出血|卒中|晕倒|昏迷|心梗|发作)过|过支架|history of|used to|years ago|last year|in the past|previously/;
const NOW = /现在|刚才|刚刚|正在|又|突然|今天|right now|just now|again|currently|today|this morning/;

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

function spans(text: string, patterns: readonly RegExp[] | undefined): Array<[number, number]> {
  if (!patterns) return [];
  const out: Array<[number, number]> = [];
  for (const re of patterns) {
    for (const m of text.matchAll(globalize(re))) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  return out;
}

/** Status of one term list in one clause: asserted beats resolved beats absent. */
function statusInClause(clause: AnalyzedClause, set: TermSet, message: string, emergencyRule: boolean): TermStatus {
  if (clause.kind !== 'statement' && !(clause.kind === 'generic' && emergencyRule)) return 'absent';
  if (set.skipHistory && HISTORY.test(clause.text) && !NOW.test(clause.text)) return 'absent';
  if (set.unlessMessage && set.unlessMessage.test(message)) return 'absent';
  const excluded = spans(clause.text, set.notWithin);
  let status: TermStatus = 'absent';
  for (const re of set.patterns) {
    for (const m of clause.text.matchAll(globalize(re))) {
      const start = m.index ?? 0;
      const span: [number, number] = [start, start + m[0].length];
      if (excluded.some((e) => overlaps(e, span))) continue;
      if (set.accept && !set.accept(m)) continue;
      if (isNegatedBefore(clause.text, start)) continue;
      if (isResolvedAfter(clause.text, span[1])) {
        status = 'resolved';
        continue;
      }
      return 'asserted';
    }
  }
  return status;
}

/** @param emergencyRule the term is checked for an emergency rule: generic questions count then. */
export function termStatus(
  clauses: readonly AnalyzedClause[],
  set: TermSet,
  message: string,
  emergencyRule: boolean,
): TermStatus {
  let status: TermStatus = 'absent';
  for (const clause of clauses) {
    const s = statusInClause(clause, set, message, emergencyRule);
    if (s === 'asserted') return s;
    if (s === 'resolved') status = s;
  }
  return status;
}

const NUMBER_IN_CLAUSE = /\d|[一二两三四五六七八九十]+(?:度|点)/;

/**
 * Do the numbers in the message (temperature, SpO2, days) describe the person now? Not when every
 * clause with a number is conditional or a question ("血氧低于90要去医院吗").
 */
export function numbersAsserted(clauses: readonly AnalyzedClause[]): boolean {
  const numeric = clauses.filter((c) => NUMBER_IN_CLAUSE.test(c.text));
  return numeric.length === 0 || numeric.some((c) => c.kind === 'statement');
}
