/**
 * Tickets in the database. Every change writes the ticket, its audit row and the notifications it
 * causes in one transaction (Documenso style), and every change is conditional on the state it was
 * decided on, so two instances or two staff members acting at once cannot both win.
 */
import type { Prisma, PrismaClient } from './generated/client';
import type { RawQuery } from './database';
import { isUniqueViolation } from './errors';
import { canTransition, isOpen, type TicketStatus } from '../core/tickets';
import type { TicketScope } from '../core/staff';
import { scopeWhere } from './ticket-scope';
import type {
  AuditEntry,
  Breach,
  ChangeResult,
  CreateResult,
  EscalationLevel,
  NewTicket,
  NotificationOutcome,
  NotificationRow,
  NotificationsFor,
  Reassignment,
  SlaTarget,
  TicketQuery,
  TicketRecord,
  TicketRepository,
  TranscriptLine,
} from '../conversation/tickets.port';
import { ticketIdFor } from '../core/tickets';

type Tx = Prisma.TransactionClient;
type Row = Prisma.TicketGetPayload<object>;

const json = (value: unknown) => value as Prisma.InputJsonValue;
/** A ticket's number, taken before it is written (its id is made of it). */
const NEXT_SEQ = `SELECT nextval(pg_get_serial_sequence('"Ticket"', 'seq'))::text AS seq`;
/** The transcript kept on a ticket: enough for a call-back, not the whole history of a number. */
const TRANSCRIPT_MESSAGES = 30;

class Refused extends Error {
  constructor(readonly result: ChangeResult) {
    super('refused');
  }
}

/** Prisma's DateTime columns are timestamp(3) in UTC; raw statements write them the same way. */
const utc = (at: Date) => at.toISOString().slice(0, -1);

/**
 * A ticket and its "created" audit row in one statement, so in one implicit transaction; the transcript
 * (the conversation's last messages, then the turn's own lines) is read in it too. A request already
 * made (its key is unique) writes nothing and returns no row.
 */
const CREATE_TICKET = `
  WITH ticket AS (
    INSERT INTO "Ticket" (id, seq, "requestKey", service, priority, "priorityReasons", triage, lang, channel,
      "conversationId", "requesterPhone", "contactPhone", "contactName", "forWhom", address, "communityId",
      street, district, "needsRouting", attributes, description, "recordingUrl", transcript,
      "firstResponseDueAt", "resolutionDueAt", "createdAt", "updatedAt")
    VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
      $20::jsonb, $21, $22,
      CASE WHEN $23::jsonb IS NULL THEN NULL ELSE COALESCE((
        SELECT jsonb_agg(jsonb_build_object(
                 'direction', CASE WHEN m.direction = 'out' THEN 'out' ELSE 'in' END,
                 'text', m.text,
                 'at', to_char(m."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
               ORDER BY m."createdAt", m.seq)
          FROM (SELECT direction, text, "createdAt", seq FROM "Message"
                 WHERE "conversationId" = $10::text
                 ORDER BY "createdAt" DESC, seq DESC LIMIT ${TRANSCRIPT_MESSAGES}) AS m
      ), '[]'::jsonb) || $23::jsonb END,
      $24::timestamp, $25::timestamp, $26::timestamp, $26::timestamp)
    ON CONFLICT ("requestKey") DO NOTHING
    RETURNING id, status
  ), event AS (
    INSERT INTO "TicketEvent" (id, "ticketId", actor, kind, "toStatus", note, at)
    SELECT gen_random_uuid()::text, id, $27, 'created', status, $28, $29::timestamp FROM ticket
  )
  SELECT id FROM ticket`;

export class PrismaTicketRepository implements TicketRepository {
  /** `query`: creation goes straight to the driver (db/database.ts); without it, through Prisma. */
  constructor(
    private readonly prisma: PrismaClient,
    private readonly query?: RawQuery,
  ) {}

