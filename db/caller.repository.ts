import type { PrismaClient } from './generated/client';
import type { CallerProfile, CallerRepository } from '../conversation/callers.port';
import type { Lang } from '../core/types';
import { hashKey } from '../core/rate-limit';
import { PrismaAuditLog } from './audit.repository';
import type { ChangeFeed } from './change-feed';

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
 * and forgotten the moment the database announces a change to that number, whichever instance (or
 * hand) made it. While the announcements may be missed (the feed not live), every read goes to the
 * database and nothing is kept. A read that overlapped a change is not kept either.
 */
export class CachedCallerRepository implements CallerRepository {
  private readonly known = new Map<string, CallerProfile | null>();
  private live = false;
  /** Moves on with every change heard: a read that began before it may have read the old row. */
  private changes = 0;

  constructor(
    private readonly db: CallerRepository,
    feed: ChangeFeed,
  ) {
    feed.subscribe(CALLER_CHANNEL, {
      changed: (phone) => this.forget(phone),
      live: (on) => {
        this.live = on;
        this.changes++;
        this.known.clear();
      },
    });
  }

  async find(phone: string): Promise<CallerProfile | null> {
    const kept = this.live ? this.known.get(phone) : undefined;
    if (kept !== undefined) return kept && { ...kept };
    const seen = this.changes;
    const found = await this.db.find(phone);
    if (this.live && seen === this.changes) this.keep(phone, found);
    return found && { ...found };
  }

  async setSmsOptOut(phone: string, smsOptOut: boolean): Promise<void> {
    this.forget(phone);
    await this.db.setSmsOptOut(phone, smsOptOut);
    this.forget(phone);
  }

  async setLang(phone: string, lang: Lang): Promise<void> {
    this.forget(phone);
    await this.db.setLang(phone, lang);
    this.forget(phone);
  }

  private forget(phone: string): void {
    this.changes++;
    this.known.delete(phone);
  }

  private keep(phone: string, profile: CallerProfile | null): void {
    if (this.known.size >= CACHE_ENTRIES) this.known.delete(this.known.keys().next().value!);
    this.known.set(phone, profile && { ...profile });
  }
}
