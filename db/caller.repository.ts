import type { PrismaClient } from './generated/client';
import type { CallerProfile, CallerRepository } from '../conversation/callers.port';
import type { Lang } from '../core/types';
import { hashKey } from '../core/rate-limit';
import { PrismaAuditLog } from './audit.repository';

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
