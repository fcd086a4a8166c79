import type { PrismaClient } from './generated/client';
import type { RateLimitStore } from '../core/rate-limit';

/** One statement per request whatever the number of limits: an upsert of every key, counts returned. */
export class PrismaRateLimitStore implements RateLimitStore {
  constructor(private readonly prisma: PrismaClient) {}

  async increment(hits: { key: string; windowStart: Date }[]): Promise<number[]> {
    const keys = hits.map((h) => h.key);
    const starts = hits.map((h) => h.windowStart.toISOString());
    const rows = await this.prisma.$queryRawUnsafe<{ key: string; windowStart: Date; count: number }[]>(
      `INSERT INTO "RateLimitHit" ("key", "windowStart", "count")
       SELECT k, w::timestamptz, 1 FROM unnest($1::text[], $2::text[]) AS t(k, w)
       ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitHit"."count" + 1
       RETURNING "key", "windowStart", "count"`,
      keys,
      starts,
    );
    const byKey = new Map(rows.map((r) => [`${r.key}@${new Date(r.windowStart).toISOString()}`, Number(r.count)]));
    return hits.map((h) => byKey.get(`${h.key}@${h.windowStart.toISOString()}`) ?? 1);
  }

  async sweep(before: Date): Promise<number> {
    const { count } = await this.prisma.rateLimitHit.deleteMany({ where: { windowStart: { lt: before } } });
    return count;
  }
}
