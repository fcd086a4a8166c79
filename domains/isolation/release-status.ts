import type { TurnContext } from '../../core/types';
import { addDaysIso, daysBetweenIso, todayIso } from '../../core/calendar';
import type { ReleaseStatus } from './release-calculator';

/**
 * What a person says about their illness, as a ReleaseStatus: "阳了第5天", "12月20日阳的",
 * "I tested positive 7 days ago", "不烧了两天", "still have a fever", "抗原转阴了". The entity
 * extractor (nlp/entities) reads those facts from the text; this only decides what they mean for
 * isolation. Earlier turns' facts fill what this message does not say.
 */

/** From 37.3 °C a reading is a fever, whatever the message says about it having gone. */
const FEVER_FROM_C = 37.3;

/**
 * The day isolation counts from, as the entities read it ("今天第5天" is four days ago, never today).
 * In answer to our "which day?" a bare day counts too, even today ("今天").
 */
function positiveDateFrom(ctx: TurnContext, today: string): string | undefined {
  const { onsetDate, dates } = ctx.entities;
  if (onsetDate && onsetDate <= today) return onsetDate;
  if (ctx.answering?.slot !== 'positiveDate') return undefined;
  return dates?.filter((d) => d <= today).sort()[0];
}

export function readReleaseStatus(ctx: TurnContext): ReleaseStatus {
  const e = ctx.entities;
  const today = todayIso(ctx.now);
  const facts = ctx.state.facts;
  const remembered =
    facts.positiveTestDate ??
    (facts.daysSincePositive ? addDaysIso(facts.daysSincePositive.statedOn, -facts.daysSincePositive.days) : undefined);
  const stillFever = e.feverFree === false || (e.temperatureC !== undefined && e.temperatureC >= FEVER_FROM_C);
  const noFever = !stillFever && e.feverFree === true;
  const hours = noFever ? e.feverFreeHours : undefined;
  const sinceFact = facts.feverFreeSince ? daysBetweenIso(facts.feverFreeSince, today) * 24 : undefined;
  return {
    today,
    positiveDate: positiveDateFrom(ctx, today) ?? remembered,
    feverFree: stillFever ? false : noFever ? true : facts.feverFreeSince ? true : undefined,
    feverFreeHours: hours ?? (stillFever ? undefined : sinceFact),
    onAntipyretics: e.onAntipyretics,
    // A fever that has not gone is a symptom that has not clearly improved (Xiamen: "第7天仍有发热等症状").
    symptomsImproved: e.recovery === 'worse' || stillFever ? false : e.recovery === 'better' ? true : undefined,
    antigenNegative: e.antigen === undefined ? undefined : e.antigen === 'negative',
    pcrCt35Twice: e.pcrCt35Twice,
  };
}
