import type { Prisma, PrismaClient } from './generated/client';
import { isUniqueViolation } from './errors';
import type {
  AppendResult,
  DirectLineStore,
  NewActivity,
  StoredActivity,
  StoredToken,
  TokenGrant,
} from '../conversation/directline-store.port';

const json = (value: unknown) => value as Prisma.InputJsonValue;

export class PrismaDirectLineStore implements DirectLineStore {
  constructor(private readonly prisma: PrismaClient) {}

  async createConversation(conversationId: string, token: StoredToken): Promise<void> {
    await this.prisma.directLineConversation.create({
      data: { id: conversationId, tokens: { create: { hash: token.hash, expiresAt: token.expiresAt } } },
    });
  }

  async conversationExists(conversationId: string): Promise<boolean> {
    const row = await this.prisma.directLineConversation.findUnique({
      where: { id: conversationId },
      select: { id: true },
    });
    return row !== null;
  }

  async findToken(hash: string): Promise<TokenGrant | null> {
    return this.prisma.directLineToken.findUnique({
      where: { hash },
      select: { conversationId: true, expiresAt: true },
    });
  }

  async replaceToken(conversationId: string, presentedHash: string, next: StoredToken, retireBy: Date): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.directLineToken.create({ data: { conversationId, hash: next.hash, expiresAt: next.expiresAt } }),
      this.prisma.directLineToken.updateMany({
        where: { hash: presentedHash, conversationId, expiresAt: { gt: retireBy } },
        data: { expiresAt: retireBy },
      }),
      this.prisma.directLineToken.deleteMany({ where: { conversationId, expiresAt: { lt: new Date() } } }),
    ]);
  }

  async append(conversationId: string, activities: NewActivity[]): Promise<AppendResult> {
    try {
      const seqs = await this.prisma.$transaction(async (tx) => {
        // The counter's row lock orders concurrent appends: the second waits for the first to commit,
        // so numbers are handed out in commit order and a reader never sees a lower one appear later.
        const { lastSeq } = await tx.directLineConversation.update({
          where: { id: conversationId },
          data: { lastSeq: { increment: activities.length } },
          select: { lastSeq: true },
        });
        const seqs = activities.map((_, i) => lastSeq - activities.length + 1 + i);
        await tx.directLineActivity.createMany({
          data: activities.map((a, i) => ({
            conversationId,
            seq: seqs[i],
            clientActivityId: a.clientActivityId ?? null,
            activity: json(a.build(seqs)),
          })),
        });
        return seqs;
      });
      return { kind: 'stored', seqs };
    } catch (err) {
      const clientActivityId = activities.find((a) => a.clientActivityId)?.clientActivityId;
      if (!isUniqueViolation(err) || !clientActivityId) throw err;
      // A retry of the same message, stored the first time (or just now, concurrently).
      const row = await this.prisma.directLineActivity.findUnique({
        where: { conversationId_clientActivityId: { conversationId, clientActivityId } },
        select: { seq: true },
      });
      if (!row) throw err;
      return { kind: 'duplicate', seq: row.seq };
    }
  }

  async listAfter(conversationId: string, afterSeq: number, limit: number): Promise<StoredActivity[]> {
    const rows = await this.prisma.directLineActivity.findMany({
      where: { conversationId, seq: { gt: afterSeq } },
      orderBy: { seq: 'asc' },
      take: limit,
      select: { seq: true, activity: true },
    });
    return rows.map((r) => ({ seq: r.seq, activity: r.activity as Record<string, unknown> }));
  }
}
