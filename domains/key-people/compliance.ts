/**
 * The notice's figure, per week: of the people graded red, how many were reached at least 3 times; of
 * those graded yellow, at least twice (the counts of knowledge/key-people/grading.json). Reached means
 * a check-in they answered — an SMS nobody answered is not a contact. Pure.
 */
import type { CheckIn, Grade } from '../../core/key-people';
import { weekStartOf } from './schedule';

const WEEK_MS = 7 * 86_400_000;

export interface ComplianceWeek {
  /** Monday 00:00 Asia/Shanghai. */
  weekStart: Date;
  red: { people: number; met: number };
  yellow: { people: number; met: number };
}

export interface CompliancePerson {
  id: string;
  grade: Grade;
  createdAt: Date;
}

export function compliance(
  people: readonly CompliancePerson[],
  checkIns: readonly Pick<CheckIn, 'personId' | 'slot' | 'status'>[],
  weeks: number,
  now: Date,
  contactsPerWeek: Record<Grade, number>,
): ComplianceWeek[] {
  const current = weekStartOf(now).getTime();
  const out: ComplianceWeek[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const start = current - w * WEEK_MS;
    const end = start + WEEK_MS;
    const answered = new Map<string, number>();
    for (const c of checkIns) {
      const t = c.slot.getTime();
      if (t >= start && t < end && c.status === 'answered')
        answered.set(c.personId, (answered.get(c.personId) ?? 0) + 1);
    }
    const week: ComplianceWeek = {
      weekStart: new Date(start),
      red: { people: 0, met: 0 },
      yellow: { people: 0, met: 0 },
    };
    for (const p of people) {
      if (p.grade === 'green' || p.createdAt.getTime() >= end) continue;
      const bucket = week[p.grade];
      bucket.people++;
      if ((answered.get(p.id) ?? 0) >= contactsPerWeek[p.grade]) bucket.met++;
    }
    out.push(week);
  }
  return out;
}

/** Where a person's check-ins stand now, for the community's list. */
export type ContactState = 'due' | 'overdue' | 'unreachable' | 'ok' | 'opted_out' | 'none';

export function contactState(
  checkIns: readonly Pick<CheckIn, 'status' | 'slot' | 'nextAttemptAt'>[],
  optedOut: boolean,
  now: Date,
): ContactState {
  if (optedOut) return 'opted_out';
  const sorted = [...checkIns].sort((a, b) => b.slot.getTime() - a.slot.getTime());
  const past = sorted.filter((c) => c.slot <= now);
  const last = past.find((c) => c.status !== 'planned');
  if (past.some((c) => c.status === 'planned' && now.getTime() - c.slot.getTime() > 30 * 60_000)) return 'overdue';
  if (last && (last.status === 'unanswered' || last.status === 'opted_out' || last.status === 'failed'))
    return 'unreachable';
  const endOfDay = now.getTime() + 86_400_000;
  if (sorted.some((c) => (c.status === 'planned' || c.status === 'awaiting') && c.slot.getTime() <= endOfDay))
    return 'due';
  return sorted.length ? 'ok' : 'none';
}
