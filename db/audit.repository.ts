import type { Prisma, PrismaClient } from './generated/client';
import type { AuditEntry, AuditLog } from '../core/audit';

export class PrismaAuditLog implements AuditLog {
  constructor(private readonly prisma: PrismaClient | Prisma.TransactionClient) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.prisma.auditEvent.create({
      data: {
        kind: entry.kind,
        actor: entry.actor,
        subject: entry.subject,
        details: entry.details as Prisma.InputJsonValue | undefined,
      },
    });
  }
}
