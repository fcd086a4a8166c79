import type { HandlerResult, IntentHandler, Lang, TurnContext } from '../../core/types';
import type { RuleSet, Situation } from '../../knowledge/isolation/catalog';
import { fitReply, pick, unique } from '../../core/text';
import { addDaysIso, daysBetweenIso } from '../../core/calendar';
import { careClosing, careSources } from '../../knowledge/red-flags/care';
import { isQuestion } from '../../nlp/text/question';
import { decideRelease, type ReleaseDecision, type ReleaseStatus } from './release-calculator';
import { readReleaseStatus } from './release-status';
import { decisionText, ruleSummary } from './release-text';
import type { Place, RuleSetChooser } from './jurisdiction';
import { findSituation } from './situation';

/**
 * isolation.release: "阳了第5天，什么时候能上班？" → a date and its conditions, or "not yet, because…",
 * under the rules of the caller's place (jurisdiction.ts). Asks for the day of the positive test when
 * it is missing, and whether the fever is gone when that is all that stands between the person and a
 * definite answer. A situation the rules alone do not answer (a close contact, visiting an older
 * relative, working while positive) gets its sourced guidance first (situation.ts).
 */
const SLOT_DATE = 'positiveDate';
const SLOT_FEVER = 'feverStatus';
/**
 * A follow-up answer phrased as a question that the classifier puts elsewhere with this confidence
 * (its own LOW_CONFIDENCE) is a new question ("不烧了，还能吃布洛芬吗").
 */
const OTHER_SUBJECT = 0.6;
const CARRIED: Array<keyof ReleaseStatus> = [
  'feverFree',
  'feverFreeHours',
  'onAntipyretics',
  'symptomsImproved',
  'antigenNegative',
  'pcrCt35Twice',
];

export function createReleaseHandler(rules: RuleSetChooser): IntentHandler {
  return (incoming) => {
    const situation = findSituation(incoming.text);
    // Naming a situation is a question of its own, whatever was asked before.
    const ctx = situation ? { ...incoming, answering: undefined } : incoming;
    if (ctx.answering && !answersOurQuestion(ctx)) return { text: '', declined: true };
    const { ruleSet, place } = rules.choose(ctx);
    if (situation && !situation.withReleaseDate) return situationAnswer(ctx, situation, place);
    const status = withCarried(readReleaseStatus(ctx), ctx);
    const decision = decideRelease(ruleSet, status);
    const lead = situation ? pick(situation.text, ctx.lang) : undefined;
    const care = situation?.closesWithCare ? careClosing(ctx.lang, ctx.emergencyNumber) : undefined;
    const sources = unique([...(situation?.sources ?? []), ...ruleSet.sources, ...(care ? careSources() : [])]);
    const hint = whereHint(rules, place, ctx);
    if (decision.kind === 'need-positive-date')
      return askDate(ctx, ruleSet, status, { lead, care, hint, sources, place });
    const text = decisionText(decision, ruleSet, status.today, ctx.lang);
    const ask = shouldAskFever(decision, ctx, status);
    const askHours = status.feverFree === true;
    // The care lines of a situation about someone at risk take the room of the rule set's notes.
    const notes = care ? [] : ruleSet.notes.map((n) => pick(n, ctx.lang));
    const parts = [lead, text, ...notes, hint];
    const closing = [care, ask ? feverQuestion(ctx.lang, askHours) : undefined].filter(Boolean).join('\n');
    return {
      text: fitReply(ctx.lang, parts, closing || undefined),
      pending: ask
        ? {
            intent: 'isolation.release',
            slot: SLOT_FEVER,
            data: { ...carriedData(status), asked: askHours ? 'hours' : 'fever' },
            answerFirst: true,
          }
        : undefined,
      facts: { ...rememberedFacts(status), ...(place ? { place } : {}) },
      sources,
    };
  };
}

/**
 * Our question is answered by a message that says something about the illness (the fever, how it is
 * going, a test, the day it began, a bare yes or no), unless it is plainly a new question about
 * something else ("不烧了，还能吃布洛芬吗"). Anything else goes back to the engine to route afresh.
 */
function answersOurQuestion(ctx: TurnContext): boolean {
  const e = ctx.entities;
  const said =
    [
      e.feverFree,
      e.feverFreeHours,
      e.temperatureC,
      e.onAntipyretics,
      e.recovery,
      e.antigen,
      e.pcrCt35Twice,
      e.yesNo,
      e.onsetDate,
      e.onsetDaysAgo,
    ].some((v) => v !== undefined) ||
    (ctx.answering?.slot === SLOT_DATE && (e.dates?.length ?? 0) > 0);
  if (!said) return false;
  const cls = ctx.classification;
  const elsewhere = !!cls && !cls.intent.startsWith('isolation.') && cls.intent !== 'fallback';
  return !(elsewhere && cls.score >= OTHER_SUBJECT && isQuestion(ctx.text));
}

