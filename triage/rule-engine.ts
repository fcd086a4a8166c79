/**
 * Evaluates the red-flag rules (knowledge/red-flags/rules.json) over what the sign reader found, the
 * vital signs and who the person is. The result is the most severe level any rule reaches and the
 * rules that reached it.
 *
 * An emergency rule that holds only through signs that are over or in the past still gives urgent (a
 * faint that came round, chest pain yesterday not yet checked: a clinician today); when those signs
 * were checked and found fine, nothing.
 */
import type { Triage } from '../core/types';
import type { Condition, Population, RedFlagRule, Vital } from '../knowledge/red-flags';
import { NAMES_NOT_SYMPTOMS, type MessageReading, type SignStatus } from './sign-reader';

export interface RuleContext {
  reading: MessageReading;
  vitals: Partial<Record<Vital, number>>;
  /** Ages of the person, from this message and earlier turns, in years. */
  ages: readonly number[];
  pregnant: boolean;
  /** Conditions remembered from earlier turns (dialysis, chemotherapy…). */
  conditions: readonly string[];
  /** A medicine from the catalog is named. */
  medicine: boolean;
}

/** An emergency sign in a generic question still counts ("孩子抽搐能吃什么药" goes to 120). */
const STRICT_EMERGENCY: ReadonlySet<SignStatus> = new Set(['asserted', 'generic']);
const STRICT: ReadonlySet<SignStatus> = new Set(['asserted']);
/** Over now, not yet checked: a clinician today for an emergency sign, home care for a symptom. Past history is neither. */
const LENIENT: ReadonlySet<SignStatus> = new Set(['asserted', 'generic', 'resolved']);
const ROUTINE: ReadonlySet<SignStatus> = new Set(['asserted', 'resolved']);

/** Signs that are not symptoms: who the person is and what they take. */
// Facts about the person or what they took, not how they feel: "took one extra tablet" is not a symptom.
const NOT_SYMPTOMS: ReadonlySet<string> = new Set([...NAMES_NOT_SYMPTOMS, 'infection', 'dose.extra']);

const KEY_CONDITION = /透析|化疗|放疗|移植|免疫抑制|dialysis|chemo|transplant|immunosuppress/;

const AGE = { childMax: 14, infantMax: 1, youngInfantMax: 0.25, elderly: 80, adult: 18 } as const;

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

/** A condition compiled once into a test of one evaluation (which statuses count, over what was read). */
type Check = (ev: Evaluation) => boolean;

/** Each rule's conditions are tested on every turn: dispatch on their shape once, not on every test. */
const compiled = new WeakMap<Condition, Check>();

function compile(c: Condition): Check {
  let check = compiled.get(c);
  if (!check) {
    check = build(c);
    compiled.set(c, check);
  }
  return check;
}

function build(c: Condition): Check {
  if ('all' in c) {
    const parts = c.all.map(compile);
    return (ev) => parts.every((p) => p(ev));
  }
  if ('any' in c) {
    const parts = c.any.map(compile);
    return (ev) => parts.some((p) => p(ev));
  }
  if ('not' in c) {
    const inner = compile(c.not);
    return (ev) => !inner(ev);
  }
  if ('sign' in c) {
    const { sign, withNear, withoutNear, evenIfOver } = c;
    return (ev) => ev.sign(sign, withNear, withoutNear, evenIfOver);
  }
  if ('qualifier' in c) {
    const { qualifier } = c;
    return (ev) => ev.ctx.reading.atoms.has(qualifier);
  }
  if ('trigger' in c) {
    const { trigger } = c;
    if (trigger !== 'any') return (ev) => ev.ctx.reading.atoms.has(trigger);
    return (ev) => [...ev.ctx.reading.atoms].some((a) => a.startsWith('trig.'));
  }
  if ('vital' in c) {
    const { vital, op, value } = c;
    return (ev) => compare(ev.ctx.vitals[vital], op, value);
  }
  if ('known' in c) {
    const { known } = c;
    return (ev) => ev.ctx.vitals[known] !== undefined;
  }
  if ('age' in c) {
    const { age, value } = c;
    return (ev) => ev.ctx.ages.some((a) => compare(a, age, value));
  }
  if ('population' in c) {
    const { population } = c;
    return (ev) => ev.population(population);
  }
  if ('medicine' in c) return (ev) => ev.ctx.medicine;
  // Resolved when the rules are loaded (knowledge/red-flags/index.ts); one left here is a loader bug.
  if ('is' in c) throw new Error(`named condition "${c.is}" was not resolved`);
  return (ev) => ev.anySymptom();
}

