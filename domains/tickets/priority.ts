/**
 * A ticket's priority: the most urgent priority among the rules that match (knowledge/services/
 * priority-rules.json: the State Council notice's red / yellow / green grading, raised by the
 * emergency screen's urgency), green when none does. The ids of the matching rules are kept on the
 * ticket so a commissioner sees why.
 */
import { PRIORITIES, type Priority, type ServiceCode } from '../../core/tickets';
import type { Triage } from '../../core/types';
import type { KeyFact, PriorityCondition, PriorityRule } from '../../knowledge/services/catalog';

export interface PriorityInput {
  service: ServiceCode;
  age?: number;
  keyFacts: readonly KeyFact[];
  /** The most severe level the screen gave the request's messages (emergency counts as urgent). */
  triage: Triage;
  fever: boolean;
  withoutAntipyretic: boolean;
}

export interface PriorityAssessment {
  priority: Priority;
  reasons: string[];
}

const TRIAGE_RANK: Record<Triage, number> = { none: 0, routine: 1, urgent: 2, emergency: 3 };

function holds(when: PriorityCondition, input: PriorityInput): boolean {
  if (when.minAge !== undefined && (input.age === undefined || input.age < when.minAge)) return false;
  if (when.anyOf && !when.anyOf.some((f) => input.keyFacts.includes(f))) return false;
  if (when.triageAtLeast && TRIAGE_RANK[input.triage] < TRIAGE_RANK[when.triageAtLeast]) return false;
  if (when.fever && !input.fever) return false;
  if (when.withoutAntipyretic && !input.withoutAntipyretic) return false;
  if (when.services && !when.services.includes(input.service)) return false;
  return true;
}

export function assessPriority(rules: readonly PriorityRule[], input: PriorityInput): PriorityAssessment {
  const matched = rules.filter((r) => holds(r.when, input));
  if (matched.length === 0) return { priority: 'green', reasons: [] };
  const rank = (p: string) => PRIORITIES.indexOf(p as Priority);
  const priority = matched.map((r) => r.priority as Priority).sort((a, b) => rank(a) - rank(b))[0]!;
  return { priority, reasons: matched.filter((r) => r.priority === priority).map((r) => r.id) };
}
