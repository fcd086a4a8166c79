/**
 * The key-people register and check-ins on Prisma. A person's change and its audit row (KeyPersonEvent)
 * are one transaction; slots are unique per person and time; a check-in is sent only by the instance
 * whose conditional update claimed it.
 */
import type { Prisma, PrismaClient } from './generated/client';
import type {
  CheckIn,
  CheckInAttempt,
  CheckInOutcome,
  CheckInStatus,
  ContactChannel,
  Grade,
  KeyPerson,
} from '../core/key-people';
import type { TicketScope } from '../core/staff';
import type { ConversationState, PendingQuestion } from '../core/types';
import type {
  CheckInClosing,
  CheckInWithAttempts,
  ClaimedCheckIn,
  KeyPeopleRepository,
  KeyPersonEventRow,
  KeyPersonSummary,
  KeyPersonWrite,
  NewSlot,
  PersonChange,
} from '../conversation/key-people.port';
import type { ChangeFeed } from './change-feed';
import { isUniqueViolation } from './errors';
import { FeedCache } from './feed-cache';
import { placeWhere } from './ticket-scope';

type Tx = Prisma.TransactionClient;
type PersonRow = Prisma.KeyPersonGetPayload<object>;
type CheckInRow = Prisma.CheckInGetPayload<object>;

const json = (value: unknown) => value as Prisma.InputJsonValue;

/** The same scope rule as tickets (db/ticket-scope.ts), on a person's community, street and district. */
export function personScopeWhere(scope: TicketScope): Prisma.KeyPersonWhereInput {
  return placeWhere(scope);
}

/** The audited fields, as they are compared and shown. */
const FIELDS = [
  'name',
  'phone',
  'communityId',
  'street',
  'district',
  'grade',
  'gradeSource',
  'gradeReason',
  'age',
  'conditions',
  'diseaseUnstable',
  'pregnant',
  'livesAlone',
  'vaccinated',
  'channel',
  'contactTimes',
  'optedOut',
  'familyPhone',
  'familyName',
  'notes',
] as const;

function writeData(p: KeyPersonWrite) {
  return {
    name: p.name,
    phone: p.phone,
    communityId: p.communityId,
    street: p.street,
    district: p.district,
    grade: p.grade,
    gradeSource: p.gradeSource,
    gradeReason: p.gradeReason,
    age: p.age,
    conditions: json(p.conditions),
    diseaseUnstable: p.diseaseUnstable,
    pregnant: p.pregnant,
    livesAlone: p.livesAlone,
    vaccinated: p.vaccinated,
    channel: p.channel,
    contactTimes: json(p.contactTimes),
    optedOut: p.optedOut,
    familyPhone: p.familyPhone,
    familyName: p.familyName,
    notes: p.notes,
  };
}

function diff(before: KeyPerson | null, after: KeyPersonWrite): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const f of FIELDS) {
    const a = before ? (before as unknown as Record<string, unknown>)[f] : null;
    const b = (after as unknown as Record<string, unknown>)[f];
    if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) changes[f] = [a ?? null, b ?? null];
  }
  return changes;
}

function kindOf(before: KeyPerson | null, changes: Record<string, unknown>): string {
  if (!before) return 'created';
  return 'grade' in changes || 'gradeSource' in changes ? 'regraded' : 'updated';
}

