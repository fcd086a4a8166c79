/**
 * What the dashboard keeps about staff and asks of tickets on their behalf: accounts, sessions, the
 * sign-in throttle and the scoped ticket queries. db/ implements them; every ticket query takes the
 * account's scope and filters by it in the database, so a ticket outside it is simply not found.
 */
import type { Priority, ServiceCode, TicketStatus } from '../core/tickets';
import type { StaffAccount, StaffRole, TicketScope } from '../core/staff';
import type { TicketRecord, TranscriptLine } from './tickets.port';

export interface AccountWithSecret extends StaffAccount {
  passwordHash: string | null;
}

export interface NewAccount {
  username: string;
  name: string;
  phone?: string;
  role: StaffRole;
  street?: string;
  district?: string;
  communities: string[];
  passwordHash: string;
}

export interface AccountChanges {
  name?: string;
  phone?: string | null;
  role?: StaffRole;
  street?: string | null;
  district?: string | null;
  communities?: string[];
  active?: boolean;
  passwordHash?: string;
}

export interface AccountRepository {
  findByUsername(username: string): Promise<AccountWithSecret | null>;
  findById(id: string): Promise<StaffAccount | null>;
  /** Every staff member, contacts without a sign-in included, by name. */
  list(): Promise<StaffAccount[]>;
  /** 'taken' when the username exists. */
  create(account: NewAccount): Promise<StaffAccount | 'taken'>;
  update(id: string, changes: AccountChanges, at: Date): Promise<StaffAccount | null>;
}

export interface NewSession {
  tokenHash: string;
  staffId: string;
  csrfToken: string;
  now: Date;
  expiresAt: Date;
  userAgent?: string;
}

export interface StoredSession {
  tokenHash: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  account: StaffAccount;
}

export interface SessionStore {
  create(session: NewSession): Promise<void>;
  find(tokenHash: string): Promise<StoredSession | null>;
  /** Moves lastSeenAt to `now` when it is older than `olderThan` (one write a minute, not one a request). */
  touch(tokenHash: string, now: Date, olderThan: Date): Promise<void>;
  delete(tokenHash: string): Promise<void>;
  /** Ends every session of the account, on every instance at once. */
  deleteAllFor(staffId: string): Promise<number>;
  /** Housekeeping: sessions past their absolute end or idle since before `idleBefore`. */
  deleteExpired(now: Date, idleBefore: Date): Promise<number>;
}

export interface ThrottleCount {
  attempts: number;
  windowStart: Date;
}

/** Counters shared by every instance, changed atomically in the database. */
export interface LoginThrottleStore {
  /** Counts one attempt in the key's window (a new window when the last began before `windowStartAfter`). */
  reserve(key: string, now: Date, windowStartAfter: Date): Promise<ThrottleCount>;
  /** Forgets the key (a successful sign-in clears its account's failures). */
  clear(key: string): Promise<void>;
  /** Takes one attempt back (a successful sign-in does not count against its address). */
  forgive(key: string): Promise<void>;
}

// ---------- tickets as staff see them ----------

export interface StaffTicketFilter {
  status?: TicketStatus[];
  service?: ServiceCode;
  priority?: Priority;
  communityId?: string;
  /** Only tickets assigned to this staff member ("mine"). */
  assigneeId?: string;
  /** Only tickets with no community (the district's queue, for a lead to route). */
  unrouted?: boolean;
  limit: number;
}

export interface StaffTicket extends TicketRecord {
  assigneeName: string | null;
}

export interface TicketEventRecord {
  at: Date;
  actor: string;
  /** The staff member's name when the actor is staff. */
  actorName: string | null;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
}

export interface TicketDetail {
  ticket: StaffTicket;
  /** What the person said and was told: the copy kept on the ticket, else its conversation's messages. */
  transcript: TranscriptLine[];
  events: TicketEventRecord[];
}

export interface TicketDay {
  /** yyyy-mm-dd in the hotline's time zone. */
  day: string;
  created: Record<ServiceCode, number>;
  resolved: number;
  /** Resolved by their resolution due time. */
  resolvedInTime: number;
  /** Tickets still open at the end of the day (today: now), by priority. */
  openAtEnd: Record<Priority, number>;
}

export interface ContactDay {
  day: string;
  contacts: number;
  sentTo120: number;
  keptHome: number;
  keptClinic: number;
  keptCommunity: number;
}

export interface StaffTicketQueries {
  /** Most urgent first: open before closed, then priority, then the next SLA due time. */
  list(scope: TicketScope, filter: StaffTicketFilter): Promise<StaffTicket[]>;
  detail(scope: TicketScope, id: string): Promise<TicketDetail | null>;
  find(scope: TicketScope, id: string): Promise<StaffTicket | null>;
  openByPriority(scope: TicketScope): Promise<Record<Priority, number>>;
  /** Per day from `from` (inclusive) to `to` (exclusive), days in the hotline's time zone. */
  ticketDays(scope: TicketScope, from: Date, to: Date): Promise<TicketDay[]>;
  /** The hotline's contacts per day: sent to 120 versus kept away from it. Not scoped: whole-district figures. */
  contactDays(from: Date, to: Date): Promise<ContactDay[]>;
}
