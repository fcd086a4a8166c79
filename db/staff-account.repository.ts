/**
 * Dashboard accounts (conversation/staff.port.ts): staff members with a sign-in name and an Argon2id
 * hash. The hash never leaves this file except to the password check.
 */
import type { Prisma, PrismaClient } from './generated/client';
import { isUniqueViolation } from './errors';
import { isStaffRole, type StaffAccount } from '../core/staff';
import type { AccountChanges, AccountRepository, AccountWithSecret, NewAccount } from '../conversation/staff.port';

type Row = Prisma.StaffMemberGetPayload<{ include: { communities: true } }>;
const include = { communities: true } as const;

export class PrismaAccountRepository implements AccountRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async findByUsername(username: string): Promise<AccountWithSecret | null> {
    const row = await this.prisma.staffMember.findUnique({ where: { username: username.toLowerCase() }, include });
    return row ? { ...toAccount(row), passwordHash: row.passwordHash } : null;
  }

  async findById(id: string): Promise<StaffAccount | null> {
    const row = await this.prisma.staffMember.findUnique({ where: { id }, include });
    return row ? toAccount(row) : null;
  }

  async list(): Promise<StaffAccount[]> {
    const rows = await this.prisma.staffMember.findMany({ include, orderBy: [{ name: 'asc' }, { createdAt: 'asc' }] });
    return rows.map(toAccount);
  }

  async create(a: NewAccount): Promise<StaffAccount | 'taken'> {
    try {
      const row = await this.prisma.staffMember.create({
        data: {
          username: a.username.toLowerCase(),
          name: a.name,
          phone: a.phone,
          role: a.role,
          street: a.street,
          district: a.district,
          passwordHash: a.passwordHash,
          passwordChangedAt: new Date(),
          communities: { create: a.communities.map((communityId) => ({ communityId })) },
        },
        include,
      });
      return toAccount(row);
    } catch (err) {
      if (isUniqueViolation(err)) return 'taken';
      throw err;
    }
  }

  async update(id: string, c: AccountChanges, at: Date): Promise<StaffAccount | null> {
    return this.prisma.$transaction(async (tx) => {
      const found = await tx.staffMember.findUnique({ where: { id }, select: { id: true } });
      if (!found) return null;
      if (c.communities) {
        await tx.staffCommunity.deleteMany({ where: { staffId: id } });
        await tx.staffCommunity.createMany({
          data: c.communities.map((communityId) => ({ staffId: id, communityId })),
        });
      }
      const row = await tx.staffMember.update({
        where: { id },
        data: {
          name: c.name,
          phone: c.phone,
          role: c.role,
          street: c.street,
          district: c.district,
          active: c.active,
          ...(c.passwordHash ? { passwordHash: c.passwordHash, passwordChangedAt: at } : {}),
        },
        include,
      });
      // A disabled account or a new password ends every session at once.
      if (c.active === false || c.passwordHash) await tx.staffSession.deleteMany({ where: { staffId: id } });
      return toAccount(row);
    });
  }
}

export function toAccount(row: Row): StaffAccount {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    phone: row.phone,
    role: isStaffRole(row.role) ? row.role : 'commissioner',
    street: row.street,
    district: row.district,
    communities: row.communities.map((c) => c.communityId).sort(),
    active: row.active,
  };
}
