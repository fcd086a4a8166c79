import type { PrismaClient } from './generated/client';
import type { CallerProfile, CallerRepository } from '../conversation/callers.port';
import type { Lang } from '../core/types';
import { hashKey } from '../core/rate-limit';
import { PrismaAuditLog } from './audit.repository';

export class PrismaCallerRepository implements CallerRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async find(phone: string): Promise<CallerProfile | null> {
    const row = await this.prisma.caller.findUnique({ where: { phone } });
    if (!row) return null;
    const lang: Lang | null = row.lang === 'en' || row.lang === 'zh' ? row.lang : null;
    return { phone: row.phone, lang, elderly: row.elderly, smsOptOut: row.smsOptOut };
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
