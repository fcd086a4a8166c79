/**
 * Community service tickets as the rest of the service sees them: the repository that stores them
 * (db/ticket.repository.ts implements it) and the desk that channels use (domains/tickets implements
 * it). Nothing here knows Prisma, a channel or a web framework.
 */
import type { Lang } from '../core/types';
import type { Priority, ServiceCode, TicketStatus } from '../core/tickets';
import type { TicketScope } from '../core/staff';

export interface TicketRecord {
  id: string;
  service: ServiceCode;
  status: TicketStatus;
  priority: Priority;
  priorityReasons: string[];
  triage: string | null;
  lang: Lang;
  channel: string;
  conversationId: string | null;
  requesterPhone: string | null;
  contactPhone: string | null;
  contactName: string | null;
  forWhom: 'self' | 'relative' | null;
  address: string | null;
  communityId: string | null;
  street: string | null;
  district: string;
  needsRouting: boolean;
  attributes: Record<string, unknown>;
  description: string;
  recordingUrl: string | null;
  assigneeId: string | null;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  slaPausedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface TranscriptLine {
  direction: 'in' | 'out';
  text: string;
  at: string;
}

export interface NewTicket {
  /** Unique per request: a second create with the same key returns the first ticket. */
  requestKey: string;
  service: ServiceCode;
  priority: Priority;
  priorityReasons: string[];
  triage?: string;
  lang: Lang;
  channel: string;
  conversationId?: string;
  requesterPhone?: string;
  contactPhone?: string;
  contactName?: string;
  forWhom?: 'self' | 'relative';
  address?: string;
  communityId?: string;
  street?: string;
  district: string;
  needsRouting: boolean;
  attributes: Record<string, unknown>;
  description: string;
  recordingUrl?: string;
  /** Copy the conversation's messages onto the ticket, plus these lines of the turn in progress. */
  transcript?: { fromConversation: boolean; extra: TranscriptLine[] };
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  createdAt: Date;
}

/** An SMS to send because of a change, written in the change's transaction (an outbox row). */
export interface NewNotification {
  /** Unique forever: the same key is never written, so never sent, twice. */
  key: string;
  kind: string;
  to: string;
  body: string;
}

export interface AuditEntry {
  /** resident | staff:<id> | system | open311:<label> */
  actor: string;
  at: Date;
  note?: string;
}

/** Notifications to write with a change, computed from the ticket as it is after the change. */
export type NotificationsFor = (ticket: TicketRecord) => NewNotification[];

export interface CreateResult {
  ticket: TicketRecord;
  /** False when the request key already had a ticket (a retry, a second "yes"). */
  created: boolean;
  /** Ids of the notification rows written. */
  notificationIds: string[];
}

export type ChangeResult =
  | { ok: true; ticket: TicketRecord; notificationIds: string[] }
  | { ok: false; reason: 'not_found' }
  /** The lifecycle does not allow it from the ticket's status (core/tickets.ts). */
  | { ok: false; reason: 'invalid_transition'; ticket: TicketRecord }
  /** Someone else changed or holds it first: a 409. */
  | { ok: false; reason: 'conflict'; ticket: TicketRecord };

export interface Breach {
  ticket: TicketRecord;
  /** Escalations already written: "<target>:<level>". */
  escalated: string[];
}

export type SlaTarget = 'first_response' | 'resolution';
export type EscalationLevel = 'street' | 'district';

export interface NotificationRow {
  id: string;
  ticketId: string;
  kind: string;
  to: string;
  body: string;
  status: string;
  attempts: number;
}

export type NotificationOutcome =
  | { status: 'sent'; sid: string }
  | { status: 'opted_out' | 'no_sender' | 'failed'; error?: string }
  /** Not sent this time; the queue tries again. */
  | { status: 'pending'; error: string };

export interface TicketQuery {
  conversationId?: string;
  phone?: string;
  service?: ServiceCode;
  status?: TicketStatus[];
  updatedAfter?: Date;
  updatedBefore?: Date;
  ids?: string[];
  limit: number;
}

/** A lead moves a ticket: to another staff member (null: back to the queue), and/or to a community's queue. */
export interface Reassignment {
  assigneeId?: string | null;
  place?: { communityId: string; street: string; district: string };
}

/**
 * Staff changes pass the account's scope (core/staff.ts): the ticket is read within it, so a ticket
 * outside it is not_found, exactly as if it did not exist.
 */
export interface TicketRepository {
  /** The ticket, its "created" audit row and `notifications` in one transaction; idempotent by request key. */
  create(ticket: NewTicket, audit: AuditEntry, notifications?: NotificationsFor): Promise<CreateResult>;
  find(id: string): Promise<TicketRecord | null>;
  /** Newest first. */
  list(query: TicketQuery): Promise<TicketRecord[]>;
  /**
   * Moves the ticket to `to` if the lifecycle allows it from its current status (and, with `expect`,
   * only from that status), writing the audit row and the notifications in the same transaction.
   */
  transition(
    id: string,
    to: TicketStatus,
    audit: AuditEntry,
    options?: {
      expect?: TicketStatus;
      notifications?: NotificationsFor;
      /** Statuses passed on the way, each a step the lifecycle allows with its own audit row (assigned → in_progress → resolved). */
      via?: readonly TicketStatus[];
      scope?: TicketScope;
    },
  ): Promise<ChangeResult>;
  /** Takes the ticket for a staff member atomically: conflict when someone else holds it. */
  claim(
    id: string,
    staffId: string,
    audit: AuditEntry,
    notifications?: NotificationsFor,
    scope?: TicketScope,
  ): Promise<ChangeResult>;
  addNote(id: string, audit: AuditEntry & { note: string }, scope?: TicketScope): Promise<ChangeResult>;
  /** An open ticket to another assignee or community queue, audited as "reassign". */
  reassign(
    id: string,
    to: Reassignment,
    audit: AuditEntry,
    options?: { notifications?: NotificationsFor; scope?: TicketScope },
  ): Promise<ChangeResult>;
  /** Waiting on the resident stops the SLA clock; resuming moves the due times on by the pause. */
  pauseSla(id: string, audit: AuditEntry, scope?: TicketScope): Promise<ChangeResult>;
  resumeSla(id: string, audit: AuditEntry, scope?: TicketScope): Promise<ChangeResult>;

