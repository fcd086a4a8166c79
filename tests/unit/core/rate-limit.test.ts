import { RateLimiter, type RateLimitStore, type WindowCounts } from '../../../core/rate-limit';

/** The store's contract in memory: counts per key and window start. */
class MemoryLimitStore implements RateLimitStore {
  readonly counts = new Map<string, number>();
  async increment(hits: { key: string; windowStart: Date; windowSeconds: number }[]): Promise<WindowCounts[]> {
    return hits.map((h) => {
      const id = `${h.key}@${h.windowStart.getTime()}`;
      const current = (this.counts.get(id) ?? 0) + 1;
      this.counts.set(id, current);
      const previous = this.counts.get(`${h.key}@${h.windowStart.getTime() - h.windowSeconds * 1000}`) ?? 0;
      return { current, previous };
    });
  }
  async sweep(): Promise<number> {
    return 0;
  }
}

const limit = { max: 10, windowSeconds: 60 };
const at = (s: number) => new Date(Date.UTC(2026, 11, 1, 3, 0, 0) + s * 1000);

describe('RateLimiter', () => {
  it('allows the limit, refuses the next with the seconds left in the window, and says which refusal was the first', async () => {
    const limiter = new RateLimiter(new MemoryLimitStore());
    const verdicts = [];
    for (let i = 0; i < 12; i++) verdicts.push(await limiter.hit([{ key: 'ip:a', limit }], at(15)));
    expect(verdicts.slice(0, 10).every((v) => v.allowed)).toBe(true);
    expect(verdicts[10]).toMatchObject({ allowed: false, firstRefusal: true, retryAfterSeconds: 45 });
    expect(verdicts[11]).toMatchObject({ allowed: false, firstRefusal: false });
  });

  it('does not give a burst across a window boundary twice the limit', async () => {
    const limiter = new RateLimiter(new MemoryLimitStore());
    let allowed = 0;
    for (let i = 0; i < 15; i++) if ((await limiter.hit([{ key: 'ip:a', limit }], at(59))).allowed) allowed++;
    for (let i = 0; i < 15; i++) if ((await limiter.hit([{ key: 'ip:a', limit }], at(61))).allowed) allowed++;
    expect(allowed).toBe(10);
    // Refused attempts count too (hammering keeps a client refused); near the end of the next window the
    // 15 attempts of the one before weigh 15 × 5/60 = 1.25, so 8 of 10 are allowed again.
    let later = 0;
    for (let i = 0; i < 15; i++) if ((await limiter.hit([{ key: 'ip:a', limit }], at(175))).allowed) later++;
    expect(later).toBe(8);
  });

  it('refuses the next hit when a burst straddles the window boundary by a moment', async () => {
    const limiter = new RateLimiter(new MemoryLimitStore());
    const six = { max: 6, windowSeconds: 60 };
    const verdicts = [];
    for (let i = 0; i < 6; i++) verdicts.push(await limiter.hit([{ key: 'ip:a', limit: six }], at(59.99)));
    verdicts.push(await limiter.hit([{ key: 'ip:a', limit: six }], at(60.01)));
    verdicts.push(await limiter.hit([{ key: 'ip:a', limit: six }], at(60.02)));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, true, true, true, false, false]);
    expect(verdicts.map((v) => v.firstRefusal)).toEqual([false, false, false, false, false, false, true, false]);
  });

  it('refuses when any one of several limits is over, and keys are counted apart', async () => {
    const limiter = new RateLimiter(new MemoryLimitStore());
    const tight = { max: 1, windowSeconds: 60 };
    expect(
      (
        await limiter.hit(
          [
            { key: 'ip:a', limit },
            { key: 'session:s', limit: tight },
          ],
          at(0),
        )
      ).allowed,
    ).toBe(true);
    const second = await limiter.hit(
      [
        { key: 'ip:a', limit },
        { key: 'session:s', limit: tight },
      ],
      at(1),
    );
    expect(second).toMatchObject({ allowed: false, refusedKey: 'session:s' });
    expect(
      (
        await limiter.hit(
          [
            { key: 'ip:a', limit },
            { key: 'session:t', limit: tight },
          ],
          at(2),
        )
      ).allowed,
    ).toBe(true);
  });
});
