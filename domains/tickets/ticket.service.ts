/**
 * The ticket desk: every operation on tickets, whichever channel or job asks. A request becomes a
 * ticket with its priority, community queue and SLA due times; every change goes through the
 * repository's transactions (state, audit row and notifications together); the notifications it
 * writes are then queued to be sent. The clock is injected: tests drive time.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../core/clock';
import { PRIORITIES, type Priority, type ServiceCode, type TicketStatus } from '../../core/tickets';
import type { Lang, Triage } from '../../core/types';
import type { TicketScope } from '../../core/staff';
import type { JobQueue } from '../../conversation/job-queue.port';
import type { SmsSender } from '../../conversation/sms-sender.port';
import type {
  AuditEntry,
  ChangeResult,
  CreateResult,
  NewTicket,
  NotificationsFor,
  OutsideRequest,
  Reassignment,
  ServiceInfo,
  StaffContact,
  StaffDirectory,
  SubmitResult,
  TicketDesk,
  TicketQuery,
  TicketRecord,
  TicketRepository,
} from '../../conversation/tickets.port';
import type { KeyFact, ServiceCatalog } from '../../knowledge/services/catalog';
import type { CommunityDirectory, Route } from './communities';
import { checkOutsideAttributes, serviceInfos } from './open311-services';
import { redAlert, residentUpdate, type NotificationContext } from './notifications';
import { assessPriority } from './priority';
import { FEVER } from './request-words';
import { SlaPolicy } from './sla';

export const TICKET_JOBS = { notify: 'ticket-notify', sweep: 'ticket-sla-sweep' } as const;

export interface TicketServiceDeps {
  repository: TicketRepository;
  staff: StaffDirectory;
  queue: JobQueue;
  clock: Clock;
  communities: CommunityDirectory;
  catalog: ServiceCatalog;
  emergencyNumber: string;
  /** Outbound SMS (OptOutGuard over Twilio); undefined until Twilio is configured. */
  sms?: () => SmsSender | undefined;
  log?: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
  /** The key-people register: a registered person's ticket is at least as urgent as their grade. */
  keyPeople?: { gradeOf(phone: string): Promise<Priority | null> };
}

/** How a staff member's change is made: within their scope, from the status they saw, via allowed steps. */
export interface StaffChange {
  scope?: TicketScope;
  expect?: TicketStatus;
  via?: readonly TicketStatus[];
}

/** A request as the conversation collected it. */
export interface ConversationRequest {
  requestKey: string;
  service: ServiceCode;
  lang: Lang;
  channel: string;
  conversationId: string;
  /** The channel's own phone number (SMS, voice), if any. */
  requesterPhone?: string;
  contactPhone?: string;
  forWhom?: 'self' | 'relative';
  address?: string;
  attributes: Record<string, unknown>;
  age?: number;
  keyFacts: KeyFact[];
  triage: Triage;
  fever: boolean;
  withoutAntipyretic: boolean;
  description: string;
  /** Copy the conversation onto the ticket (call-backs), plus the message being answered. */
  transcriptExtra?: string;
}

export class TicketService implements TicketDesk {
  readonly sla: SlaPolicy;
  readonly notificationContext: NotificationContext;

  constructor(readonly deps: TicketServiceDeps) {
    this.sla = new SlaPolicy(deps.catalog.sla, (code) => deps.catalog.services.find((s) => s.code === code)?.calendar);
    this.notificationContext = {
      catalog: deps.catalog,
      emergencyNumber: deps.emergencyNumber,
      communityName: (id) => deps.communities.get(id)?.name,
    };
  }

  services(lang: Lang): ServiceInfo[] {
    return serviceInfos(this.deps.catalog, lang);
  }

  find(id: string): Promise<TicketRecord | null> {
    return this.deps.repository.find(id);
  }

  list(query: TicketQuery): Promise<TicketRecord[]> {
    return this.deps.repository.list(query);
  }

  expectedAt(ticket: TicketRecord): Date {
    return ticket.resolutionDueAt;
  }

  communityName(id: string): string | undefined {
    return this.deps.communities.get(id)?.name;
  }

