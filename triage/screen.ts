/**
 * The deterministic emergency screen. Runs on every message, before and independently of the intent
 * classifier: pure, no I/O, well under a millisecond.
 *
 * Result: the most severe level any rule reaches, and the reasons at that level. An emergency rule whose
 * sign is reported as over ("胸痛已经好了") still fires, one level down (urgent): a resolved chest pain
 * needs a clinician today, not silence.
 */
import type { Screening, Triage, TriageReason } from '../core/types';
import type { ScreenInput } from '../core/understanding';
import { normalizeText } from '../nlp/text/normalize';
import { type AnalyzedClause, type TermStatus, analyzeClauses, numbersAsserted, termStatus } from './assertion';
import { type Condition, type Population, type RedFlagRule, RED_FLAGS, SYMPTOM_TERMS, THRESHOLDS } from './red-flags';
import { BABY_WORDS, CHILD_WORDS, KEY_CONDITION_WORDS, NEWBORN_WORDS, type TermSet } from './terms';

const SEVERITY: Readonly<Record<Triage, number>> = { emergency: 3, urgent: 2, routine: 1, none: 0 };

interface Context {
  text: string;
  clauses: AnalyzedClause[];
  vitals: { spo2?: number; temperatureC?: number; days?: number };
  ages: number[];
  pregnant: boolean;
  conditions: string[];
  termCache: Map<string, TermStatus>;
}

function buildContext(input: ScreenInput): Context {
  const text = normalizeText(input.text);
  const clauses = analyzeClauses(text);
  const { entities, facts } = input;
  const useNumbers = numbersAsserted(clauses);
  return {
    text,
    clauses,
    vitals: useNumbers
      ? {
          spo2: entities.spo2,
          temperatureC: entities.temperatureC,
          days: entities.days ?? facts?.daysSincePositive?.days,
        }
      : { days: facts?.daysSincePositive?.days },
    ages: [...(entities.ages ?? []), ...(facts?.ages ?? [])],
    // This message wins over memory: "我没怀孕" corrects an earlier guess.
    pregnant: (entities.pregnant ?? facts?.pregnant) === true,
    conditions: facts?.conditions ?? [],
    termCache: new Map(),
  };
}

function status(ctx: Context, set: TermSet, emergencyRule: boolean): TermStatus {
  const key = `${set.id}/${emergencyRule ? 'e' : 'o'}`;
  let s = ctx.termCache.get(key);
  if (s === undefined) {
    s = termStatus(ctx.clauses, set, ctx.text, emergencyRule);
    ctx.termCache.set(key, s);
  }
  return s;
}

interface Mode {
  /** Accept signs reported as resolved (keeps a resolved emergency at urgent). */
  lenient: boolean;
  /** Evaluating an emergency rule: signs in generic medicine questions count. */
  emergencyRule: boolean;
}

function inPopulation(ctx: Context, p: Population): boolean {
  const { ages, text } = ctx;
  switch (p) {
    case 'infantUnder3Months':
      return ages.some((a) => a <= THRESHOLDS.infantMaxYears) || NEWBORN_WORDS.test(text);
    case 'infant':
      // 宝宝 is also said of toddlers: a stated age of 1–13 overrides the word.
      return (
        ages.some((a) => a < 1) || (BABY_WORDS.test(text) && !ages.some((a) => a >= 1 && a < THRESHOLDS.childMaxYears))
      );
    case 'child':
      return ages.some((a) => a < THRESHOLDS.childMaxYears) || (CHILD_WORDS.test(text) && !ages.some((a) => a >= 18));
    case 'pregnant':
      return ctx.pregnant;
    case 'aged80Plus':
      return ages.some((a) => a >= THRESHOLDS.elderlyAge);
    case 'keyCondition':
      return KEY_CONDITION_WORDS.test(text) || ctx.conditions.some((c) => KEY_CONDITION_WORDS.test(c.toLowerCase()));
  }
}

function compare(v: number | undefined, op: '<' | '<=' | '>' | '>=', limit: number): boolean {
  if (v === undefined) return false;
  switch (op) {
    case '<':
      return v < limit;
    case '<=':
      return v <= limit;
    case '>':
      return v > limit;
    case '>=':
      return v >= limit;
  }
}

function holds(ctx: Context, c: Condition, mode: Mode): boolean {
  switch (c.kind) {
    case 'terms': {
      const s = status(ctx, c.terms, mode.emergencyRule);
      return s === 'asserted' || (mode.lenient && s === 'resolved');
    }
    case 'vital':
      return compare(ctx.vitals[c.vital], c.op, c.value);
    case 'known':
      return ctx.vitals[c.vital] !== undefined;
    case 'population':
      return inPopulation(ctx, c.population);
    case 'anySymptom':
      return (
        compare(ctx.vitals.temperatureC, '>=', THRESHOLDS.feverC) ||
        SYMPTOM_TERMS.some((t) => status(ctx, t, mode.emergencyRule) === 'asserted')
      );
    case 'all':
      return c.of.every((x) => holds(ctx, x, mode));
    case 'any':
      return c.of.some((x) => holds(ctx, x, mode));
    case 'not':
      return !holds(ctx, c.of, mode);
  }
}

function levelOf(ctx: Context, rule: RedFlagRule): Triage {
  const emergencyRule = rule.level === 'emergency';
  if (holds(ctx, rule.when, { lenient: false, emergencyRule })) return rule.level;
  if (emergencyRule && holds(ctx, rule.when, { lenient: true, emergencyRule })) return 'urgent';
  return 'none';
}

function reasonOf(rule: RedFlagRule): TriageReason {
  return { ruleId: rule.id, label: rule.label, sourceId: rule.sourceId };
}

export function screenMessage(input: ScreenInput): Screening {
  const ctx = buildContext(input);
  let triage: Triage = 'none';
  let reasons: TriageReason[] = [];
  for (const rule of RED_FLAGS) {
    const level = levelOf(ctx, rule);
    if (level === 'none' || SEVERITY[level] < SEVERITY[triage]) continue;
    if (SEVERITY[level] > SEVERITY[triage]) {
      triage = level;
      reasons = [];
    }
    reasons.push(reasonOf(rule));
  }
  return { triage, reasons };
}
