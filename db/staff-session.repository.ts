/**
 * Dashboard sessions and the sign-in throttle, both in the database so that every instance serves
 * every session and counts every attempt. Only a SHA-256 of the session token is stored.
 */
import type { PrismaClient } from './generated/client';
import type {
  LoginThrottleStore,
  NewSession,
  SessionStore,
  StoredSession,
  ThrottleCount,
} from '../conversation/staff.port';
import { toAccount } from './staff-account.repository';

export class PrismaSessionStore implements SessionStore {
  constructor(private readonly prisma: PrismaClient) {}

  async create(s: NewSession): Promise<void> {
    await this.prisma.staffSession.create({
      data: {
        tokenHash: s.tokenHash,
        staffId: s.staffId,
        csrfToken: s.csrfToken,
        createdAt: s.now,
        lastSeenAt: s.now,
        expiresAt: s.expiresAt,
        userAgent: s.userAgent?.slice(0, 300),
      },
    });
  }

  async find(tokenHash: string): Promise<StoredSession | null> {
    const row = await this.prisma.staffSession.findUnique({
      where: { tokenHash },
      include: { staff: { include: { communities: true } } },
    });
    if (!row) return null;
    return {
      tokenHash: row.tokenHash,
      csrfToken: row.csrfToken,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      expiresAt: row.expiresAt,
      account: toAccount(row.staff),
    };
  }

  async touch(tokenHash: string, now: Date, olderThan: Date): Promise<void> {
    await this.prisma.staffSession.updateMany({
      where: { tokenHash, lastSeenAt: { lt: olderThan } },
      data: { lastSeenAt: now },
    });
  }

  async delete(tokenHash: string): Promise<void> {
    await this.prisma.staffSession.deleteMany({ where: { tokenHash } });
  }

  async deleteAllFor(staffId: string): Promise<number> {
    return (await this.prisma.staffSession.deleteMany({ where: { staffId } })).count;
  }

  async deleteExpired(now: Date, idleBefore: Date): Promise<number> {
    const { count } = await this.prisma.staffSession.deleteMany({
      where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lt: idleBefore } }] },
    });
    return count;
  }
}

export class PrismaLoginThrottle implements LoginThrottleStore {
  constructor(private readonly prisma: PrismaClient) {}

  async reserve(key: string, now: Date, windowStartAfter: Date): Promise<ThrottleCount> {
    // One statement: two instances counting the same key at once both count.
    const rows = await this.prisma.$queryRaw<{ attempts: number; windowStart: Date }[]>`
      INSERT INTO "LoginThrottle" ("key", "attempts", "windowStart") VALUES (${key}, 1, ${now}::timestamp(3))
      ON CONFLICT ("key") DO UPDATE SET
        "attempts" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStartAfter}::timestamp(3)
                          THEN 1 ELSE "LoginThrottle"."attempts" + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStartAfter}::timestamp(3)
                             THEN ${now}::timestamp(3) ELSE "LoginThrottle"."windowStart" END
      RETURNING "attempts", "windowStart"`;
    const row = rows[0]!;
    return { attempts: Number(row.attempts), windowStart: new Date(row.windowStart) };
  }

  async clear(key: string): Promise<void> {
    await this.prisma.loginThrottle.deleteMany({ where: { key } });
  }

  async forgive(key: string): Promise<void> {
    await this.prisma.loginThrottle.updateMany({
      where: { key, attempts: { gt: 0 } },
      data: { attempts: { decrement: 1 } },
    });
  }
}