  /**
   * Without notifications to write (every ticket but a red one with staff to alert): the ticket's number,
   * then the ticket and its audit row in one statement. With them, one transaction holds all three.
   */
  async create(t: NewTicket, audit: AuditEntry, notifications?: NotificationsFor): Promise<CreateResult> {
    if (!notifications && this.query) return this.createAlone(t, audit, this.query);
    const existing = await this.prisma.ticket.findUnique({ where: { requestKey: t.requestKey } });
    if (existing) return { ticket: toRecord(existing), created: false, notificationIds: [] };
    try {
      return await this.prisma.$transaction(async (tx) => {
        const [{ seq }] = await tx.$queryRawUnsafe<{ seq: bigint }[]>(NEXT_SEQ);
        const transcript = t.transcript ? await transcriptOf(tx, t.conversationId, t.transcript.extra) : undefined;
        const row = await tx.ticket.create({ data: ticketData(t, Number(seq), transcript) });
        const ticket = toRecord(row);
        await tx.ticketEvent.create({
          data: {
            ticketId: row.id,
            actor: audit.actor,
            kind: 'created',
            toStatus: row.status,
            note: audit.note,
            at: audit.at,
          },
        });
        const notificationIds = await writeNotifications(tx, ticket, notifications, audit.at);
        return { ticket, created: true, notificationIds };
      });
    } catch (err) {
      // The same request confirmed twice at once: the other transaction created it.
      if (!isUniqueViolation(err)) throw err;
      const row = await this.prisma.ticket.findUniqueOrThrow({ where: { requestKey: t.requestKey } });
      return { ticket: toRecord(row), created: false, notificationIds: [] };
    }
  }

  private async createAlone(t: NewTicket, audit: AuditEntry, query: RawQuery): Promise<CreateResult> {
    const [{ seq }] = (await query<{ seq: string }>(NEXT_SEQ, [], 'hotline_ticket_seq')) as [{ seq: string }];
    const row = createdRow(t, Number(seq));
    const written = await query<{ id: string }>(
      CREATE_TICKET,
      [
        row.id,
        row.seq,
        row.requestKey,
        row.service,
        row.priority,
        JSON.stringify(row.priorityReasons),
        row.triage,
        row.lang,
        row.channel,
        row.conversationId,
        row.requesterPhone,
        row.contactPhone,
        row.contactName,
        row.forWhom,
        row.address,
        row.communityId,
        row.street,
        row.district,
        row.needsRouting,
        JSON.stringify(row.attributes),
        row.description,
        row.recordingUrl,
        t.transcript ? JSON.stringify(t.transcript.extra) : null,
        utc(row.firstResponseDueAt),
        utc(row.resolutionDueAt),
        utc(row.createdAt),
        audit.actor,
        audit.note ?? null,
        utc(audit.at),
      ],
      'hotline_create_ticket',
    );
    if (written.length === 1) return { ticket: toRecord(row), created: true, notificationIds: [] };
    // The same request made before (or at this moment): that ticket is the answer.
    const existing = await this.prisma.ticket.findUniqueOrThrow({ where: { requestKey: t.requestKey } });
    return { ticket: toRecord(existing), created: false, notificationIds: [] };
  }

  async find(id: string): Promise<TicketRecord | null> {
    const row = await this.prisma.ticket.findUnique({ where: { id } });
    return row ? toRecord(row) : null;
  }

  async list(q: TicketQuery): Promise<TicketRecord[]> {
    const where: Prisma.TicketWhereInput = {
      ...(q.conversationId ? { conversationId: q.conversationId } : {}),
      ...(q.phone ? { OR: [{ requesterPhone: q.phone }, { contactPhone: q.phone }] } : {}),
      ...(q.service ? { service: q.service } : {}),
      ...(q.status ? { status: { in: q.status } } : {}),
      ...(q.ids ? { id: { in: q.ids } } : {}),
      ...(q.updatedAfter || q.updatedBefore ? { updatedAt: { gte: q.updatedAfter, lte: q.updatedBefore } } : {}),
    };
    const rows = await this.prisma.ticket.findMany({ where, orderBy: { createdAt: 'desc' }, take: q.limit });
    return rows.map(toRecord);
  }

