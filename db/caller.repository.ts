import type { PrismaClient } from './generated/client';
import type { CallerProfile, CallerRepository } from '../conversation/callers.port';
import type { Lang } from '../core/types';

export class PrismaCallerRepository implements CallerRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async find(phone: string): Promise<CallerProfile | null> {
    const row = await this.prisma.caller.findUnique({ where: { phone } });
    if (!row) return null;
    const lang: Lang | null = row.lang === 'en' || row.lang === 'zh' ? row.lang : null;
    return { phone: row.phone, lang, elderly: row.elderly, smsOptOut: row.smsOptOut };
  }

  async setSmsOptOut(phone: string, smsOptOut: boolean): Promise<void> {
    // Upsert: STOP from a number we have never seen must still stick.
    await this.prisma.caller.upsert({ where: { phone }, create: { phone, smsOptOut }, update: { smsOptOut } });
  }

  async setLang(phone: string, lang: Lang): Promise<void> {
    await this.prisma.caller.upsert({ where: { phone }, create: { phone, lang }, update: { lang } });
  }
}
