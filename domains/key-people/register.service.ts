/**
 * The key-people register: import, add, edit, re-grade, mark infected. A grade comes from the grading
 * rules unless staff override it with a reason; every change is written with its audit row.
 */
import type { Clock } from '../../core/clock';
import type { Grade, KeyPerson } from '../../core/key-people';
import { scopeCovers, type TicketScope } from '../../core/staff';
import type { KeyPeopleRepository, KeyPersonWrite } from '../../conversation/key-people.port';
import type { GradingData } from '../../knowledge/key-people/grading';
import type { CommunityDirectory } from '../tickets/communities';
import { gradePerson } from './grading';
import { readPeopleCsv } from './people-csv';
import { checkPerson, type CheckedPerson, type PersonInput } from './person-input';

export interface RegisterDeps {
  repository: KeyPeopleRepository;
  communities: CommunityDirectory;
  grading: GradingData;
  clock: Clock;
}

export type RegisterResult =
  { ok: true; person: KeyPerson } | { ok: false; code: 'invalid_person' | 'not_found' | 'conflict'; errors: string[] };

/** Reason recorded when an imported ledger's grade differs from the rules and the file gives none. */
const IMPORTED_GRADE = 'graded so in the imported ledger';

export class KeyPeopleRegister {
  constructor(readonly deps: RegisterDeps) {}

  async importCsv(text: string, actor: string) {
    const read = readPeopleCsv(text, this.deps.communities, this.deps.grading);
    if (!read.ok) return read;
    const rows = await Promise.all(
      read.people.map(async (p) =>
        this.toWrite(p, await this.deps.repository.findByPhone(p.fields.phone), IMPORTED_GRADE),
      ),
    );
    const bad = rows.flatMap((r, i) => ('error' in r ? [`row ${i + 1}: ${r.error}`] : []));
    if (bad.length) return { ok: false as const, errors: bad };
    const counts = await this.deps.repository.importAll(rows as KeyPersonWrite[], { actor, at: this.deps.clock.now() });
    return { ok: true as const, ...counts };
  }

  async create(input: PersonInput, actor: string, scope: TicketScope): Promise<RegisterResult> {
    const checked = this.check(input, scope);
    if (!checked.ok) return checked;
    if (await this.deps.repository.findByPhone(checked.person.fields.phone))
      return { ok: false, code: 'conflict', errors: ['phone: someone is already registered with this number'] };
    const write = this.toWrite(checked.person, null);
    if ('error' in write) return { ok: false, code: 'invalid_person', errors: [write.error] };
    const note = input.grade_reason?.trim() || undefined;
    return { ok: true, person: await this.deps.repository.create(write, { actor, at: this.deps.clock.now(), note }) };
  }

  /** Edits the fields given; the grade stays an override if it was one, unless this edit re-grades. */
  async update(id: string, input: PersonInput, actor: string, scope: TicketScope): Promise<RegisterResult> {
    const before = await this.deps.repository.find(id, scope);
    if (!before) return { ok: false, code: 'not_found', errors: ['no such person'] };
    const checked = this.check(input, scope);
    if (!checked.ok) return checked;
    const other = await this.deps.repository.findByPhone(checked.person.fields.phone);
    if (other && other.id !== id)
      return { ok: false, code: 'conflict', errors: ['phone: someone else is registered with this number'] };
    const write = this.toWrite(checked.person, before);
    if ('error' in write) return { ok: false, code: 'invalid_person', errors: [write.error] };
    const note = input.grade_reason?.trim() || undefined;
    const person = await this.deps.repository.update(id, write, { actor, at: this.deps.clock.now(), note }, scope);
    return person ? { ok: true, person } : { ok: false, code: 'not_found', errors: ['no such person'] };
  }

  async setInfected(id: string, infected: boolean, actor: string, scope?: TicketScope): Promise<KeyPerson | null> {
    return this.deps.repository.setInfected(id, infected, { actor, at: this.deps.clock.now() }, scope);
  }

  private check(input: PersonInput, scope: TicketScope) {
    const checked = checkPerson(input, this.deps.communities, this.deps.grading);
    if (!checked.ok) return { ok: false as const, code: 'invalid_person' as const, errors: checked.errors };
    const { fields, street, district } = checked.person;
    if (!scopeCovers(scope, { communityId: fields.communityId, street, district }))
      return { ok: false as const, code: 'invalid_person' as const, errors: ['community: not one of yours'] };
    return checked;
  }

  /**
   * The grade to store: the rules' unless one is given that differs (an override, which needs a
   * reason); with none given an earlier override is kept.
   */
  private toWrite(
    p: CheckedPerson,
    before: KeyPerson | null,
    defaultReason?: string,
  ): KeyPersonWrite | { error: string } {
    const rule = gradePerson(p.fields, this.deps.grading);
    const base = { ...p.fields, street: p.street, district: p.district };
    const byRule = { ...base, grade: rule.grade, gradeSource: 'rule' as const, gradeReason: rule.rules.join(', ') };
    const given: Grade | 'auto' | undefined = p.grade;
    if (given === 'auto') return byRule;
    if (given === undefined) {
      if (before?.gradeSource === 'override' && p.gradeReason === undefined)
        return { ...base, grade: before.grade, gradeSource: 'override', gradeReason: before.gradeReason };
      return byRule;
    }
    if (given === rule.grade) return byRule;
    const reason =
      p.gradeReason ??
      (before?.gradeSource === 'override' && before.grade === given ? before.gradeReason : defaultReason);
    if (!reason) return { error: `grade_reason: a grade other than the rules' (${rule.grade}) needs a reason` };
    return { ...base, grade: given, gradeSource: 'override', gradeReason: reason };
  }
}
