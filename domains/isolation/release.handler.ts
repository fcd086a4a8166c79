import type { HandlerResult, IntentHandler, Lang, TurnContext } from '../../core/types';
import type { RuleSet } from '../../knowledge/isolation/catalog';
import { fitReply, pick } from '../../core/text';
import { addDaysIso, daysBetweenIso } from '../../core/calendar';
import { decideRelease, type ReleaseDecision, type ReleaseStatus } from './release-calculator';
import { readReleaseStatus } from './release-status';
import { decisionText, ruleSummary } from './release-text';

/**
 * isolation.release: "阳了第5天，什么时候能上班？" → a date and its conditions, or "not yet, because…".
 * Asks for the day of the positive test when it is missing, and whether the fever is gone when
 * that is all that stands between the person and a definite answer.
 */
const SLOT_DATE = 'positiveDate';
const SLOT_FEVER = 'feverStatus';
const CARRIED: Array<keyof ReleaseStatus> = [
  'feverFree',
  'feverFreeHours',
  'onAntipyretics',
  'symptomsImproved',
  'antigenNegative',
  'pcrCt35Twice',
];

export function createReleaseHandler(ruleSet: RuleSet): IntentHandler {
  return (ctx) => {
    const status = withCarried(readReleaseStatus(ctx), ctx);
    const decision = decideRelease(ruleSet, status);
    if (decision.kind === 'need-positive-date') return askDate(ctx, ruleSet, status);
    const text = decisionText(decision, ruleSet, status.today, ctx.lang);
    const ask = shouldAskFever(decision, ctx);
    const askHours = status.feverFree === true;
    const parts = [text, ...ruleSet.notes.map((n) => pick(n, ctx.lang))];
    return {
      text: fitReply(ctx.lang, parts, ask ? feverQuestion(ctx.lang, askHours) : undefined),
      pending: ask
        ? {
            intent: 'isolation.release',
            slot: SLOT_FEVER,
            data: { ...carriedData(status), asked: askHours ? 'hours' : 'fever' },
          }
        : undefined,
      facts: rememberedFacts(status),
      sources: ruleSet.sources,
    };
  };
}

/** What earlier turns of this question established (kept in the pending data). */
function withCarried(status: ReleaseStatus, ctx: TurnContext): ReleaseStatus {
  const data = ctx.answering?.intent === 'isolation.release' ? (ctx.answering.data ?? {}) : {};
  const merged: ReleaseStatus = { ...status };
  for (const key of CARRIED) {
    if (merged[key] === undefined && data[key] !== undefined)
      (merged as unknown as Record<string, unknown>)[key] = data[key];
  }
  if (ctx.answering?.slot === SLOT_FEVER) applyFeverAnswer(merged, ctx.text, data.asked === 'hours');
  return merged;
}

/** A bare yes or no to our fever question; which question it was decides what "yes" means. */
function applyFeverAnswer(status: ReleaseStatus, text: string, askedHours: boolean): void {
  const t = text.trim().toLowerCase();
  const no = /^(没有|没|不|否|no|nope|not)/.test(t);
  const yes = /^(有|是|对|超过|已经|还有|还烧|yes|yeah|yep|more)/.test(t);
  if (askedHours) {
    // "超过24小时没烧、也没吃退烧药吗？" — yes means the fever condition is met.
    if (yes && status.feverFreeHours === undefined)
      Object.assign(status, { feverFree: true, feverFreeHours: 25, onAntipyretics: false });
    if (no && status.feverFreeHours === undefined) status.feverFreeHours = 0;
    return;
  }
  if (status.feverFree === undefined && (yes || no)) status.feverFree = no;
}

function shouldAskFever(decision: ReleaseDecision, ctx: TurnContext): boolean {
  return (
    decision.kind === 'can-end' && decision.ifConditions.includes('feverFree') && ctx.answering?.slot !== SLOT_FEVER
  );
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

function askDate(ctx: TurnContext, ruleSet: RuleSet, status: ReleaseStatus): HandlerResult {
  const question =
    ctx.lang === 'zh'
      ? '您是哪天测出阳性（或开始有症状）的？比如“12月20日”或“阳了第5天”，我帮您算日子。'
      : 'Which day did you test positive (or first have symptoms)? For example "20 December" or "day 5", and I will work out the date.';
  return {
    text: fitReply(ctx.lang, [ruleSummary(ruleSet, ctx.lang)], question),
    pending: { intent: 'isolation.release', slot: SLOT_DATE, data: carriedData(status) },
    sources: ruleSet.sources,
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
