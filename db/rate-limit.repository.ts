import type { PrismaClient } from './generated/client';
import type { RawQuery } from './database';
import type { RateLimitStore, WindowCounts } from '../core/rate-limit';

/**
 * One statement per request whatever the number of limits: an upsert of every key, returning its count
 * and the count of its previous window.
 */
export class PrismaRateLimitStore implements RateLimitStore {
  private readonly query: RawQuery;

  /** `query`: the per-request statement goes straight to the driver (default: Prisma's raw queries). */
  constructor(
    private readonly prisma: PrismaClient,
    query?: RawQuery,
  ) {
    this.query = query ?? (<T>(text: string, values: unknown[]) => prisma.$queryRawUnsafe<T[]>(text, ...values));
  }

  async increment(hits: { key: string; windowStart: Date; windowSeconds: number }[]): Promise<WindowCounts[]> {
    const keys = hits.map((h) => h.key);
    const starts = hits.map((h) => h.windowStart.toISOString());
    const previous = hits.map((h) => new Date(h.windowStart.getTime() - h.windowSeconds * 1000).toISOString());
    const rows = await this.query<{ i: number; current: number; previous: number }>(
      `WITH hit AS (
         SELECT k, w::timestamptz AS w, p::timestamptz AS p, i::int AS i
           FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(k, w, p, i)
       ), up AS (
         INSERT INTO "RateLimitHit" ("key", "windowStart", "count")
         SELECT k, w, 1 FROM hit
         ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitHit"."count" + 1
         RETURNING "key", "windowStart", "count"
       )
       SELECT hit.i, up."count" AS current, COALESCE(prev."count", 0) AS previous
         FROM hit
         JOIN up ON up."key" = hit.k AND up."windowStart" = hit.w
         LEFT JOIN "RateLimitHit" prev ON prev."key" = hit.k AND prev."windowStart" = hit.p`,
      [keys, starts, previous],
      'hotline_rate_limit_hit',
    );
    const byIndex = new Map(
      rows.map((r) => [Number(r.i), { current: Number(r.current), previous: Number(r.previous) }]),
    );
    return hits.map((_, i) => byIndex.get(i + 1) ?? { current: 1, previous: 0 });
  }

  async sweep(before: Date): Promise<number> {
    const { count } = await this.prisma.rateLimitHit.deleteMany({ where: { windowStart: { lt: before } } });
    return count;
  }
}
