import type { ReleasePath, RuleSet } from '../../knowledge/isolation/catalog';
import { addDaysIso } from '../../core/calendar';

/**
 * When can home isolation end? A pure function of what the person told us and the rule set.
 * Every condition is met, not met, or unknown; unknown ones become the "if …" of the answer.
 */
export interface ReleaseStatus {
  today: string;
  positiveDate?: string;
  /** No fever now (true), still fever (false), not said (undefined). */
  feverFree?: boolean;
  /** How long without fever, when said. */
  feverFreeHours?: number;
  /** The temperature is normal only thanks to fever medicine. */
  onAntipyretics?: boolean;
  symptomsImproved?: boolean;
  antigenNegative?: boolean;
  pcrCt35Twice?: boolean;
}

export type Condition = 'feverFree' | 'symptomsImproved' | 'antigenNegative' | 'pcrCt35Twice';
type State = 'met' | 'not-met' | 'unknown';

export type ReleaseDecision =
  | { kind: 'need-positive-date' }
  | { kind: 'can-end'; date: string; ifConditions: Condition[]; path: ReleasePath }
  | { kind: 'not-yet'; date?: string; because: Condition[]; path: ReleasePath };

function feverState(path: ReleasePath, s: ReleaseStatus): State {
  if (path.feverFreeHours === undefined) return 'met';
  if (s.feverFree === false || s.onAntipyretics) return 'not-met';
  if (s.feverFree === undefined || s.feverFreeHours === undefined) return 'unknown';
  // Exactly the limit ("一天没烧") cannot tell "more than 24 hours": ask rather than refuse.
  if (s.feverFreeHours === path.feverFreeHours) return 'unknown';
  return s.feverFreeHours > path.feverFreeHours ? 'met' : 'not-met';
}

function flagState(required: boolean | undefined, value: boolean | undefined): State {
  if (!required) return 'met';
  if (value === undefined) return 'unknown';
  return value ? 'met' : 'not-met';
}

interface PathResult {
  path: ReleasePath;
  date: string;
  states: Partial<Record<Condition, State>>;
}

function evaluatePath(path: ReleasePath, s: ReleaseStatus): PathResult | undefined {
  if (path.minFullDays !== undefined && !s.positiveDate) return undefined;
  const date =
    path.minFullDays !== undefined && s.positiveDate ? addDaysIso(s.positiveDate, path.minFullDays) : s.today;
  return {
    path,
    date,
    states: {
      feverFree: feverState(path, s),
      symptomsImproved: flagState(path.symptomsImproved, s.symptomsImproved),
      antigenNegative: flagState(path.antigenNegative, s.antigenNegative),
      pcrCt35Twice: flagState(path.pcrCt35Twice, s.pcrCt35Twice),
    },
  };
}

const having = (r: PathResult, state: State) =>
  (Object.keys(r.states) as Condition[]).filter((c) => r.states[c] === state);

export function decideRelease(ruleSet: RuleSet, status: ReleaseStatus): ReleaseDecision {
  const results = ruleSet.paths.map((p) => evaluatePath(p, status)).filter((r): r is PathResult => !!r);
  if (results.length === 0) return { kind: 'need-positive-date' };
  // A date already passed counts as today, so a path with nothing left to confirm wins the tie.
  const effective = (r: PathResult) => (r.date > status.today ? r.date : status.today);
  const open = results
    .filter((r) => having(r, 'not-met').length === 0)
    .sort(
      (a, b) => effective(a).localeCompare(effective(b)) || having(a, 'unknown').length - having(b, 'unknown').length,
    );
  if (open.length > 0) {
    const best = open[0];
    return { kind: 'can-end', date: effective(best), ifConditions: having(best, 'unknown'), path: best.path };
  }
  // Every way out is blocked now: explain the one that would end soonest once its conditions are met.
  const soonest = [...results].sort((a, b) => a.date.localeCompare(b.date))[0];
  return {
    kind: 'not-yet',
    date: soonest.date > status.today ? soonest.date : undefined,
    because: having(soonest, 'not-met'),
    path: soonest.path,
  };
}
