/**
 * Creating and changing staff accounts, for the `npm run user:*` commands and the admins' API: what
 * a valid account is (a commissioner names known communities, a lead a known district or street),
 * checked before anything is written.
 */
import { isStaffRole, type StaffAccount, type StaffRole } from '../../core/staff';
import type { AccountChanges, AccountRepository } from '../../conversation/staff.port';
import type { CommunityDirectory } from '../tickets';
import { hashPassword, passwordProblem } from './passwords';

export interface AccountInput {
  username: string;
  role: string;
  name?: string;
  phone?: string;
  communities?: string[];
  street?: string;
  district?: string;
}

export type AdminResult = { ok: true; account: StaffAccount } | { ok: false; code: string; message: string };

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,31}$/;
const PHONE = /^\+?[0-9]{3,15}$/;

export class AccountAdmin {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly communities: CommunityDirectory,
  ) {}

  async add(input: AccountInput, password: string): Promise<AdminResult> {
    const username = input.username.trim().toLowerCase();
    if (!USERNAME.test(username))
      return refuse('invalid_username', 'username: 2–32 lower-case letters, digits, ".", "_" or "-"');
    const shape = this.checkShape(input);
    if ('code' in shape) return shape;
    const weak = passwordProblem(password);
    if (weak) return refuse('weak_password', `password: ${weak}`);
    const created = await this.accounts.create({
      username,
      name: input.name?.trim() || username,
      phone: input.phone,
      ...shape,
      passwordHash: await hashPassword(password),
    });
    if (created === 'taken') return refuse('username_taken', `username "${username}" is taken`);
    return { ok: true, account: created };
  }

  list(): Promise<StaffAccount[]> {
    return this.accounts.list();
  }

  async setActive(username: string, active: boolean, at: Date): Promise<AdminResult> {
    return this.change(username, { active }, at);
  }

  async setPassword(username: string, password: string, at: Date): Promise<AdminResult> {
    const weak = passwordProblem(password);
    if (weak) return refuse('weak_password', `password: ${weak}`);
    return this.change(username, { passwordHash: await hashPassword(password) }, at);
  }

  private async change(username: string, changes: AccountChanges, at: Date): Promise<AdminResult> {
    const found = await this.accounts.findByUsername(username.trim().toLowerCase());
    if (!found) return refuse('not_found', `no account "${username}"`);
    const account = await this.accounts.update(found.id, changes, at);
    return account ? { ok: true, account } : refuse('not_found', `no account "${username}"`);
  }

  /** Role and scope together: what the account will see follows from them. */
  private checkShape(
    input: AccountInput,
  ):
    | { role: StaffRole; communities: string[]; street?: string; district?: string }
    | { ok: false; code: string; message: string } {
    if (!isStaffRole(input.role)) return refuse('invalid_role', 'role: admin, lead or commissioner');
    if (input.phone !== undefined && !PHONE.test(input.phone))
      return refuse('invalid_phone', 'phone: digits, optionally after +');
    const known = this.communities.communities;
    if (input.role === 'commissioner') {
      const ids = [...new Set(input.communities ?? [])];
      if (ids.length === 0) return refuse('invalid_scope', 'a commissioner needs at least one --community');
      const unknown = ids.filter((id) => !this.communities.get(id));
      if (unknown.length) return refuse('invalid_scope', `unknown community: ${unknown.join(', ')}`);
      return { role: 'commissioner', communities: ids };
    }
    if (input.role === 'lead') {
      if (!input.district) return refuse('invalid_scope', 'a lead needs --district (and --street for a street lead)');
      if (!known.some((c) => c.district === input.district))
        return refuse('invalid_scope', `no community of the directory is in district "${input.district}"`);
      if (input.street && !known.some((c) => c.district === input.district && c.street === input.street))
        return refuse('invalid_scope', `no community of the directory is in "${input.street}", ${input.district}`);
      return { role: 'lead', communities: [], district: input.district, street: input.street || undefined };
    }
    return { role: 'admin', communities: [] };
  }
}

function refuse(code: string, message: string): { ok: false; code: string; message: string } {
  return { ok: false, code, message };
}