  transition(
    id: string,
    to: TicketStatus,
    audit: AuditEntry,
    options: {
      expect?: TicketStatus;
      notifications?: NotificationsFor;
      via?: readonly TicketStatus[];
      scope?: TicketScope;
    } = {},
  ): Promise<ChangeResult> {
    return this.change(
      id,
      async (tx, current) => {
        if (options.expect && current.status !== options.expect) throw new Refused(conflict(current));
        // Each step must be one the lifecycle allows; each gets its own audit row, all in this transaction.
        const steps = [current.status, ...(options.via ?? []), to];
        if (steps.slice(1).some((step, i) => !canTransition(steps[i]!, step)))
          throw new Refused({ ok: false, reason: 'invalid_transition', ticket: current });
        let timestamps = {};
        for (const step of steps.slice(1)) timestamps = { ...timestamps, ...timestampsFor(current, step, audit.at) };
        const data: Prisma.TicketUpdateManyMutationInput = { status: to, ...timestamps };
        const ticket = await conditionalUpdate(tx, current, data);
        await tx.ticketEvent.createMany({
          data: steps.slice(1).map((step, i) => ({
            ticketId: id,
            actor: audit.actor,
            kind: 'status',
            fromStatus: steps[i],
            toStatus: step,
            note: step === to ? audit.note : undefined,
            // One time for every step; their order is the insertion order (TicketEvent.seq).
            at: audit.at,
          })),
        });
        return { ticket, notificationIds: await writeNotifications(tx, ticket, options.notifications, audit.at) };
      },
      options.scope,
    );
  }

  claim(
    id: string,
    staffId: string,
    audit: AuditEntry,
    notifications?: NotificationsFor,
    scope?: TicketScope,
  ): Promise<ChangeResult> {
    return this.change(
      id,
      async (tx, current) => {
        if (current.assigneeId && current.assigneeId !== staffId) throw new Refused(conflict(current));
        if (current.assigneeId === staffId) return { ticket: current, notificationIds: [] };
        if (!isOpen(current.status)) throw new Refused({ ok: false, reason: 'invalid_transition', ticket: current });
        const to: TicketStatus = current.status === 'new' ? 'assigned' : current.status;
        const data = { assigneeId: staffId, status: to, ...timestampsFor(current, to, audit.at) };
        const ticket = await conditionalUpdate(tx, current, data, { assigneeId: null });
        await tx.ticketEvent.create({
          data: {
            ticketId: id,
            actor: audit.actor,
            kind: 'claim',
            fromStatus: current.status,
            toStatus: to,
            note: audit.note,
            at: audit.at,
          },
        });
        return { ticket, notificationIds: await writeNotifications(tx, ticket, notifications, audit.at) };
      },
      scope,
    );
  }

  addNote(id: string, audit: AuditEntry & { note: string }, scope?: TicketScope): Promise<ChangeResult> {
    return this.change(
      id,
      async (tx) => {
        await tx.ticketEvent.create({
          data: { ticketId: id, actor: audit.actor, kind: 'note', note: audit.note, at: audit.at },
        });
        return {
          ticket: toRecord(await tx.ticket.update({ where: { id }, data: { updatedAt: audit.at } })),
          notificationIds: [],
        };
      },
      scope,
    );
  }

  reassign(
    id: string,
    to: Reassignment,
    audit: AuditEntry,
    options: { notifications?: NotificationsFor; scope?: TicketScope } = {},
  ): Promise<ChangeResult> {
    return this.change(
      id,
      async (tx, current) => {
        if (!isOpen(current.status)) throw new Refused({ ok: false, reason: 'invalid_transition', ticket: current });
        const place = to.place
          ? { communityId: to.place.communityId, street: to.place.street, district: to.place.district }
          : {};
        const assignee = to.assigneeId !== undefined ? { assigneeId: to.assigneeId } : {};
        // Unassigned, an assigned ticket goes back to the queue; assigned, a new one is taken.
        const status: TicketStatus =
          to.assigneeId === null && current.status === 'assigned'
            ? 'new'
            : to.assigneeId && current.status === 'new'
              ? 'assigned'
              : current.status;
        const ticket = await conditionalUpdate(tx, current, {
          ...place,
          ...(to.place ? { needsRouting: false } : {}),
          ...assignee,
          status,
          ...timestampsFor(current, status, audit.at),
        });
        await tx.ticketEvent.create({
          data: {
            ticketId: id,
            actor: audit.actor,
            kind: 'reassign',
            fromStatus: current.status,
            toStatus: status,
            note: audit.note,
            at: audit.at,
          },
        });
        return { ticket, notificationIds: await writeNotifications(tx, ticket, options.notifications, audit.at) };
      },
      options.scope,
    );
  }

