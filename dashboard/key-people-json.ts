/** Key people as the staff API answers them (CONTRACT.md "Key people and check-ins"). */
import type { KeyPerson } from '../core/key-people';
import type { CheckInWithAttempts, KeyPersonEventRow, KeyPersonSummary } from '../conversation/key-people.port';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function personJson(p: KeyPerson & Partial<Pick<KeyPersonSummary, 'lastContactAt' | 'nextDueAt'>>) {
  return {
    id: p.id,
    name: p.name,
    phone: p.phone,
    communityId: p.communityId,
    street: p.street,
    district: p.district,
    grade: p.grade,
    gradeSource: p.gradeSource,
    gradeReason: p.gradeReason,
    age: p.age,
    conditions: p.conditions,
    diseaseUnstable: p.diseaseUnstable,
    pregnant: p.pregnant,
    livesAlone: p.livesAlone,
    vaccinated: p.vaccinated,
    channel: p.channel,
    contactTimes: p.contactTimes,
    optedOut: p.optedOut,
    familyPhone: p.familyPhone,
    familyName: p.familyName,
    infected: p.infected,
    notes: p.notes,
    ...(p.lastContactAt !== undefined ? { lastContactAt: iso(p.lastContactAt) } : {}),
    ...(p.nextDueAt !== undefined ? { nextDueAt: iso(p.nextDueAt) } : {}),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function checkInJson(c: CheckInWithAttempts) {
  return {
    id: c.id,
    slot: c.slot.toISOString(),
    kind: c.kind,
    status: c.status,
    channel: c.channel,
    attempts: c.attemptRows.map((a) => ({ n: a.n, channel: a.channel, at: a.at.toISOString(), outcome: a.outcome })),
    answeredAt: iso(c.answeredAt),
    outcome: c.outcome,
    answer: c.answer,
    ticketId: c.ticketId,
  };
}

export function eventJson(e: KeyPersonEventRow) {
  return { actor: e.actor, kind: e.kind, changes: e.changes, note: e.note, at: e.at.toISOString() };
}
