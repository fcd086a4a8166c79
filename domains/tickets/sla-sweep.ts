/**
 * The minute sweep (a pg-boss schedule): tickets whose first response or resolution is overdue are
 * escalated to the street lead at once and to the district lead when still overdue later (sla.json).
 * Each escalation is a unique row, so two instances sweeping together escalate once. The sweep also
 * queues notifications whose job was lost, or whose sender died holding its claim.
 */
import type { Breach, EscalationLevel, SlaTarget, StaffContact } from '../../conversation/tickets.port';
import { SEND_LEASE_MS } from './notification-delivery';
import { escalationAlert } from './notifications';
import type { TicketService } from './ticket.service';

const BATCH = 200;
/** A pending notification older than this lost its job: queue it again. */
const LOST_JOB_MS = 2 * 60_000;
const MINUTE = 60_000;

export interface SweepResult {
  escalations: number;
  requeued: number;
}

export async function sweepSla(service: TicketService): Promise<SweepResult> {
  const { repository, clock } = service.deps;
  const now = clock.now();
  let escalations = 0;
  for (const breach of await repository.findBreaches(now, BATCH)) {
    for (const [target, level] of dueEscalations(service, breach, now)) {
      const recipients = await leadsFor(service, breach, level);
      const { written, notificationIds } = await repository.escalate(
        breach.ticket.id,
        target,
        level,
        { actor: 'system', at: now, note: `SLA ${target} breached: escalated to the ${level} lead` },
        escalationAlert(service.notificationContext, target, level, recipients),
      );
      if (written) {
        escalations += 1;
        await service.enqueue(notificationIds);
      }
    }
  }
  const lost = await repository.pendingNotifications(
    new Date(now.getTime() - LOST_JOB_MS),
    BATCH,
    new Date(now.getTime() - SEND_LEASE_MS),
  );
  await service.enqueue(lost);
  return { escalations, requeued: lost.length };
}

function dueEscalations(
  service: TicketService,
  { ticket, escalated }: Breach,
  now: Date,
): [SlaTarget, EscalationLevel][] {
  const due: [SlaTarget, Date][] = [];
  if (!ticket.firstRespondedAt && ticket.firstResponseDueAt <= now)
    due.push(['first_response', ticket.firstResponseDueAt]);
  if (ticket.resolutionDueAt <= now) due.push(['resolution', ticket.resolutionDueAt]);
  const districtDelay = service.sla.districtDelayMinutes(ticket.priority) * MINUTE;
  return due.flatMap(([target, at]) => {
    const levels: EscalationLevel[] = ['street'];
    if (now.getTime() >= at.getTime() + districtDelay) levels.push('district');
    return levels
      .filter((level) => !escalated.includes(`${target}:${level}`))
      .map((level) => [target, level] as [SlaTarget, EscalationLevel]);
  });
}

/** A ticket with no street (district queue) goes to the district's leads at the street level too. */
async function leadsFor(service: TicketService, { ticket }: Breach, level: EscalationLevel): Promise<StaffContact[]> {
  const { staff } = service.deps;
  if (level === 'street' && ticket.street) return staff.streetLeads(ticket.district, ticket.street);
  return staff.districtLeads(ticket.district);
}
