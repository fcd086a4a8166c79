import type { PrismaClient } from './generated/client';
import type { CallerProfile, CallerRepository } from '../conversation/callers.port';
import type { Lang } from '../core/types';
import { hashKey } from '../core/rate-limit';
import { PrismaAuditLog } from './audit.repository';
import type { ChangeFeed } from './change-feed';
import { FeedCache } from './feed-cache';
import { KEY_PERSON_CHANNEL } from './key-people.repository';

/** The migration's trigger announces every change to a Caller row here, with the phone number. */
const CALLER_CHANNEL = 'caller_changed';
/** Numbers remembered at most (oldest forgotten first): a surge's texters, not everyone ever. */
const CACHE_ENTRIES = 50_000;

/** The notice's older key people: 65 and over go straight to a person on voice. */
const ELDERLY_AGE = 65;

export class PrismaCallerRepository implements CallerRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** A number registered as a key person aged 65+ is elderly, whatever the caller row says. */
  async find(phone: string): Promise<CallerProfile | null> {
    const [row, person] = await Promise.all([
      this.prisma.caller.findUnique({ where: { phone } }),
      this.prisma.keyPerson.findUnique({ where: { phone }, select: { age: true } }),
    ]);
    const registeredElderly = person?.age !== null && person?.age !== undefined && person.age >= ELDERLY_AGE;
    if (!row) return person ? { phone, lang: null, elderly: registeredElderly, smsOptOut: false } : null;
    const lang: Lang | null = row.lang === 'en' || row.lang === 'zh' ? row.lang : null;
    return { phone: row.phone, lang, elderly: row.elderly || registeredElderly, smsOptOut: row.smsOptOut };
  }

  async setSmsOptOut(phone: string, smsOptOut: boolean): Promise<void> {
    // Upsert: STOP from a number we have never seen must still stick. The change and its audit row go together.
    const subject = hashKey('phone', phone);
    await this.prisma.$transaction(async (tx) => {
      await tx.caller.upsert({ where: { phone }, create: { phone, smsOptOut }, update: { smsOptOut } });
      await new PrismaAuditLog(tx).record({ kind: smsOptOut ? 'sms.opt_out' : 'sms.opt_in', actor: subject, subject });
    });
  }

  async setLang(phone: string, lang: Lang): Promise<void> {
    await this.prisma.caller.upsert({ where: { phone }, create: { phone, lang }, update: { lang } });
  }
}

/**
 * Callers' flags (opt-out, language, 65+) change rarely and are read on every SMS turn: kept in memory,
 * and forgotten the moment the database announces a change to that number's Caller row or key-person
 * row (the 65+ flag comes from the register too), whichever instance (or hand) made it (db/feed-cache.ts).
 */
export class CachedCallerRepository implements CallerRepository {
  readonly cache: FeedCache<CallerProfile | null>;

  constructor(
    private readonly db: CallerRepository,
    feed: ChangeFeed,
  ) {
    this.cache = new FeedCache(feed, [CALLER_CHANNEL, KEY_PERSON_CHANNEL], CACHE_ENTRIES);
  }

  async find(phone: string): Promise<CallerProfile | null> {
    const found = await this.cache.get(phone, () => this.db.find(phone));
    return found && { ...found };
  }

  /** This instance changed the register (the 65+ flag comes from it). */
  forgetAll(): void {
    this.cache.clear();
  }

  async setSmsOptOut(phone: string, smsOptOut: boolean): Promise<void> {
    this.cache.forget(phone);
    await this.db.setSmsOptOut(phone, smsOptOut);
    this.cache.forget(phone);
  }

  async setLang(phone: string, lang: Lang): Promise<void> {
    this.cache.forget(phone);
    await this.db.setLang(phone, lang);
    this.cache.forget(phone);
  }
}
