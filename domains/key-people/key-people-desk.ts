/**
 * What staff see of the register, always within their scope (a commissioner their communities): the
 * list with last contact and next due, a person with their contact history and audit trail, the
 * community board (due, overdue, unreachable) and the notice's compliance figure over weeks.
 */
import type { Clock } from '../../core/clock';
import type { KeyPerson } from '../../core/key-people';
import { scopeCovers, scopeOf, type StaffAccount } from '../../core/staff';
import type {
  CheckInWithAttempts,
  KeyPeopleRepository,
  KeyPersonEventRow,
  KeyPersonSummary,
} from '../../conversation/key-people.port';
import type { GradingData } from '../../knowledge/key-people/grading';
import { compliance, contactState, type ComplianceWeek, type ContactState } from './compliance';
import type { KeyPeopleRegister, RegisterResult } from './register.service';
import type { PersonInput } from './person-input';
import { weekStartOf } from './schedule';

const WEEK_MS = 7 * 86_400_000;

export interface PersonDetail {
  person: KeyPerson;
  history: CheckInWithAttempts[];
  events: KeyPersonEventRow[];
}

export interface BoardRow extends KeyPersonSummary {
  state: ContactState;
}

export class KeyPeopleDesk {
  constructor(
    private readonly deps: {
      repository: KeyPeopleRepository;
      register: KeyPeopleRegister;
      grading: GradingData;
      clock: Clock;
    },
  ) {}

  /** The communities of the directory an account may register people in. */
  communities(account: StaffAccount): { id: string; name: string }[] {
    const scope = scopeOf(account);
    return this.deps.register.deps.communities.communities
      .filter((c) => scopeCovers(scope, { communityId: c.id, street: c.street, district: c.district }))
      .map((c) => ({ id: c.id, name: c.name }));
  }

  communityName(id: string): string {
    return this.deps.register.deps.communities.get(id)?.name ?? id;
  }

  get grading(): GradingData {
    return this.deps.grading;
  }

  list(account: StaffAccount, filter: { communityId?: string; grade?: 'red' | 'yellow' | 'green' } = {}) {
    return this.deps.repository.list(scopeOf(account), filter);
  }

  async detail(account: StaffAccount, id: string): Promise<PersonDetail | null> {
    const person = await this.deps.repository.find(id, scopeOf(account));
    if (!person) return null;
    const [history, events] = await Promise.all([
      this.deps.repository.history(id, 60),
      this.deps.repository.events(id),
    ]);
    return { person, history, events };
  }

  /** Everyone in scope with where their check-ins stand now. */
  async board(account: StaffAccount): Promise<BoardRow[]> {
    const now = this.deps.clock.now();
    const scope = scopeOf(account);
    const from = new Date(weekStartOf(now).getTime() - WEEK_MS);
    const [people, checkIns] = await Promise.all([
      this.deps.repository.list(scope),
      this.deps.repository.checkInsSince(from, scope),
    ]);
    const byPerson = new Map<string, typeof checkIns>();
    for (const c of checkIns) byPerson.set(c.personId, [...(byPerson.get(c.personId) ?? []), c]);
    return people.map((p) => ({ ...p, state: contactState(byPerson.get(p.id) ?? [], p.optedOut, now) }));
  }

  async compliance(account: StaffAccount, weeks: number): Promise<ComplianceWeek[]> {
    const now = this.deps.clock.now();
    const scope = scopeOf(account);
    const from = new Date(weekStartOf(now).getTime() - (weeks - 1) * WEEK_MS);
    const [people, checkIns] = await Promise.all([
      this.deps.repository.list(scope),
      this.deps.repository.checkInsSince(from, scope),
    ]);
    return compliance(people, checkIns, weeks, now, this.deps.grading.contactsPerWeek);
  }

  create(account: StaffAccount, input: PersonInput): Promise<RegisterResult> {
    return this.deps.register.create(input, `staff:${account.id}`, scopeOf(account));
  }

  update(account: StaffAccount, id: string, input: PersonInput): Promise<RegisterResult> {
    return this.deps.register.update(id, input, `staff:${account.id}`, scopeOf(account));
  }

  setInfected(account: StaffAccount, id: string, infected: boolean) {
    return this.deps.register.setInfected(id, infected, `staff:${account.id}`, scopeOf(account));
  }
}