  /** From a conversation: the form confirmed, or a call-back asked for. Idempotent by request key. */
  async submitConversation(request: ConversationRequest): Promise<CreateResult> {
    const route = this.deps.communities.route(request.address);
    const assessment = assessPriority(this.deps.catalog.priorityRules, {
      service: request.service,
      age: request.age,
      keyFacts: request.keyFacts,
      triage: request.triage,
      fever: request.fever,
      withoutAntipyretic: request.withoutAntipyretic,
    });
    const now = this.deps.clock.now();
    const ticket: NewTicket = {
      requestKey: request.requestKey,
      service: request.service,
      priority: assessment.priority,
      priorityReasons: assessment.reasons,
      triage: request.triage,
      lang: request.lang,
      channel: request.channel,
      conversationId: request.conversationId,
      requesterPhone: request.requesterPhone,
      contactPhone: request.contactPhone ?? request.requesterPhone,
      forWhom: request.forWhom,
      address: request.address,
      ...routeColumns(route),
      attributes: {
        ...request.attributes,
        key_facts: request.keyFacts,
        ...(request.age !== undefined ? { age: request.age } : {}),
      },
      description: request.description,
      ...(request.transcriptExtra !== undefined
        ? {
            transcript: {
              fromConversation: true,
              extra: [{ direction: 'in', text: request.transcriptExtra, at: now.toISOString() }],
            },
          }
        : {}),
      ...this.sla.dueTimes(request.service, assessment.priority, now),
      createdAt: now,
    };
    return this.create(ticket, { actor: 'resident', at: now });
  }

  /** From outside a conversation: Open311, a voice call-back message. */
  async submit(request: OutsideRequest): Promise<SubmitResult> {
    const checked = checkOutsideAttributes(this.deps.catalog, request);
    if (!checked.ok) return { ok: false, code: 'invalid_request', message: checked.message };
    const { age, keyFacts, attributes } = checked;
    const text = [request.description, ...Object.values(attributes).flat()].join(' ');
    const assessment = assessPriority(this.deps.catalog.priorityRules, {
      service: request.service,
      age,
      keyFacts,
      triage: 'none',
      fever: FEVER.test(text),
      withoutAntipyretic: false,
    });
    const now = this.deps.clock.now();
    const route = this.deps.communities.route(request.address);
    const result = await this.create(
      {
        requestKey: request.requestKey,
        service: request.service,
        priority: assessment.priority,
        priorityReasons: assessment.reasons,
        lang: request.lang,
        channel: request.channel,
        requesterPhone: request.channel === 'voice' ? request.phone : undefined,
        contactPhone: request.phone,
        contactName: request.name,
        address: request.address,
        ...routeColumns(route),
        attributes,
        description: request.description ?? '',
        recordingUrl: request.recordingUrl,
        ...this.sla.dueTimes(request.service, assessment.priority, now),
        createdAt: now,
      },
      { actor: request.actor, at: now },
    );
    return { ok: true, ticket: result.ticket, created: result.created };
  }

  /** The resident cancels their own request (chat, SMS, voice). */
  cancelByResident(id: string, note?: string): Promise<ChangeResult> {
    return this.change(id, 'cancelled', { actor: 'resident', note });
  }

  /** A status change by staff or the system; the resident hears when it is taken and when it is resolved. */
  changeStatus(
    id: string,
    to: TicketStatus,
    actor: string,
    note?: string,
    options: StaffChange = {},
  ): Promise<ChangeResult> {
    return this.change(id, to, { actor, note }, options);
  }

  /** Staff take a ticket (scoped: outside the account's scope it is not found). */
  async claim(id: string, staffId: string, scope?: TicketScope): Promise<ChangeResult> {
    const at = this.deps.clock.now();
    const result = await this.deps.repository.claim(
      id,
      staffId,
      { actor: `staff:${staffId}`, at },
      residentUpdate(this.notificationContext, 'taken'),
      scope,
    );
    if (result.ok) await this.enqueue(result.notificationIds);
    return result;
  }

  addNote(id: string, actor: string, note: string, scope?: TicketScope): Promise<ChangeResult> {
    return this.deps.repository.addNote(id, { actor, note, at: this.deps.clock.now() }, scope);
  }

