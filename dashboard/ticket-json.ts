/** Tickets, audit rows and figures as the staff API shows them. Dates are ISO 8601 with a zone. */
import type { ChangeResult } from '../conversation/tickets.port';
import type { StaffTicket, TicketDetail } from '../conversation/staff.port';
import type { StaffAccount } from '../core/staff';
import { AppError } from '../core/errors';
import type { SurgeFigures } from '../domains/staff';
import { PRIORITIES, SERVICE_CODES } from '../core/tickets';

export function ticketJson(t: StaffTicket) {
  return {
    id: t.id,
    service: t.service,
    status: t.status,
    priority: t.priority,
    priorityReasons: t.priorityReasons,
    triage: t.triage,
    lang: t.lang,
    channel: t.channel,
    contactName: t.contactName,
    contactPhone: t.contactPhone,
    requesterPhone: t.requesterPhone,
    forWhom: t.forWhom,
    address: t.address,
    communityId: t.communityId,
    street: t.street,
    district: t.district,
    needsRouting: t.needsRouting,
    attributes: t.attributes,
    description: t.description,
    recordingUrl: t.recordingUrl,
    assignee: t.assigneeId ? { id: t.assigneeId, name: t.assigneeName } : null,
    firstResponseDueAt: t.firstResponseDueAt.toISOString(),
    resolutionDueAt: t.resolutionDueAt.toISOString(),
    /** The SLA target running now: the first response until someone answers, then the resolution. */
    nextDueAt: nextDue(t)?.toISOString() ?? null,
    firstRespondedAt: t.firstRespondedAt?.toISOString() ?? null,
    resolvedAt: t.resolvedAt?.toISOString() ?? null,
    closedAt: t.closedAt?.toISOString() ?? null,
    slaPausedAt: t.slaPausedAt?.toISOString() ?? null,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

export function nextDue(t: StaffTicket): Date | undefined {
  if (!['new', 'assigned', 'in_progress'].includes(t.status)) return undefined;
  return t.firstRespondedAt ? t.resolutionDueAt : t.firstResponseDueAt;
}

export function detailJson(d: TicketDetail) {
  return {
    ticket: ticketJson(d.ticket),
    transcript: d.transcript,
    events: d.events.map((e) => ({ ...e, at: e.at.toISOString() })),
  };
}

export function accountJson(a: StaffAccount) {
  return {
    id: a.id,
    username: a.username,
    name: a.name,
    phone: a.phone,
    role: a.role,
    street: a.street,
    district: a.district,
    communities: a.communities,
    active: a.active,
  };
}

/** A refused change as the HTTP answer it is: 404 outside the scope, 409 lost to someone else. */
export function changed(result: ChangeResult): Extract<ChangeResult, { ok: true }> {
  if (result.ok) return result;
  if (result.reason === 'not_found') throw new AppError(404, 'not_found', 'No such ticket.');
  if (result.reason === 'conflict')
    throw new AppError(409, 'conflict', 'Someone else changed or holds this ticket; reload it.');
  throw new AppError(409, 'invalid_transition', `A ${result.ticket.status} ticket cannot change like that.`);
}

const CSV_HEADER = [
  'day',
  ...SERVICE_CODES.map((s) => `created_${s}`),
  'created_total',
  'resolved',
  'resolved_in_time',
  'sla_met_percent',
  ...PRIORITIES.map((p) => `open_${p}_end_of_day`),
  'contacts',
  'sent_to_120',
  'kept_home',
  'kept_clinic',
  'kept_community',
];

/** The charts' figures, one line a day (today's "end of day" is now). */
export function surgeCsv(f: SurgeFigures): string {
  const contacts = new Map(f.contacts.map((c) => [c.day, c]));
  const lines = [CSV_HEADER.join(',')];
  for (const d of f.days) {
    const c = contacts.get(d.day);
    const created = SERVICE_CODES.map((s) => d.created[s]);
    lines.push(
      [
        d.day,
        ...created,
        created.reduce((a, b) => a + b, 0),
        d.resolved,
        d.resolvedInTime,
        slaPercent(d.resolved, d.resolvedInTime) ?? '',
        ...PRIORITIES.map((p) => d.openAtEnd[p]),
        c?.contacts ?? 0,
        c?.sentTo120 ?? 0,
        c?.keptHome ?? 0,
        c?.keptClinic ?? 0,
        c?.keptCommunity ?? 0,
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

export function slaPercent(resolved: number, inTime: number): number | undefined {
  return resolved ? Math.round((inTime / resolved) * 1000) / 10 : undefined;
}