  pauseSla(id: string, audit: AuditEntry, scope?: TicketScope): Promise<ChangeResult> {
    return this.change(
      id,
      async (tx, current) => {
        if (current.slaPausedAt || !isOpen(current.status)) return { ticket: current, notificationIds: [] };
        const ticket = await conditionalUpdate(tx, current, { slaPausedAt: audit.at });
        await tx.ticketEvent.create({
          data: { ticketId: id, actor: audit.actor, kind: 'sla_paused', note: audit.note, at: audit.at },
        });
        return { ticket, notificationIds: [] };
      },
      scope,
    );
  }

  resumeSla(id: string, audit: AuditEntry, scope?: TicketScope): Promise<ChangeResult> {
    return this.change(
      id,
      async (tx, current) => {
        if (!current.slaPausedAt) return { ticket: current, notificationIds: [] };
        const paused = Math.max(0, audit.at.getTime() - current.slaPausedAt.getTime());
        const later = (d: Date) => new Date(d.getTime() + paused);
        const ticket = await conditionalUpdate(tx, current, {
          slaPausedAt: null,
          firstResponseDueAt: current.firstRespondedAt ? current.firstResponseDueAt : later(current.firstResponseDueAt),
          resolutionDueAt: later(current.resolutionDueAt),
        });
        await tx.ticketEvent.create({
          data: { ticketId: id, actor: audit.actor, kind: 'sla_resumed', note: audit.note, at: audit.at },
        });
        return { ticket, notificationIds: [] };
      },
      scope,
    );
  }

  async findBreaches(now: Date, limit: number): Promise<Breach[]> {
    const rows = await this.prisma.ticket.findMany({
      where: {
        status: { in: ['new', 'assigned', 'in_progress'] },
        slaPausedAt: null,
        OR: [{ firstRespondedAt: null, firstResponseDueAt: { lte: now } }, { resolutionDueAt: { lte: now } }],
      },
      include: { escalations: { select: { target: true, level: true } } },
      orderBy: { firstResponseDueAt: 'asc' },
      take: limit,
    });
    return rows.map(({ escalations, ...row }) => ({
      ticket: toRecord(row),
      escalated: escalations.map((e) => `${e.target}:${e.level}`),
    }));
  }