class Evaluation {
  constructor(
    readonly ctx: RuleContext,
    private readonly accept: ReadonlySet<SignStatus>,
  ) {}

  holds(c: Condition): boolean {
    return compile(c)(this);
  }

  sign(id: string, withNear?: readonly string[], withoutNear?: readonly string[], evenIfOver?: boolean): boolean {
    const occurrences = this.ctx.reading.signs.get(id) ?? [];
    return occurrences.some((o) => {
      if (!this.accept.has(o.status) && !(evenIfOver && o.status === 'resolved')) return false;
      const near = this.ctx.reading.clauseAtoms[o.clause];
      if (withNear && !withNear.some((q) => near.has(q))) return false;
      if (withoutNear && withoutNear.some((q) => near.has(q))) return false;
      return true;
    });
  }

  private person(id: string): boolean {
    return this.ctx.reading.atoms.has(id);
  }

  population(p: Population): boolean {
    const { ages } = this.ctx;
    const statedOlder = (min: number) => ages.some((a) => a >= min);
    switch (p) {
      case 'youngInfant':
        return ages.some((a) => a <= AGE.youngInfantMax) || this.person('person.newborn');
      case 'infant':
        return (
          ages.some((a) => a < AGE.infantMax) ||
          ((this.person('person.baby') || this.person('person.newborn')) && !statedOlder(AGE.infantMax))
        );
      case 'child':
        return (
          ages.some((a) => a < AGE.childMax) ||
          ((this.person('person.child') || this.person('person.baby') || this.person('person.newborn')) &&
            !statedOlder(AGE.adult))
        );
      case 'pregnant':
        return this.ctx.pregnant;
      case 'aged80':
        return statedOlder(AGE.elderly);
      case 'keyCondition':
        return this.ctx.conditions.some((c) => KEY_CONDITION.test(c.toLowerCase()));
    }
  }

  anySymptom(): boolean {
    if (compare(this.ctx.vitals.temperatureC, '>=', 37.3)) return true;
    for (const [id, occurrences] of this.ctx.reading.signs) {
      if (NOT_SYMPTOMS.has(id)) continue;
      if (occurrences.some((o) => STRICT.has(o.status))) return true;
    }
    return false;
  }
}

const SEVERITY: Readonly<Record<Triage, number>> = { emergency: 3, urgent: 2, routine: 1, none: 0 };

export function levelOf(rule: RedFlagRule, ctx: RuleContext): Triage {
  const emergency = rule.level === 'emergency';
  const accept = emergency
    ? STRICT_EMERGENCY
    : rule.level === 'routine' && rule.countsOver !== false
      ? ROUTINE
      : STRICT;
  if (new Evaluation(ctx, accept).holds(rule.when)) return rule.level;
  if (emergency && new Evaluation(ctx, LENIENT).holds(rule.when)) return 'urgent';
  return 'none';
}

export interface RuleResult {
  triage: Triage;
  rules: RedFlagRule[];
}

export function evaluateRules(rules: readonly RedFlagRule[], ctx: RuleContext): RuleResult {
  let triage: Triage = 'none';
  let hit: RedFlagRule[] = [];
  for (const rule of rules) {
    const level = levelOf(rule, ctx);
    if (level === 'none' || SEVERITY[level] < SEVERITY[triage]) continue;
    if (SEVERITY[level] > SEVERITY[triage]) {
      triage = level;
      hit = [];
    }
    hit.push(rule);
  }
  return { triage, rules: hit };
}
