/**
 * Tickets as staff see them (conversation/staff.port.ts). Every query here starts from the account's
 * scope (db/ticket-scope.ts) in its WHERE clause: a ticket outside it is never read, so it is not
 * found, counted, charted or exported.
 */
import { Prisma, type PrismaClient } from './generated/client';
import { SERVICE_CODES, OPEN_STATUSES, PRIORITIES, type Priority, type ServiceCode } from '../core/tickets';
import type { TicketScope } from '../core/staff';
import type { TranscriptLine } from '../conversation/tickets.port';
import type {
  ContactDay,
  StaffTicket,
  StaffTicketFilter,
  StaffTicketQueries,
  TicketDay,
  TicketDetail,
} from '../conversation/staff.port';
import { dayOf, daysBetween, startOfDay } from '../core/days';
import { scopeSql, scopeWhere } from './ticket-scope';
import { toRecord } from './ticket.repository';

const withAssignee = { assignee: { select: { name: true } } } as const;
type Row = Prisma.TicketGetPayload<{ include: typeof withAssignee }>;

export class PrismaStaffTicketQueries implements StaffTicketQueries {
  constructor(private readonly prisma: PrismaClient) {}

  async list(scope: TicketScope, f: StaffTicketFilter): Promise<StaffTicket[]> {
    const conditions: Prisma.Sql[] = [scopeSql(scope)];
    if (f.status?.length) conditions.push(Prisma.sql`t."status" IN (${Prisma.join(f.status)})`);
    if (f.service) conditions.push(Prisma.sql`t."service" = ${f.service}`);
    if (f.priority) conditions.push(Prisma.sql`t."priority" = ${f.priority}`);
    if (f.communityId) conditions.push(Prisma.sql`t."communityId" = ${f.communityId}`);
    if (f.assigneeId) conditions.push(Prisma.sql`t."assigneeId" = ${f.assigneeId}`);
    if (f.unrouted) conditions.push(Prisma.sql`t."communityId" IS NULL`);
    // Open before finished; red, yellow, green; then whichever SLA target is due next.
    const ids = await this.prisma.$queryRaw<{ id: string }[]>`
      SELECT t."id" FROM "Ticket" t
      WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY
        CASE WHEN t."status" IN (${Prisma.join(OPEN_STATUSES)}) THEN 0 ELSE 1 END,
        CASE t."priority" WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 ELSE 2 END,
        CASE WHEN t."firstRespondedAt" IS NULL THEN t."firstResponseDueAt" ELSE t."resolutionDueAt" END,
        t."seq"
      LIMIT ${f.limit}`;
    if (ids.length === 0) return [];
    const rows = await this.prisma.ticket.findMany({
      where: { id: { in: ids.map((r) => r.id) } },
      include: withAssignee,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((r) => (byId.has(r.id) ? [toStaffTicket(byId.get(r.id)!)] : []));
  }

  async find(scope: TicketScope, id: string): Promise<StaffTicket | null> {
    const row = await this.prisma.ticket.findFirst({ where: { id, ...scopeWhere(scope) }, include: withAssignee });
    return row ? toStaffTicket(row) : null;
  }

  async detail(scope: TicketScope, id: string): Promise<TicketDetail | null> {
    const row = await this.prisma.ticket.findFirst({
      where: { id, ...scopeWhere(scope) },
      include: { ...withAssignee, events: { orderBy: { seq: 'asc' } } },
    });
    if (!row) return null;
    const staffIds = [...new Set(row.events.flatMap((e) => (e.actor.startsWith('staff:') ? [e.actor.slice(6)] : [])))];
    const names = new Map(
      (
        await this.prisma.staffMember.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } })
      ).map((s) => [s.id, s.name]),
    );
    return {
      ticket: toStaffTicket(row),
      transcript: await this.transcript(row),
      events: row.events.map((e) => ({
        at: e.at,
        actor: e.actor,
        actorName: e.actor.startsWith('staff:') ? (names.get(e.actor.slice(6)) ?? null) : null,
        kind: e.kind,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        note: e.note,
      })),
    };
  }

  async openByPriority(scope: TicketScope): Promise<Record<Priority, number>> {
    const groups = await this.prisma.ticket.groupBy({
      by: ['priority'],
      where: { ...scopeWhere(scope), status: { in: [...OPEN_STATUSES] } },
      _count: { _all: true },
    });
    const counts = Object.fromEntries(PRIORITIES.map((p) => [p, 0])) as Record<Priority, number>;
    for (const g of groups) if (g.priority in counts) counts[g.priority as Priority] = g._count._all;
    return counts;
  }

  async ticketDays(scope: TicketScope, from: Date, to: Date): Promise<TicketDay[]> {
    const where = scopeWhere(scope);
    const [created, resolved, spanning] = await Promise.all([
      this.prisma.ticket.findMany({
        where: { ...where, createdAt: { gte: from, lt: to } },
        select: { service: true, createdAt: true },
      }),
      this.prisma.ticket.findMany({
        where: { ...where, resolvedAt: { gte: from, lt: to } },
        select: { resolvedAt: true, resolutionDueAt: true },
      }),
      // Every ticket open at some point of the period, for the open count at each day's end.
      this.prisma.ticket.findMany({
        where: {
          ...where,
          createdAt: { lt: to },
          AND: [
            { OR: [{ resolvedAt: null }, { resolvedAt: { gte: from } }] },
            { OR: [{ closedAt: null }, { closedAt: { gte: from } }] },
          ],
        },
        select: { priority: true, createdAt: true, resolvedAt: true, closedAt: true },
      }),
    ]);
    const days = new Map(daysBetween(from, to).map((day) => [day, emptyTicketDay(day)]));
    for (const t of created) {
      const d = days.get(dayOf(t.createdAt));
      if (d && (SERVICE_CODES as readonly string[]).includes(t.service)) d.created[t.service as ServiceCode] += 1;
    }
    for (const t of resolved) {
      const d = days.get(dayOf(t.resolvedAt!));
      if (!d) continue;
      d.resolved += 1;
      if (t.resolvedAt! <= t.resolutionDueAt) d.resolvedInTime += 1;
    }
    for (const d of days.values()) {
      const end = Math.min(to.getTime(), startOfDay(d.day).getTime() + 86_400_000);
      for (const t of spanning) {
        const finished = [t.resolvedAt, t.closedAt].some((at) => at && at.getTime() < end);
        if (t.createdAt.getTime() < end && !finished && t.priority in d.openAtEnd)
          d.openAtEnd[t.priority as Priority] += 1;
      }
    }
    return [...days.values()];
  }

  async contactDays(from: Date, to: Date): Promise<ContactDay[]> {
    const messages = await this.prisma.message.findMany({
      where: { createdAt: { gte: from, lt: to } },
      select: { conversationId: true, direction: true, intent: true, triage: true, createdAt: true },
    });
    // One contact is one conversation on one day; what happened in it decides where it went.
    const contacts = new Map<string, { day: string; outcomes: Set<string> }>();
    for (const m of messages) {
      const day = dayOf(m.createdAt);
      const key = `${day}|${m.conversationId}`;
      const c = contacts.get(key) ?? { day, outcomes: new Set<string>() };
      contacts.set(key, c);
      const outcome = outcomeOf(m.intent, m.triage);
      if (outcome) c.outcomes.add(outcome);
    }
    const days = new Map(
      daysBetween(from, to).map((day) => [
        day,
        { day, contacts: 0, sentTo120: 0, keptHome: 0, keptClinic: 0, keptCommunity: 0 },
      ]),
    );
    for (const c of contacts.values()) {
      const d = days.get(c.day);
      if (!d) continue;
      d.contacts += 1;
      if (c.outcomes.has('120')) d.sentTo120 += 1;
      else if (c.outcomes.has('community')) d.keptCommunity += 1;
      else if (c.outcomes.has('clinic')) d.keptClinic += 1;
      else if (c.outcomes.has('home')) d.keptHome += 1;
    }
    return [...days.values()];
  }

  private async transcript(row: Row): Promise<TranscriptLine[]> {
    if (Array.isArray(row.transcript)) return row.transcript as unknown as TranscriptLine[];
    if (!row.conversationId) return [];
    // The conversation's latest messages: the request, and whatever the person said since.
    const messages = await this.prisma.message.findMany({
      where: { conversationId: row.conversationId },
      orderBy: [{ createdAt: 'desc' }, { seq: 'desc' }],
      take: 30,
      select: { direction: true, text: true, createdAt: true },
    });
    return messages
      .reverse()
      .map((m) => ({ direction: m.direction === 'out' ? 'out' : 'in', text: m.text, at: m.createdAt.toISOString() }));
  }
}

/**
 * Where a message sent the person: 120 (the screen said emergency), or kept away from it — a
 * community service or call-back, a clinic (the screen said today, or a clinic was asked for), or
 * care at home (medicine, isolation, symptom advice).
 */
function outcomeOf(intent: string | null, triage: string | null): string | undefined {
  if (triage === 'emergency' || intent === 'emergency') return '120';
  if (intent?.startsWith('service.') || intent === 'human.agent') return 'community';
  if (triage === 'urgent' || intent === 'clinic.find') return 'clinic';
  if (intent?.startsWith('medication.') || intent?.startsWith('isolation.') || intent === 'symptom.advice')
    return 'home';
  return undefined;
}

function emptyTicketDay(day: string): TicketDay {
  return {
    day,
    created: Object.fromEntries(SERVICE_CODES.map((s) => [s, 0])) as Record<ServiceCode, number>,
    resolved: 0,
    resolvedInTime: 0,
    openAtEnd: Object.fromEntries(PRIORITIES.map((p) => [p, 0])) as Record<Priority, number>,
  };
}

function toStaffTicket(row: Row): StaffTicket {
  return { ...toRecord(row), assigneeName: row.assignee?.name ?? null };
}