  /** Open, unpaused tickets with a target due at or before `now`, most overdue first. */
  findBreaches(now: Date, limit: number): Promise<Breach[]>;
  /** Writes the escalation once ever (false when it already exists), with its audit row and notifications. */
  escalate(
    ticketId: string,
    target: SlaTarget,
    level: EscalationLevel,
    audit: AuditEntry,
    notifications: NotificationsFor,
  ): Promise<{ written: boolean; notificationIds: string[] }>;

  /** Takes a pending notification to send (or one whose sender died past the lease); null when not to send. */
  claimNotification(id: string, now: Date, leaseMs: number): Promise<NotificationRow | null>;
  finishNotification(id: string, outcome: NotificationOutcome, now: Date): Promise<void>;
  /**
   * Pending notifications created before `before` (lost enqueues), and with `staleClaim` those still
   * claimed since before it (their sender died mid-send and its job is gone), oldest first.
   */
  pendingNotifications(before: Date, limit: number, staleClaim?: Date): Promise<string[]>;
}

/** Staff as tickets need them: who gets texted. Issue "dashboard" extends this with accounts. */
export interface StaffContact {
  id: string;
  name: string;
  phone: string | null;
}

export interface NewStaffMember {
  name: string;
  phone?: string;
  role: 'commissioner' | 'lead' | 'admin';
  street?: string;
  district?: string;
  communities?: string[];
}

export interface StaffDirectory {
  add(member: NewStaffMember): Promise<StaffContact>;
  commissionersOf(communityId: string): Promise<StaffContact[]>;
  streetLeads(district: string, street: string): Promise<StaffContact[]>;
  districtLeads(district: string): Promise<StaffContact[]>;
}

// ---------- the desk: what channels (Open311, voice) ask of tickets ----------

/** A request from outside a conversation (Open311, a voice call-back message). */
export interface OutsideRequest {
  requestKey: string;
  service: ServiceCode;
  channel: string;
  lang: Lang;
  actor: string;
  description?: string;
  address?: string;
  phone?: string;
  name?: string;
  attributes?: Record<string, string | string[]>;
  recordingUrl?: string;
}

export interface ServiceAttributeInfo {
  code: string;
  datatype: string;
  required: boolean;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
}

export interface ServiceInfo {
  code: ServiceCode;
  name: string;
  description: string;
  group: string;
  keywords: string[];
  attributes: ServiceAttributeInfo[];
}

export type SubmitResult =
  { ok: true; ticket: TicketRecord; created: boolean } | { ok: false; code: 'invalid_request'; message: string };

export interface TicketDesk {
  services(lang: Lang): ServiceInfo[];
  submit(request: OutsideRequest): Promise<SubmitResult>;
  find(id: string): Promise<TicketRecord | null>;
  list(query: TicketQuery): Promise<TicketRecord[]>;
  /** What the expected resolution time of a ticket is, for Open311's expected_datetime. */
  expectedAt(ticket: TicketRecord): Date;
  /** A community's name (a neighbourhood, safe to show publicly). */
  communityName(id: string): string | undefined;
}
