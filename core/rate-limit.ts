/**
 * Rate limits counted in a store every instance shares (the database), so two instances enforce one
 * limit. Counts are kept per fixed window; the limit is applied to a sliding window estimated from the
 * current and the previous one (the previous weighted by how much of it the sliding window still
 * covers), so a burst across a window boundary does not get twice the limit. Keys are hashed before
 * they are stored: a counter never holds a phone number or an address in the clear.
 */
import { createHash } from 'node:crypto';

/** At most `max` in any `windowSeconds` (sliding). */
export interface RateLimit {
  max: number;
  windowSeconds: number;
}

export interface LimitHit {
  key: string;
  limit: RateLimit;
}

/** Where counts live; db/rate-limit.repository.ts implements it on the service's database. */
export interface RateLimitStore {
  /**
   * Adds one to each key's count in its window; returns, in the same order, the count after and the
   * count of the window before it (0 when none).
   */
  increment(hits: { key: string; windowStart: Date; windowSeconds: number }[]): Promise<WindowCounts[]>;
  /** Forgets windows that started before `before`. */
  sweep(before: Date): Promise<number>;
}

export interface WindowCounts {
  current: number;
  previous: number;
}

export interface LimitVerdict {
  allowed: boolean;
  /** The first hit beyond the limit in this window: the one that is worth an explanation. */
  firstRefusal: boolean;
  /** Seconds until the window that refused ends. */
  retryAfterSeconds: number;
  /** The key of the limit that refused, for the audit log (hashed). */
  refusedKey?: string;
}

export function hashKey(kind: string, value: string): string {
  return `${kind}:${createHash('sha256').update(value).digest('base64url').slice(0, 22)}`;
}

export function windowStart(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

export class RateLimiter {
  constructor(private readonly store: RateLimitStore) {}

  /** Counts every hit (keys already hashed); refused when any of them is over its limit. */
  async hit(hits: LimitHit[], now: Date): Promise<LimitVerdict> {
    if (hits.length === 0) return { allowed: true, firstRefusal: false, retryAfterSeconds: 0 };
    const starts = hits.map((h) => windowStart(now, h.limit.windowSeconds));
    const counts = await this.store.increment(
      hits.map((h, i) => ({ key: h.key, windowStart: starts[i]!, windowSeconds: h.limit.windowSeconds })),
    );
    let verdict: LimitVerdict = { allowed: true, firstRefusal: false, retryAfterSeconds: 0 };
    hits.forEach((h, i) => {
      const { current, previous } = counts[i]!;
      const windowMs = h.limit.windowSeconds * 1000;
      const elapsed = (now.getTime() - starts[i]!.getTime()) / windowMs;
      // Not rounded down: a burst that straddles the boundary by a millisecond still weighs all of
      // the previous window's hits, as the true sliding count would.
      const carried = previous * (1 - elapsed);
      if (current + carried <= h.limit.max) return;
      // Until the current window ends: then the count now becomes the weighted previous one.
      const retryAfterSeconds = Math.max(1, Math.ceil((starts[i]!.getTime() + windowMs - now.getTime()) / 1000));
      if (retryAfterSeconds > verdict.retryAfterSeconds || verdict.allowed)
        verdict = {
          allowed: false,
          firstRefusal: current - 1 + carried <= h.limit.max,
          retryAfterSeconds,
          refusedKey: h.key,
        };
    });
    return verdict;
  }
}
