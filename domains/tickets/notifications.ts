/**
 * Which SMS a ticket change sends, to whom, under which unique key: the resident when the ticket is
 * taken and when it is resolved; the community's commissioners when a red ticket arrives (the
 * district's leads when no community matched); the leads when a target is breached.
 */
import { say } from '../../core/messages';
import type { NewNotification, StaffContact, TicketRecord } from '../../conversation/tickets.port';
import type { EscalationLevel, SlaTarget } from '../../conversation/tickets.port';
import type { Lang } from '../../core/types';
import type { ServiceCatalog } from '../../knowledge/services/catalog';
import { NOTIFICATION_TEXTS, PRIORITY_NAMES, TARGET_NAMES, UNROUTED } from './ticket-texts';

export interface NotificationContext {
  catalog: ServiceCatalog;
  emergencyNumber: string;
  communityName(id: string): string | undefined;
}

const serviceName = (ctx: NotificationContext, t: TicketRecord, lang: Lang) =>
  ctx.catalog.services.find((s) => s.code === t.service)?.name[lang] ?? t.service;

/** Where the ticket is, for staff: the community, or the district queue. Never the street address. */
function whereOf(ctx: NotificationContext, t: TicketRecord): string {
  const name = t.communityId ? ctx.communityName(t.communityId) : undefined;
  return name ?? say(UNROUTED, 'zh', { district: t.district });
}

/** The resident's number to text: the contact phone given, else the number they wrote from. */
export function residentPhone(t: TicketRecord): string | undefined {
  return t.contactPhone ?? t.requesterPhone ?? undefined;
}

export function residentUpdate(ctx: NotificationContext, kind: 'taken' | 'resolved') {
  return (t: TicketRecord): NewNotification[] => {
    const to = residentPhone(t);
    if (!to) return [];
    const body = say(NOTIFICATION_TEXTS[kind], t.lang, {
      id: t.id,
      service: serviceName(ctx, t, t.lang),
      emergency: ctx.emergencyNumber,
    });
    return [{ key: `${t.id}:${kind}:resident`, kind: `resident_${kind}`, to, body }];
  };
}

export function redAlert(ctx: NotificationContext, recipients: readonly StaffContact[]) {
  return (t: TicketRecord): NewNotification[] => {
    if (t.priority !== 'red') return [];
    const summary = t.description.split('\n').slice(0, 3).join('；').slice(0, 120);
    const body = say(NOTIFICATION_TEXTS.red, 'zh', {
      id: t.id,
      service: serviceName(ctx, t, 'zh'),
      where: whereOf(ctx, t),
      summary,
    });
    return recipients
      .filter((r) => r.phone)
      .map((r) => ({ key: `${t.id}:red:${r.id}`, kind: 'staff_red', to: r.phone!, body }));
  };
}

export function escalationAlert(
  ctx: NotificationContext,
  target: SlaTarget,
  level: EscalationLevel,
  recipients: readonly StaffContact[],
) {
  return (t: TicketRecord): NewNotification[] => {
    const body = say(NOTIFICATION_TEXTS.escalated, 'zh', {
      id: t.id,
      service: serviceName(ctx, t, 'zh'),
      priority: PRIORITY_NAMES[t.priority].zh,
      target: TARGET_NAMES[target].zh,
      where: whereOf(ctx, t),
    });
    return recipients
      .filter((r) => r.phone)
      .map((r) => ({
        key: `${t.id}:escalated:${target}:${level}:${r.id}`,
        kind: `staff_${level}_lead`,
        to: r.phone!,
        body,
      }));
  };
}