  async escalate(
    ticketId: string,
    target: SlaTarget,
    level: EscalationLevel,
    audit: AuditEntry,
    notifications: NotificationsFor,
  ): Promise<{ written: boolean; notificationIds: string[] }> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        await tx.ticketEscalation.create({ data: { ticketId, target, level, at: audit.at } });
        const row = await tx.ticket.update({ where: { id: ticketId }, data: { updatedAt: audit.at } });
        await tx.ticketEvent.create({
          data: {
            ticketId,
            actor: audit.actor,
            kind: 'escalated',
            note: audit.note ?? `${target} → ${level}`,
            at: audit.at,
          },
        });
        return { written: true, notificationIds: await writeNotifications(tx, toRecord(row), notifications, audit.at) };
      });
    } catch (err) {
      // Another instance's sweep escalated it first.
      if (isUniqueViolation(err)) return { written: false, notificationIds: [] };
      throw err;
    }
  }

  async claimNotification(id: string, now: Date, leaseMs: number): Promise<NotificationRow | null> {
    const staleClaim = new Date(now.getTime() - leaseMs);
    const claimed = await this.prisma.ticketNotification.updateMany({
      where: { id, OR: [{ status: 'pending' }, { status: 'sending', claimedAt: { lt: staleClaim } }] },
      data: { status: 'sending', claimedAt: now, attempts: { increment: 1 } },
    });
    if (claimed.count === 0) return null;
    const row = await this.prisma.ticketNotification.findUniqueOrThrow({ where: { id } });
    return {
      id: row.id,
      ticketId: row.ticketId,
      kind: row.kind,
      to: row.to,
      body: row.body,
      status: row.status,
      attempts: row.attempts,
    };
  }

  async finishNotification(id: string, outcome: NotificationOutcome, now: Date): Promise<void> {
    await this.prisma.ticketNotification.update({
      where: { id },
      data: {
        status: outcome.status,
        sid: outcome.status === 'sent' ? outcome.sid : undefined,
        sentAt: outcome.status === 'sent' ? now : undefined,
        lastError: 'error' in outcome ? outcome.error?.slice(0, 500) : undefined,
        claimedAt: outcome.status === 'pending' ? null : undefined,
      },
    });
  }

  async pendingNotifications(before: Date, limit: number, staleClaim?: Date): Promise<string[]> {
    const rows = await this.prisma.ticketNotification.findMany({
      where: {
        OR: [
          { status: 'pending', createdAt: { lt: before } },
          ...(staleClaim ? [{ status: 'sending', claimedAt: { lt: staleClaim } }] : []),
        ],
      },
      orderBy: { createdAt: 'asc' },
      take: limit,
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  /** Reads the ticket, then runs `apply` in a transaction; a refusal or a lost race comes back as a result. */
  private async change(
    id: string,
    apply: (tx: Tx, current: TicketRecord) => Promise<{ ticket: TicketRecord; notificationIds: string[] }>,
    scope?: TicketScope,
  ): Promise<ChangeResult> {
    // A staff change reads the ticket within the account's scope: outside it, the ticket does not exist.
    const row = await this.prisma.ticket.findFirst({ where: { id, ...(scope ? scopeWhere(scope) : {}) } });
    if (!row) return { ok: false, reason: 'not_found' };
    const current = toRecord(row);
    try {
      const done = await this.prisma.$transaction((tx) => apply(tx, current));
      return { ok: true, ...done };
    } catch (err) {
      if (err instanceof Refused) return err.result;
      if (err instanceof LostRace)
        return conflict(toRecord(await this.prisma.ticket.findUniqueOrThrow({ where: { id } })));
      throw err;
    }
  }
}

class LostRace extends Error {}

function conflict(ticket: TicketRecord): ChangeResult {
  return { ok: false, reason: 'conflict', ticket };
}

/** Updates only if the ticket is still as it was read (status, assignee, last change): else LostRace. */
async function conditionalUpdate(
  tx: Tx,
  current: TicketRecord,
  data: Prisma.TicketUpdateManyMutationInput & { assigneeId?: string | null },
  extraWhere: Prisma.TicketWhereInput = {},
): Promise<TicketRecord> {
  const { count } = await tx.ticket.updateMany({
    where: { id: current.id, status: current.status, updatedAt: current.updatedAt, ...extraWhere },
    data,
  });
  if (count === 0) throw new LostRace();
  return toRecord(await tx.ticket.findUniqueOrThrow({ where: { id: current.id } }));
}

function timestampsFor(current: TicketRecord, to: TicketStatus, at: Date) {
  return {
    updatedAt: at,
    ...(!current.firstRespondedAt && to !== 'new' && to !== 'cancelled' ? { firstRespondedAt: at } : {}),
    ...(to === 'resolved' ? { resolvedAt: at } : {}),
    ...(to === 'closed' || to === 'cancelled' ? { closedAt: at } : {}),
  };
}

async function writeNotifications(
  tx: Tx,
  ticket: TicketRecord,
  notificationsFor: NotificationsFor | undefined,
  at: Date,
): Promise<string[]> {
  const wanted = notificationsFor?.(ticket) ?? [];
  if (wanted.length === 0) return [];
  // skipDuplicates: a key already written (a retried change) is not written, so not sent, again.
  await tx.ticketNotification.createMany({
    data: wanted.map((n) => ({ ...n, ticketId: ticket.id, createdAt: at })),
    skipDuplicates: true,
  });
  const rows = await tx.ticketNotification.findMany({
    where: { key: { in: wanted.map((n) => n.key) }, status: 'pending' },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

async function transcriptOf(tx: Tx, conversationId: string | undefined, extra: TranscriptLine[]) {
  const earlier = conversationId
    ? await tx.message.findMany({
        where: { conversationId },
        orderBy: [{ createdAt: 'desc' }, { seq: 'desc' }],
        take: TRANSCRIPT_MESSAGES,
        select: { direction: true, text: true, createdAt: true },
      })
    : [];
  const lines: TranscriptLine[] = earlier
    .reverse()
    .map((m) => ({ direction: m.direction === 'out' ? 'out' : 'in', text: m.text, at: m.createdAt.toISOString() }));
  return [...lines, ...extra];
}

function ticketData(
  t: NewTicket,
  seq: number,
  transcript: TranscriptLine[] | undefined,
): Prisma.TicketUncheckedCreateInput {
  return {
    id: ticketIdFor(seq),
    seq,
    requestKey: t.requestKey,
    service: t.service,
    priority: t.priority,
    priorityReasons: json(t.priorityReasons),
    triage: t.triage,
    lang: t.lang,
    channel: t.channel,
    conversationId: t.conversationId,
    requesterPhone: t.requesterPhone,
    contactPhone: t.contactPhone,
    contactName: t.contactName,
    forWhom: t.forWhom,
    address: t.address,
    communityId: t.communityId,
    street: t.street,
    district: t.district,
    needsRouting: t.needsRouting,
    attributes: json(t.attributes),
    description: t.description,
    recordingUrl: t.recordingUrl,
    transcript: transcript ? json(transcript) : undefined,
    firstResponseDueAt: t.firstResponseDueAt,
    resolutionDueAt: t.resolutionDueAt,
    createdAt: t.createdAt,
    updatedAt: t.createdAt,
  };
}

/** The row a new ticket is written as, with the columns' defaults: what the database then holds. */
function createdRow(t: NewTicket, seq: number): Row {
  return {
    id: ticketIdFor(seq),
    seq,
    requestKey: t.requestKey,
    service: t.service,
    status: 'new',
    priority: t.priority,
    priorityReasons: t.priorityReasons,
    triage: t.triage ?? null,
    lang: t.lang,
    channel: t.channel,
    conversationId: t.conversationId ?? null,
    requesterPhone: t.requesterPhone ?? null,
    contactPhone: t.contactPhone ?? null,
    contactName: t.contactName ?? null,
    forWhom: t.forWhom ?? null,
    address: t.address ?? null,
    communityId: t.communityId ?? null,
    street: t.street ?? null,
    district: t.district,
    needsRouting: t.needsRouting,
    attributes: t.attributes as Prisma.JsonObject,
    description: t.description,
    recordingUrl: t.recordingUrl ?? null,
    transcript: null,
    assigneeId: null,
    firstResponseDueAt: t.firstResponseDueAt,
    resolutionDueAt: t.resolutionDueAt,
    firstRespondedAt: null,
    resolvedAt: null,
    closedAt: null,
    slaPausedAt: null,
    createdAt: t.createdAt,
    updatedAt: t.createdAt,
  };
}

export function toRecord(row: Row): TicketRecord {
  return {
    id: row.id,
    service: row.service as TicketRecord['service'],
    status: row.status as TicketStatus,
    priority: row.priority as TicketRecord['priority'],
    priorityReasons: Array.isArray(row.priorityReasons) ? (row.priorityReasons as string[]) : [],
    triage: row.triage,
    lang: row.lang === 'en' ? 'en' : 'zh',
    channel: row.channel,
    conversationId: row.conversationId,
    requesterPhone: row.requesterPhone,
    contactPhone: row.contactPhone,
    contactName: row.contactName,
    forWhom: row.forWhom === 'self' || row.forWhom === 'relative' ? row.forWhom : null,
    address: row.address,
    communityId: row.communityId,
    street: row.street,
    district: row.district,
    needsRouting: row.needsRouting,
    attributes: (row.attributes ?? {}) as Record<string, unknown>,
    description: row.description,
    recordingUrl: row.recordingUrl,
    assigneeId: row.assigneeId,
    firstResponseDueAt: row.firstResponseDueAt,
    resolutionDueAt: row.resolutionDueAt,
    firstRespondedAt: row.firstRespondedAt,
    resolvedAt: row.resolvedAt,
    closedAt: row.closedAt,
    slaPausedAt: row.slaPausedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