export function toPerson(r: PersonRow): KeyPerson {
  return {
    id: r.id,
    name: r.name,
    phone: r.phone,
    communityId: r.communityId,
    street: r.street,
    district: r.district,
    grade: r.grade as Grade,
    gradeSource: r.gradeSource === 'override' ? 'override' : 'rule',
    gradeReason: r.gradeReason,
    age: r.age,
    conditions: (r.conditions as string[]) ?? [],
    diseaseUnstable: r.diseaseUnstable,
    pregnant: r.pregnant,
    livesAlone: r.livesAlone,
    vaccinated: r.vaccinated,
    channel: r.channel as ContactChannel,
    contactTimes: (r.contactTimes as string[]) ?? [],
    optedOut: r.optedOut,
    familyPhone: r.familyPhone,
    familyName: r.familyName,
    infected: r.infected,
    infectedAt: r.infectedAt,
    notes: r.notes,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function toCheckIn(r: CheckInRow): CheckIn {
  return {
    id: r.id,
    personId: r.personId,
    slot: r.slot,
    kind: r.kind === 'daily' ? 'daily' : 'weekly',
    status: r.status as CheckInStatus,
    channel: (r.channel as ContactChannel | null) ?? null,
    attempts: r.attempts,
    nextAttemptAt: r.nextAttemptAt,
    lastAttemptAt: r.lastAttemptAt,
    answeredAt: r.answeredAt,
    outcome: (r.outcome as CheckInOutcome | null) ?? null,
    answer: r.answer,
    conversationId: r.conversationId,
    ticketId: r.ticketId,
  };
}

/** The database's trigger announces every change to a KeyPerson row here, with its number (old and new). */
export const KEY_PERSON_CHANNEL = 'key_person_changed';
/** Numbers remembered at most: the register of a district, with room. */
const CACHE_ENTRIES = 50_000;

export class PrismaKeyPeopleRepository implements KeyPeopleRepository {
  /** `written`: told before and after this instance changes a person (its caches forget at once). */
  constructor(
    private readonly prisma: PrismaClient,
    private readonly written?: () => void,
  ) {}

  async findByPhone(phone: string): Promise<KeyPerson | null> {
    const row = await this.prisma.keyPerson.findUnique({ where: { phone } });
    return row ? toPerson(row) : null;
  }

  /** The grade of whoever this number reaches: the person's own number or their family contact's. */
  async gradeOf(phone: string): Promise<Grade | null> {
    const row = await this.prisma.keyPerson.findFirst({
      where: { OR: [{ phone }, { familyPhone: phone }] },
      select: { grade: true },
      orderBy: { grade: 'asc' },
    });
    return (row?.grade as Grade | undefined) ?? null;
  }

  async find(id: string, scope?: TicketScope): Promise<KeyPerson | null> {
    const row = await this.prisma.keyPerson.findFirst({
      where: { AND: [{ id }, scope ? personScopeWhere(scope) : {}] },
    });
    return row ? toPerson(row) : null;
  }

  async list(scope: TicketScope, filter: { communityId?: string; grade?: Grade } = {}): Promise<KeyPersonSummary[]> {
    const rows = await this.prisma.keyPerson.findMany({
      // AND, never a spread: an absent filter (communityId: undefined) must not replace the scope's own.
      where: {
        AND: [
          personScopeWhere(scope),
          filter.communityId ? { communityId: filter.communityId } : {},
          filter.grade ? { grade: filter.grade } : {},
        ],
      },
      orderBy: [{ communityId: 'asc' }, { name: 'asc' }],
      take: 2000,
    });
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [last, next] = await Promise.all([
      this.prisma.checkIn.groupBy({
        by: ['personId'],
        where: { personId: { in: ids }, lastAttemptAt: { not: null } },
        _max: { lastAttemptAt: true },
      }),
      this.prisma.checkIn.groupBy({
        by: ['personId'],
        where: { personId: { in: ids }, status: { in: ['planned', 'awaiting'] } },
        _min: { slot: true },
      }),
    ]);
    const lastBy = new Map(last.map((g) => [g.personId, g._max.lastAttemptAt ?? null]));
    const nextBy = new Map(next.map((g) => [g.personId, g._min.slot ?? null]));
    return rows.map((r) => ({
      ...toPerson(r),
      lastContactAt: lastBy.get(r.id) ?? null,
      nextDueAt: nextBy.get(r.id) ?? null,
    }));
  }

  /** The register's writes, with the caches of this instance told before and after. */
  private async changing<T>(write: () => Promise<T>): Promise<T> {
    this.written?.();
    try {
      return await write();
    } finally {
      this.written?.();
    }
  }

  async importAll(rows: readonly KeyPersonWrite[], change: PersonChange) {
    return this.changing(() => this.importRows(rows, change));
  }

  private async importRows(rows: readonly KeyPersonWrite[], change: PersonChange) {
    let created = 0;
    let updated = 0;
    await this.prisma.$transaction(
      async (tx) => {
        for (const row of rows) {
          const before = await tx.keyPerson.findUnique({ where: { phone: row.phone } });
          const written = await this.write(tx, before ? toPerson(before) : null, row, change);
          if (!before) created++;
          else if (written) updated++;
        }
      },
      { timeout: 120_000 },
    );
    return { created, updated };
  }

  async create(person: KeyPersonWrite, change: PersonChange): Promise<KeyPerson> {
    return this.changing(() => this.prisma.$transaction(async (tx) => (await this.write(tx, null, person, change))!));
  }

  async update(id: string, person: KeyPersonWrite, change: PersonChange, scope?: TicketScope) {
    return this.changing(() =>
      this.prisma.$transaction(async (tx) => {
        const before = await tx.keyPerson.findFirst({ where: { AND: [{ id }, scope ? personScopeWhere(scope) : {}] } });
        if (!before) return null;
        return (await this.write(tx, toPerson(before), person, change)) ?? toPerson(before);
      }),
    );
  }

  /** Writes a person and the audit row of what changed; nothing (and null) when nothing changed. */
  private async write(tx: Tx, before: KeyPerson | null, person: KeyPersonWrite, change: PersonChange) {
    const changes = diff(before, person);
    if (before && Object.keys(changes).length === 0) return null;
    const row = before
      ? await tx.keyPerson.update({ where: { id: before.id }, data: { ...writeData(person), updatedAt: change.at } })
      : await tx.keyPerson.create({ data: { ...writeData(person), createdAt: change.at, updatedAt: change.at } });
    await tx.keyPersonEvent.create({
      data: {
        personId: row.id,
        actor: change.actor,
        kind: kindOf(before, changes),
        changes: json(changes),
        note: change.note,
        at: change.at,
      },
    });
    return toPerson(row);
  }

  async setInfected(id: string, infected: boolean, change: PersonChange, scope?: TicketScope) {
    return this.changing(() => this.markInfected(id, infected, change, scope));
  }

  private async markInfected(id: string, infected: boolean, change: PersonChange, scope?: TicketScope) {
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.keyPerson.findFirst({ where: { AND: [{ id }, scope ? personScopeWhere(scope) : {}] } });
      if (!before) return null;
      if (before.infected === infected) return toPerson(before);
      const row = await tx.keyPerson.update({
        where: { id },
        data: { infected, infectedAt: infected ? change.at : null, updatedAt: change.at },
      });
      await tx.keyPersonEvent.create({
        data: {
          personId: id,
          actor: change.actor,
          kind: infected ? 'infected' : 'recovered',
          changes: json({ infected: [before.infected, infected] }),
          note: change.note,
          at: change.at,
        },
      });
      return toPerson(row);
    });
  }

  async events(personId: string): Promise<KeyPersonEventRow[]> {
    const rows = await this.prisma.keyPersonEvent.findMany({ where: { personId }, orderBy: { seq: 'asc' } });
    return rows.map((r) => ({
      actor: r.actor,
      kind: r.kind,
      changes: r.changes as Record<string, [unknown, unknown]>,
      note: r.note,
      at: r.at,
    }));
  }

  async toPlan(): Promise<KeyPerson[]> {
    const rows = await this.prisma.keyPerson.findMany({
      where: { optedOut: false, OR: [{ grade: { in: ['red', 'yellow'] } }, { infected: true }] },
    });
    return rows.map(toPerson);
  }

  async slotsBetween(personId: string, from: Date, to: Date): Promise<CheckIn[]> {
    const rows = await this.prisma.checkIn.findMany({
      where: { personId, slot: { gte: from, lt: to }, status: { not: 'cancelled' } },
      orderBy: { slot: 'asc' },
    });
    return rows.map(toCheckIn);
  }

  async addSlots(slots: readonly NewSlot[]): Promise<number> {
    if (slots.length === 0) return 0;
    // skipDuplicates: ON CONFLICT DO NOTHING on (personId, slot) — a second planner writes nothing.
    const result = await this.prisma.checkIn.createMany({ data: [...slots], skipDuplicates: true });
    return result.count;
  }

  async cancelPlanned(personId: string, after: Date, keep: readonly Date[]): Promise<number> {
    const result = await this.prisma.checkIn.updateMany({
      where: { personId, status: 'planned', attempts: 0, slot: { gt: after, notIn: [...keep] } },
      data: { status: 'cancelled' },
    });
    return result.count;
  }

  async due(now: Date, maxAttempts: number, limit: number): Promise<CheckIn[]> {
    const rows = await this.prisma.checkIn.findMany({
      where: {
        OR: [
          { status: 'planned', slot: { lte: now }, OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] },
          { status: 'awaiting', attempts: { lt: maxAttempts }, nextAttemptAt: { lte: now } },
        ],
      },
      orderBy: { slot: 'asc' },
      take: limit,
    });
    return rows.map(toCheckIn);
  }

  async claim(checkIn: CheckIn, now: Date, leaseMs: number): Promise<ClaimedCheckIn | null> {
    const claimed = await this.prisma.checkIn.updateMany({
      where: {
        id: checkIn.id,
        status: checkIn.status,
        attempts: checkIn.attempts,
        OR: [{ claimedAt: null }, { claimedAt: { lt: new Date(now.getTime() - leaseMs) } }],
      },
      data: { claimedAt: now },
    });
    if (claimed.count === 0) return null;
    const row = await this.prisma.checkIn.findUniqueOrThrow({ where: { id: checkIn.id }, include: { person: true } });
    return { checkIn: toCheckIn(row), person: toPerson(row.person) };
  }

  async recordAttempt(
    checkInId: string,
    attempt: CheckInAttempt & { to: string },
    next: { status: 'awaiting' | 'opted_out' | 'failed'; nextAttemptAt: Date | null; conversationId?: string },
  ): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      // The n-th attempt exists once: a second sender that got this far fails here and changes nothing.
      await tx.checkInAttempt.create({
        data: {
          checkInId,
          n: attempt.n,
          channel: attempt.channel,
          to: attempt.to,
          at: attempt.at,
          outcome: attempt.outcome,
          sid: attempt.sid,
          error: attempt.error,
        },
      });
      await tx.checkIn.update({
        where: { id: checkInId },
        data: {
          status: next.status,
          attempts: attempt.n,
          channel: attempt.channel,
          lastAttemptAt: attempt.at,
          nextAttemptAt: next.nextAttemptAt,
          claimedAt: null,
          ...(next.conversationId ? { conversationId: next.conversationId } : {}),
        },
      });
    });
  }

  async callStatus(sid: string, outcome: string): Promise<void> {
    await this.prisma.checkInAttempt.updateMany({ where: { sid }, data: { outcome } });
  }

  async expired(now: Date, maxAttempts: number): Promise<CheckIn[]> {
    const rows = await this.prisma.checkIn.findMany({
      where: { status: 'awaiting', attempts: { gte: maxAttempts }, nextAttemptAt: { lte: now } },
      take: 200,
    });
    return rows.map(toCheckIn);
  }

  async awaitingFor(phone: string, since: Date): Promise<CheckIn | null> {
    const row = await this.prisma.checkIn.findFirst({
      where: {
        status: 'awaiting',
        lastAttemptAt: { gte: since },
        person: { OR: [{ phone }, { familyPhone: phone }] },
      },
      orderBy: { lastAttemptAt: 'desc' },
    });
    return row ? toCheckIn(row) : null;
  }

  async close(checkInId: string, result: CheckInClosing): Promise<boolean> {
    const updated = await this.prisma.checkIn.updateMany({
      where: { id: checkInId, status: 'awaiting' },
      data: {
        status: result.status,
        outcome: result.outcome,
        answer: result.answer,
        answeredAt: result.status === 'answered' ? result.at : null,
        nextAttemptAt: null,
        ticketId: result.ticketId,
      },
    });
    return updated.count === 1;
  }

  async setTicket(checkInId: string, ticketId: string): Promise<void> {
    await this.prisma.checkIn.update({ where: { id: checkInId }, data: { ticketId } });
  }

  async cancel(checkInId: string): Promise<void> {
    await this.prisma.checkIn.updateMany({
      where: { id: checkInId, status: 'planned' },
      data: { status: 'cancelled', claimedAt: null },
    });
  }

  async firstReplySince(conversationId: string, since: Date) {
    const row = await this.prisma.message.findFirst({
      where: { conversationId, direction: 'in', createdAt: { gte: since } },
      orderBy: { seq: 'asc' },
    });
    return row ? { text: row.text, triage: row.triage } : null;
  }

  async weeklyDone(personId: string, from: Date, to: Date): Promise<number> {
    return this.prisma.checkIn.count({
      where: {
        personId,
        kind: 'weekly',
        slot: { gte: from, lt: to },
        status: { in: ['awaiting', 'answered', 'unanswered'] },
      },
    });
  }

  async historyOf(checkInId: string): Promise<ClaimedCheckIn | null> {
    const row = await this.prisma.checkIn.findUnique({ where: { id: checkInId }, include: { person: true } });
    return row ? { checkIn: toCheckIn(row), person: toPerson(row.person) } : null;
  }

  async history(personId: string, limit: number): Promise<CheckInWithAttempts[]> {
    const rows = await this.prisma.checkIn.findMany({
      where: { personId, status: { not: 'cancelled' } },
      orderBy: { slot: 'desc' },
      take: limit,
      include: { attemptRows: { orderBy: { n: 'asc' } } },
    });
    return rows.map((r) => ({
      ...toCheckIn(r),
      attemptRows: r.attemptRows.map((a) => ({
        n: a.n,
        channel: a.channel as ContactChannel,
        at: a.at,
        outcome: a.outcome,
        sid: a.sid,
        error: a.error,
      })),
    }));
  }

  async checkInsSince(from: Date, scope: TicketScope) {
    const rows = await this.prisma.checkIn.findMany({
      where: { slot: { gte: from }, status: { not: 'cancelled' }, person: personScopeWhere(scope) },
      include: { person: { select: { grade: true, communityId: true } } },
    });
    return rows.map((r) => ({ ...toCheckIn(r), grade: r.person.grade as Grade, communityId: r.person.communityId }));
  }

  async primeConversation(
    channel: ContactChannel,
    address: string,
    text: string,
    pending: PendingQuestion,
    at: Date,
  ): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const conversation = await this.openConversation(channel, address);
      const state = (conversation.state as unknown as ConversationState) ?? { facts: {} };
      // The check-in's question replaces any question left open; a form in progress is kept.
      const next: ConversationState = { ...state, pending, lastChoices: undefined };
      const done = await this.prisma.$transaction(async (tx) => {
        const updated = await tx.conversation.updateMany({
          where: { id: conversation.id, version: conversation.version },
          data: { state: json(next), version: { increment: 1 } },
        });
        if (updated.count === 0) return false;
        await tx.message.create({
          data: {
            conversationId: conversation.id,
            direction: 'out',
            text,
            intent: 'checkin.answer',
            details: json({ checkIn: pending.data?.checkInId }),
            createdAt: at,
          },
        });
        return true;
      });
      if (done) return conversation.id;
    }
    throw new Error('conversation busy: could not record the check-in');
  }

  private async openConversation(channel: ContactChannel, address: string) {
    const where = { channel_address: { channel, address } };
    const found = await this.prisma.conversation.findUnique({ where });
    if (found) return found;
    try {
      return await this.prisma.conversation.create({ data: { channel, address, state: json({ facts: {} }) } });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      return this.prisma.conversation.findUniqueOrThrow({ where });
    }
  }
}

/**
 * A person looked up by number on every phone turn (the facts the register holds of them): kept in
 * memory and forgotten when the database announces a change to that number, or when this instance
 * writes the register (`forgetAll`, given to the repository as its `written`), like callers' flags.
 */
export class CachedPeopleByPhone {
  readonly cache: FeedCache<KeyPerson | null>;

  constructor(
    private readonly people: Pick<KeyPeopleRepository, 'findByPhone'>,
    feed: ChangeFeed,
  ) {
    this.cache = new FeedCache(feed, [KEY_PERSON_CHANNEL], CACHE_ENTRIES);
  }

  /** The person at this number; shared with later reads, so read only. */
  findByPhone(phone: string): Promise<Readonly<KeyPerson> | null> {
    return this.cache.get(phone, () => this.people.findByPhone(phone));
  }

  forgetAll(): void {
    this.cache.clear();
  }
}