/** What earlier turns of this question established (kept in the pending data). */
function withCarried(status: ReleaseStatus, ctx: TurnContext): ReleaseStatus {
  const data = ctx.answering?.intent === 'isolation.release' ? (ctx.answering.data ?? {}) : {};
  const merged: ReleaseStatus = { ...status };
  for (const key of CARRIED) {
    if (merged[key] === undefined && data[key] !== undefined)
      (merged as unknown as Record<string, unknown>)[key] = data[key];
  }
  if (ctx.answering?.slot === SLOT_FEVER) applyYesNo(merged, ctx.entities.yesNo, data.asked === 'hours');
  return merged;
}

/** A bare yes or no to our fever question; which question it was decides what "yes" means. */
function applyYesNo(status: ReleaseStatus, answer: 'yes' | 'no' | undefined, askedHours: boolean): void {
  if (!answer) return;
  if (askedHours) {
    // "超过24小时没烧、也没吃退烧药吗？" — yes means the fever condition is met.
    if (answer === 'yes' && status.feverFreeHours === undefined)
      Object.assign(status, { feverFree: true, feverFreeHours: 25, onAntipyretics: false });
    if (answer === 'no' && status.feverFreeHours === undefined) status.feverFreeHours = 0;
    return;
  }
  // "您现在还发烧吗？" — "没有" is no fever, "有" is a fever still.
  if (status.feverFree === undefined) status.feverFree = answer === 'no';
}

/**
 * Ask about the fever when it is all that is unknown; after "没有" to "还发烧吗？" once more, for how
 * long ("超过24小时了吗？"), and never a third time.
 */
function shouldAskFever(decision: ReleaseDecision, ctx: TurnContext, status: ReleaseStatus): boolean {
  if (decision.kind !== 'can-end' || !decision.ifConditions.includes('feverFree')) return false;
  if (ctx.answering?.slot !== SLOT_FEVER) return true;
  return ctx.answering.data?.asked === 'fever' && status.feverFree === true;
}

function feverQuestion(lang: Lang, askHours: boolean): string {
  if (askHours) {
    return lang === 'zh'
      ? '退烧已经超过24小时了吗？这期间没吃退烧药吧？'
      : 'Has it been more than 24 hours since the fever went, without any fever medicine?';
  }
  return lang === 'zh'
    ? '您现在还发烧吗？（不吃退烧药的情况下）'
    : 'Do you still have a fever (without taking fever medicine)?';
}

/** Under the default rules, when the directory knows other places' rules: say that the place matters. */
function whereHint(rules: RuleSetChooser, place: Place | undefined, ctx: TurnContext): string | undefined {
  if (!rules.severalRuleSets || place || ctx.state.facts.place) return undefined;
  return ctx.lang === 'zh'
    ? '各地规定不同：告诉我您所在的城市、区或社区，我按当地规定算。'
    : 'Rules differ by city: tell me your city, district or community and I will use its rules.';
}

interface Framing {
  lead?: string;
  care?: string;
  hint?: string;
  sources: string[];
  place?: Place;
}

function askDate(ctx: TurnContext, ruleSet: RuleSet, status: ReleaseStatus, framing: Framing): HandlerResult {
  const question =
    ctx.lang === 'zh'
      ? '您是哪天测出阳性（或开始有症状）的？比如“12月20日”或“阳了第5天”，我帮您算日子。'
      : 'Which day did you test positive (or first have symptoms)? For example "20 December" or "day 5", and I will work out the date.';
  // "隔离几天可以上班？" asks for the rule as much as for the date: the summary follows a situation's guidance.
  const parts = [framing.lead, ruleSummary(ruleSet, ctx.lang), framing.hint];
  return {
    text: fitReply(ctx.lang, parts, [framing.care, question].filter(Boolean).join('\n')),
    pending: { intent: 'isolation.release', slot: SLOT_DATE, data: carriedData(status), answerFirst: true },
    facts: framing.place ? { place: framing.place } : undefined,
    sources: framing.sources,
  };
}

function situationAnswer(ctx: TurnContext, situation: Situation, place: Place | undefined): HandlerResult {
  const care = situation.closesWithCare ? careClosing(ctx.lang, ctx.emergencyNumber) : undefined;
  return {
    text: fitReply(ctx.lang, [pick(situation.text, ctx.lang)], care),
    facts: place ? { place } : undefined,
    sources: unique([...situation.sources, ...(care ? careSources() : [])]),
  };
}

function carriedData(status: ReleaseStatus): Record<string, unknown> {
  return Object.fromEntries(CARRIED.filter((k) => status[k] !== undefined).map((k) => [k, status[k]]));
}

function rememberedFacts(status: ReleaseStatus): HandlerResult['facts'] {
  if (!status.positiveDate) return undefined;
  const facts: HandlerResult['facts'] = {
    positiveTestDate: status.positiveDate,
    daysSincePositive: { days: daysBetweenIso(status.positiveDate, status.today), statedOn: status.today },
  };
  if (status.feverFree && status.feverFreeHours !== undefined) {
    facts.feverFreeSince = addDaysIso(status.today, -Math.floor(status.feverFreeHours / 24));
  }
  return facts;
}
