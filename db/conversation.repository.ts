import type { Prisma, PrismaClient } from './generated/client';
import { isUniqueViolation } from './errors';
import type { RawQuery } from './database';
import {
  emptyState,
  type CommitResult,
  type ConversationStore,
  type StoredConversation,
  type TurnRecord,
  type TurnStart,
} from '../conversation/conversation-store.port';
import type { Channel, ConversationState, Lang, Reply } from '../core/types';

const json = (value: unknown) => value as Prisma.InputJsonValue;

/** Prisma's DateTime columns are timestamp(3) in UTC; raw statements write them the same way. */
const UTC_NOW = `(now() AT TIME ZONE 'UTC')`;
const utc = (at: Date) => at.toISOString().slice(0, -1);

/**
 * A turn's reads in one statement: the stored reply of its delivery key, and the conversation at the
 * address, created on first contact (not when the delivery is a retry: that one already has its reply).
 * Two first messages at once are serialised by the turn lock; ON CONFLICT is the net beneath it.
 */
const START_TURN = `
  WITH earlier AS (
    SELECT reply FROM "Delivery" WHERE "key" = $4::text AND reply IS NOT NULL
  ), found AS (
    SELECT id, lang, state, version FROM "Conversation" WHERE channel = $1::text AND address = $2::text
  ), created AS (
    INSERT INTO "Conversation" (id, channel, address, lang, state, "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, $1, $2, $3, '{"facts":{}}'::jsonb, ${UTC_NOW}, ${UTC_NOW}
     WHERE NOT EXISTS (SELECT 1 FROM found) AND NOT EXISTS (SELECT 1 FROM earlier)
    ON CONFLICT (channel, address) DO NOTHING
    RETURNING id, lang, state, version
  )
  SELECT (SELECT reply FROM earlier) AS earlier, c.id, c.lang, c.state, c.version
    FROM (SELECT 1) AS one
    LEFT JOIN (SELECT * FROM found UNION ALL SELECT * FROM created) AS c ON true`;

/**
 * A turn's writes in one statement, so in one implicit transaction: the new state against the version
 * the turn read, then — only if that update happened — its delivery key and its two messages
 * (inbound first: \`seq\` keeps their order). Nothing is written when the version moved on.
 */
const COMMIT_TURN = `
  WITH updated AS (
    UPDATE "Conversation" SET state = $3::jsonb, lang = $4, version = version + 1, "updatedAt" = ${UTC_NOW}
     WHERE id = $1 AND version = $2
    RETURNING id
  ), delivery AS (
    INSERT INTO "Delivery" ("key", reply, "createdAt", "completedAt")
    SELECT $5::text, $6::jsonb, ${UTC_NOW}, ${UTC_NOW} FROM updated WHERE $5::text IS NOT NULL
  ), messages AS (
    INSERT INTO "Message" (id, "conversationId", direction, text, intent, triage, details, "createdAt")
    SELECT gen_random_uuid()::text, updated.id, m.direction, m.text, m.intent, m.triage, m.details::jsonb, m.at::timestamp
      FROM updated,
           (VALUES (1, 'in', $7, $8, $9, $10, $11), (2, 'out', $12, $13, $14, $15, $16))
             AS m(n, direction, text, intent, triage, details, at)
     ORDER BY m.n
  )
  SELECT count(*)::int AS n FROM updated`;

export class PrismaConversationStore implements ConversationStore {
  private readonly query: RawQuery;
  private readonly commitQuery: RawQuery;

  /**
   * `query`: the turn's two statements go straight to the driver (default: through Prisma's raw queries);
   * `commitQuery`: the write statement's (default `query`), group-committed on PostgreSQL (db/group-commit.ts).
   */
  constructor(
    private readonly prisma: PrismaClient,
    query?: RawQuery,
    commitQuery?: RawQuery,
  ) {
    this.query = query ?? (<T>(text: string, values: unknown[]) => prisma.$queryRawUnsafe<T[]>(text, ...values));
    this.commitQuery = commitQuery ?? this.query;
  }

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

  async startTurn(channel: Channel, address: string, lang: Lang, deliveryKey?: string): Promise<TurnStart> {
    const values = [channel, address, lang, deliveryKey ?? null];
    const [row] = await this.query<StartRow>(START_TURN, values, 'hotline_start_turn');
    if (row?.earlier) return { earlier: row.earlier as Reply };
    if (row?.id) return { earlier: null, conversation: toStored(row as ConversationRow) };
    // Created by someone else between this statement's snapshot and its insert: it is there now.
    return { earlier: null, conversation: await this.open(channel, address, lang) };
  }

  async commitTurn(turn: TurnRecord): Promise<CommitResult> {
    const [inbound, outbound] = messageRows(turn);
    try {
      const [row] = await this.commitQuery<{ n: number }>(
        COMMIT_TURN,
        [
          turn.conversationId,
          turn.expectedVersion,
          JSON.stringify(turn.state),
          turn.lang,
          turn.deliveryKey ?? null,
          JSON.stringify(turn.reply),
          ...messageParams(inbound!),
          ...messageParams(outbound!),
        ],
        'hotline_commit_turn',
      );
      if (Number(row?.n) === 1) return 'committed';
    } catch (err) {
      // A copy of this delivery committed first (its key is unique): the caller answers from that one.
      if (isUniqueViolation(err)) return 'duplicate';
      throw err;
    }
    // Nothing written: another turn moved the version on — with this very delivery, when it was a retry.
    if (turn.deliveryKey && (await this.findDelivery(turn.deliveryKey))) return 'duplicate';
    return 'stale';
  }

  async findDelivery(key: string): Promise<Reply | null> {
    const row = await this.prisma.delivery.findUnique({ where: { key } });
    return (row?.reply as Reply | null | undefined) ?? null;
  }
}

interface ConversationRow {
  id: string;
  lang: string;
  state: unknown;
  version: number;
}

type StartRow = { earlier: unknown } & { [K in keyof ConversationRow]: ConversationRow[K] | null };

function messageParams(m: MessageRow): (string | null)[] {
  return [m.text, m.intent, m.triage, JSON.stringify(m.details), utc(m.createdAt)];
}

interface MessageRow {
  text: string;
  intent: string;
  triage: string;
  details: unknown;
  createdAt: Date;
}

function messageRows(turn: TurnRecord): MessageRow[] {
  const received = turn.inbound.receivedAt;
  const { reply } = turn;
  return [
    {
      text: turn.inbound.text,
      intent: turn.inbound.intent,
      triage: turn.inbound.triage,
      details: {
        entities: turn.inbound.entities,
        ...(turn.inbound.original ? { original: turn.inbound.original } : {}),
      },
      createdAt: received,
    },
    {
      text: reply.text,
      intent: reply.intent,
      triage: reply.triage,
      details: { choices: reply.choices, sources: reply.sources, action: reply.action, ticket: reply.ticket },
      // One millisecond later keeps the pair in order when listed by time.
      createdAt: new Date(received.getTime() + 1),
    },
  ];
}

function toStored(row: ConversationRow): StoredConversation {
  return {
    id: row.id,
    lang: row.lang === 'en' ? 'en' : 'zh',
    state: (row.state as ConversationState) ?? emptyState(),
    version: Number(row.version),
  };
}
