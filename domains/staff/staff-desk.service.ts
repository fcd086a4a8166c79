/**
 * What staff do with tickets, always within their account's scope (core/staff.ts): the queue, a
 * ticket with its transcript and audit trail, claiming, notes, status changes (the resident is texted
 * by the ticket desk, as on every other path), a lead's reassignment, the surge figures.
 */
import { canTransition, isOpen, type TicketStatus } from '../../core/tickets';
import { scopeCovers, scopeOf, type StaffAccount } from '../../core/staff';
import type { Clock } from '../../core/clock';
import { dayOf, startOfDay } from '../../core/days';
import type { ChangeResult } from '../../conversation/tickets.port';
import type {
  AccountRepository,
  ContactDay,
  StaffTicket,
  StaffTicketFilter,
  StaffTicketQueries,
  TicketDay,
  TicketDetail,
} from '../../conversation/staff.port';
import type { CommunityDirectory, TicketService } from '../tickets';
import type { Priority } from '../../core/tickets';

export interface StaffDeskDeps {
  tickets: TicketService;
  queries: StaffTicketQueries;
  accounts: AccountRepository;
  communities: CommunityDirectory;
  clock: Clock;
}

export interface SurgeFigures {
  days: TicketDay[];
  openByPriority: Record<Priority, number>;
  contacts: ContactDay[];
}

export type DeskRefusal = { ok: false; reason: 'forbidden' | 'bad_target'; message: string };

/** Statuses staff set directly; `assigned` comes from claiming or reassigning. */
export const STAFF_STATUSES: readonly TicketStatus[] = ['new', 'in_progress', 'resolved', 'closed', 'cancelled'];

export class StaffDesk {
  constructor(private readonly deps: StaffDeskDeps) {}

  queue(account: StaffAccount, filter: StaffTicketFilter): Promise<StaffTicket[]> {
    return this.deps.queries.list(scopeOf(account), filter);
  }

  detail(account: StaffAccount, id: string): Promise<TicketDetail | null> {
    return this.deps.queries.detail(scopeOf(account), id);
  }

  claim(account: StaffAccount, id: string): Promise<ChangeResult> {
    return this.deps.tickets.claim(id, account.id, scopeOf(account));
  }

  /**
   * To the status asked for, through in_progress when the lifecycle needs the step (a claimed ticket
   * resolved at once), and only from the status the ticket had when read: a change in between is a 409.
   */
  async setStatus(account: StaffAccount, id: string, to: TicketStatus, note?: string): Promise<ChangeResult> {
    const scope = scopeOf(account);
    const current = await this.deps.queries.find(scope, id);
    if (!current) return { ok: false, reason: 'not_found' };
    const direct = canTransition(current.status, to);
    const via: TicketStatus[] =
      !direct && canTransition(current.status, 'in_progress') && canTransition('in_progress', to)
        ? ['in_progress']
        : [];
    return this.deps.tickets.changeStatus(id, to, actorOf(account), note, { scope, expect: current.status, via });
  }

  /** Waiting on the resident (no answer at the door): the SLA clock stops until resumed. */
  pauseSla(account: StaffAccount, id: string, note?: string): Promise<ChangeResult> {
    return this.deps.tickets.pauseSla(id, actorOf(account), note, scopeOf(account));
  }

  resumeSla(account: StaffAccount, id: string, note?: string): Promise<ChangeResult> {
    return this.deps.tickets.resumeSla(id, actorOf(account), note, scopeOf(account));
  }

  addNote(account: StaffAccount, id: string, note: string): Promise<ChangeResult> {
    return this.deps.tickets.addNote(id, actorOf(account), note, scopeOf(account));
  }

  /** Leads and admins move tickets: to a staff member (null: back to the queue) and/or a community within their scope. */
  async reassign(
    account: StaffAccount,
    id: string,
    to: { assigneeId?: string | null; communityId?: string },
    note?: string,
  ): Promise<ChangeResult | DeskRefusal> {
    if (account.role === 'commissioner')
      return { ok: false, reason: 'forbidden', message: 'only leads and admins reassign tickets' };
    const scope = scopeOf(account);
    let place: { communityId: string; street: string; district: string } | undefined;
    if (to.communityId !== undefined) {
      const community = this.deps.communities.get(to.communityId);
      const covered =
        community &&
        scopeCovers(scope, { communityId: community.id, street: community.street, district: community.district });
      if (!community || !covered)
        return { ok: false, reason: 'bad_target', message: `no community ${to.communityId} in your area` };
      place = { communityId: community.id, street: community.street, district: community.district };
    }
    if (to.assigneeId) {
      const assignee = await this.deps.accounts.findById(to.assigneeId);
      if (!assignee || !assignee.active)
        return { ok: false, reason: 'bad_target', message: 'no such active staff member' };
    }
    return this.deps.tickets.reassign(id, { assigneeId: to.assigneeId, place }, actorOf(account), note, scope);
  }

  /** The last `days` days (today included) in the hotline's time zone, within the account's scope. */
  async surge(account: StaffAccount, days: number): Promise<SurgeFigures> {
    const scope = scopeOf(account);
    const now = this.deps.clock.now();
    const to = new Date(now.getTime() + 60_000);
    const from = startOfDay(dayOf(new Date(now.getTime() - (days - 1) * 86_400_000)));
    const [ticketDays, openByPriority, contacts] = await Promise.all([
      this.deps.queries.ticketDays(scope, from, to),
      this.deps.queries.openByPriority(scope),
      this.deps.queries.contactDays(from, to),
    ]);
    return { days: ticketDays, openByPriority, contacts };
  }

  communityName(id: string | null): string | undefined {
    return id ? this.deps.communities.get(id)?.name : undefined;
  }

  /** The communities an account may pick in filters and reassignment. */
  communitiesFor(account: StaffAccount): { id: string; name: string }[] {
    const scope = scopeOf(account);
    return this.deps.communities.communities
      .filter((c) => scopeCovers(scope, { communityId: c.id, street: c.street, district: c.district }))
      .map((c) => ({ id: c.id, name: c.name }));
  }
}

export function actorOf(account: StaffAccount): string {
  return `staff:${account.id}`;
}

export function isOpenTicket(t: StaffTicket): boolean {
  return isOpen(t.status);
}
