import type { Prisma, PrismaClient } from './generated/client';
import { isUniqueViolation } from './errors';
import {
  emptyState,
  type CommitResult,
  type ConversationStore,
  type StoredConversation,
  type TurnRecord,
} from '../conversation/conversation-store.port';
import type { Channel, ConversationState, Lang, Reply } from '../core/types';

class StaleTurn extends Error {}

const json = (value: unknown) => value as Prisma.InputJsonValue;

export class PrismaConversationStore implements ConversationStore {
  constructor(private readonly prisma: PrismaClient) {}

  async open(channel: Channel, address: string, lang: Lang): Promise<StoredConversation> {
    const where = { channel_address: { channel, address } };
    const found = await this.prisma.conversation.findUnique({ where });
    if (found) return toStored(found);
    try {
      return toStored(
        await this.prisma.conversation.create({ data: { channel, address, lang, state: json(emptyState()) } }),
      );
    } catch (err) {
      // Two first messages at once: the other one created it.
      if (!isUniqueViolation(err)) throw err;
      return toStored(await this.prisma.conversation.findUniqueOrThrow({ where }));
    }
  }

  async commitTurn(turn: TurnRecord): Promise<CommitResult> {
    try {
      await this.prisma.$transaction(async (tx) => {
        // The delivery key goes first: a concurrent retry of the same delivery waits on it and then fails cleanly.
        if (turn.deliveryKey) {
          await tx.delivery.create({
            data: { key: turn.deliveryKey, reply: json(turn.reply), completedAt: new Date() },
          });
        }
        const updated = await tx.conversation.updateMany({
          where: { id: turn.conversationId, version: turn.expectedVersion },
          data: { state: json(turn.state), lang: turn.lang, version: { increment: 1 } },
        });
        if (updated.count === 0) throw new StaleTurn();
        await tx.message.createMany({ data: messageRows(turn) });
      });
      return 'committed';
    } catch (err) {
      if (err instanceof StaleTurn) return 'stale';
      if (isUniqueViolation(err)) return 'duplicate';
      throw err;
    }
  }

  async findDelivery(key: string): Promise<Reply | null> {
    const row = await this.prisma.delivery.findUnique({ where: { key } });
    return (row?.reply as Reply | null | undefined) ?? null;
  }
}

function messageRows(turn: TurnRecord): Prisma.MessageCreateManyInput[] {
  const received = turn.inbound.receivedAt;
  const { reply } = turn;
  return [
    {
      conversationId: turn.conversationId,
      direction: 'in',
      text: turn.inbound.text,
      intent: turn.inbound.intent,
      triage: turn.inbound.triage,
      details: json({
        entities: turn.inbound.entities,
        ...(turn.inbound.original ? { original: turn.inbound.original } : {}),
      }),
      createdAt: received,
    },
    {
      conversationId: turn.conversationId,
      direction: 'out',
      text: reply.text,
      intent: reply.intent,
      triage: reply.triage,
      details: json({ choices: reply.choices, sources: reply.sources, action: reply.action, ticket: reply.ticket }),
      // One millisecond later keeps the pair in order when listed by time.
      createdAt: new Date(received.getTime() + 1),
    },
  ];
}

function toStored(row: { id: string; lang: string; state: unknown; version: number }): StoredConversation {
  return {
    id: row.id,
    lang: row.lang === 'en' ? 'en' : 'zh',
    state: (row.state as ConversationState) ?? emptyState(),
    version: row.version,
  };
}
