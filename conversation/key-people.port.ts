/**
 * The key-people register and its check-ins as the rest of the service sees them (db/key-people.
 * repository.ts implements it). Every change to a person writes its audit row in the same transaction.
 */
import type { TicketScope } from '../core/staff';
import type {
  CheckIn,
  CheckInAttempt,
  CheckInOutcome,
  ContactChannel,
  Grade,
  KeyPerson,
  KeyPersonFields,
} from '../core/key-people';
import type { PendingQuestion } from '../core/types';

/** A person as written: the fields, the grade and where the community sits. */
export interface KeyPersonWrite extends KeyPersonFields {
  street: string;
  district: string;
  grade: Grade;
  gradeSource: 'rule' | 'override';
  gradeReason: string;
}

export interface PersonChange {
  actor: string;
  at: Date;
  note?: string;
}

export interface KeyPersonSummary extends KeyPerson {
  lastContactAt: Date | null;
  nextDueAt: Date | null;
}

export interface KeyPersonEventRow {
  actor: string;
  kind: string;
  changes: Record<string, [unknown, unknown]>;
  note: string | null;
  at: Date;
}

export interface CheckInWithAttempts extends CheckIn {
  attemptRows: CheckInAttempt[];
}

export interface NewSlot {
  personId: string;
  slot: Date;
  kind: 'weekly' | 'daily';
}

/** A check-in claimed for sending, with whom to reach. */
export interface ClaimedCheckIn {
  checkIn: CheckIn;
  person: KeyPerson;
}

/** How a check-in ends: answered (with what was said and what it led to) or never answered. */
export interface CheckInClosing {
  status: 'answered' | 'unanswered';
  outcome?: CheckInOutcome;
  answer?: string;
  at: Date;
  ticketId?: string;
}

export interface KeyPeopleRepository {
  findByPhone(phone: string): Promise<KeyPerson | null>;
  find(id: string, scope?: TicketScope): Promise<KeyPerson | null>;
  list(scope: TicketScope, filter?: { communityId?: string; grade?: Grade }): Promise<KeyPersonSummary[]>;
  /** Creates or updates (by phone) every row in one transaction, each with its audit row: all or nothing. */
  importAll(rows: readonly KeyPersonWrite[], change: PersonChange): Promise<{ created: number; updated: number }>;
  create(person: KeyPersonWrite, change: PersonChange): Promise<KeyPerson>;
  /** Writes the new fields and the audit row of what changed; null when outside the scope or gone. */
  update(id: string, person: KeyPersonWrite, change: PersonChange, scope?: TicketScope): Promise<KeyPerson | null>;
  setInfected(id: string, infected: boolean, change: PersonChange, scope?: TicketScope): Promise<KeyPerson | null>;
  events(personId: string): Promise<KeyPersonEventRow[]>;

  /** People the planner plans for (graded red or yellow, or infected; not opted out). */
  toPlan(): Promise<KeyPerson[]>;
  slotsBetween(personId: string, from: Date, to: Date): Promise<CheckIn[]>;
  /** Writes slots; one already there for the person and time is left as it is. Returns how many were new. */
  addSlots(slots: readonly NewSlot[]): Promise<number>;
  /** Cancels planned, never-tried slots of the person from `after` that are not in `keep`. */
  cancelPlanned(personId: string, after: Date, keep: readonly Date[]): Promise<number>;

  /** Check-ins whose next attempt is due (planned at their slot, or awaiting a retry). */
  due(now: Date, maxAttempts: number, limit: number): Promise<CheckIn[]>;
  /**
   * Takes a check-in for one attempt if nobody else did: it must still be in the status and attempt
   * count it was read with (or its claim older than the lease). Only one instance gets true.
   */
  claim(checkIn: CheckIn, now: Date, leaseMs: number): Promise<ClaimedCheckIn | null>;
  /** Records attempt n and the check-in's state after it; the claim is released. */
  recordAttempt(
    checkInId: string,
    attempt: CheckInAttempt & { to: string },
    next: { status: 'awaiting' | 'opted_out' | 'failed'; nextAttemptAt: Date | null; conversationId?: string },
  ): Promise<void>;
  /** A call's status as Twilio reports it afterwards (no-answer, busy…), on the attempt with that sid. */
  callStatus(sid: string, outcome: string): Promise<void>;
  /** Awaiting check-ins tried `maxAttempts` times whose last window has passed without an answer. */
  expired(now: Date, maxAttempts: number): Promise<CheckIn[]>;
  /** The check-in a number was last asked and has not answered, within `since`. */
  awaitingFor(phone: string, since: Date): Promise<CheckIn | null>;
  /** Records the answer once (conditional on the check-in still awaiting); false if it was already closed. */
  close(checkInId: string, result: CheckInClosing): Promise<boolean>;
  setTicket(checkInId: string, ticketId: string): Promise<void>;
  /** A planned check-in that is no longer wanted (grade lowered, week's contacts reached). */
  cancel(checkInId: string): Promise<void>;
  /** The first message the person sent in the conversation after `since`, if any. */
  firstReplySince(conversationId: string, since: Date): Promise<{ text: string; triage: string | null } | null>;
  /** Contacts made this week (answered or sent) by kind, for the send-time check of the grade's count. */
  weeklyDone(personId: string, from: Date, to: Date): Promise<number>;
  /** A check-in with its person. */
  historyOf(checkInId: string): Promise<ClaimedCheckIn | null>;
  history(personId: string, limit: number): Promise<CheckInWithAttempts[]>;
  /** Per week from `from`: people due red/yellow contacts and how many of them got enough answered/sent contacts. */
  checkInsSince(from: Date, scope: TicketScope): Promise<(CheckIn & { grade: Grade; communityId: string })[]>;

  /**
   * The conversation at (channel, address) is told a check-in was sent: its text stored as the hotline's
   * message and the question it asks pending, so the answer comes back to the check-in handler.
   */
  primeConversation(
    channel: ContactChannel,
    address: string,
    text: string,
    pending: PendingQuestion,
    at: Date,
  ): Promise<string>;
}

/** Places an automated check-in call (Twilio REST calls.create with the service's own TwiML). */
export interface CallPlacer {
  call(to: string, checkInId: string): Promise<{ sid: string }>;
}