  /** A lead moves a ticket to someone else or to a community's queue. */
  reassign(id: string, to: Reassignment, actor: string, note?: string, scope?: TicketScope): Promise<ChangeResult> {
    return this.deps.repository.reassign(id, to, { actor, note, at: this.deps.clock.now() }, { scope });
  }

  /** Waiting on the resident (no answer at the door, a callback missed): the SLA clock stops. */
  pauseSla(id: string, actor: string, note?: string, scope?: TicketScope): Promise<ChangeResult> {
    return this.deps.repository.pauseSla(id, { actor, note, at: this.deps.clock.now() }, scope);
  }

  /** The resident is back: the due times move on by the time paused. */
  resumeSla(id: string, actor: string, note?: string, scope?: TicketScope): Promise<ChangeResult> {
    return this.deps.repository.resumeSla(id, { actor, note, at: this.deps.clock.now() }, scope);
  }

  /** Queues the sends of notification rows just written (after their transaction committed). */
  async enqueue(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      try {
        await this.deps.queue.send(TICKET_JOBS.notify, { id });
      } catch (err) {
        // The row is kept; the minute sweep queues pending rows again.
        this.deps.log?.error({ err, notification: id }, 'could not queue a ticket notification');
      }
    }
  }

  private async change(
    id: string,
    to: TicketStatus,
    audit: Omit<AuditEntry, 'at'>,
    options: StaffChange = {},
  ): Promise<ChangeResult> {
    const notifications = this.notificationsFor(to);
    const result = await this.deps.repository.transition(
      id,
      to,
      { ...audit, at: this.deps.clock.now() },
      { notifications, ...options },
    );
    if (result.ok) await this.enqueue(result.notificationIds);
    return result;
  }

  private notificationsFor(to: TicketStatus): NotificationsFor | undefined {
    if (to === 'assigned' || to === 'in_progress') return residentUpdate(this.notificationContext, 'taken');
    if (to === 'resolved') return residentUpdate(this.notificationContext, 'resolved');
    return undefined;
  }

  private async create(raw: NewTicket, audit: AuditEntry): Promise<CreateResult> {
    const ticket = await this.withGrade(raw);
    const recipients = ticket.priority === 'red' ? await this.redRecipients(ticket) : [];
    // No one to alert, no notifications to write with the ticket.
    const alerts = recipients.length > 0 ? redAlert(this.notificationContext, recipients) : undefined;
    const result = await this.deps.repository.create(ticket, audit, alerts);
    if (result.created) await this.enqueue(result.notificationIds);
    return result;
  }

  /**
   * A key person's ticket gets at least their grade's priority (red person, red ticket), with the due
   * times of that priority; the reason is kept with the others.
   */
  private async withGrade(ticket: NewTicket): Promise<NewTicket> {
    const phone = ticket.contactPhone ?? ticket.requesterPhone;
    const grade = phone && this.deps.keyPeople ? await this.deps.keyPeople.gradeOf(phone) : null;
    if (!grade || PRIORITIES.indexOf(grade) >= PRIORITIES.indexOf(ticket.priority)) return ticket;
    return {
      ...ticket,
      priority: grade,
      priorityReasons: [`key-person.${grade}`],
      ...this.sla.dueTimes(ticket.service, grade, ticket.createdAt),
    };
  }

  /** A red ticket's community commissioners; the district's leads when no community matched. */
  private async redRecipients(ticket: NewTicket): Promise<StaffContact[]> {
    const staff = ticket.communityId
      ? await this.deps.staff.commissionersOf(ticket.communityId)
      : await this.deps.staff.districtLeads(ticket.district);
    if (staff.length === 0)
      this.deps.log?.warn({ community: ticket.communityId ?? null }, 'red ticket: nobody to alert');
    return staff;
  }
}

function routeColumns(route: Route) {
  return {
    communityId: route.communityId,
    street: route.street,
    district: route.district,
    needsRouting: route.needsRouting,
  };
}

export function newRequestKey(prefix: string): string {
  return `${prefix}:${randomUUID()}`;
}
