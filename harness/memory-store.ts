import { randomUUID } from 'node:crypto';
import {
  emptyState,
  type CommitResult,
  type ConversationStore,
  type StoredConversation,
  type TurnRecord,
  type TurnStart,
} from '../conversation/conversation-store.port';
import type { Channel, Lang, Reply } from '../core/types';

/** An in-memory ConversationStore with the same commit rules as the database one. */
export class MemoryStore implements ConversationStore {
  readonly conversations = new Map<string, StoredConversation & { channel: Channel; address: string }>();
  readonly deliveries = new Map<string, Reply>();
  readonly turns: TurnRecord[] = [];

  async startTurn(channel: Channel, address: string, lang: Lang, deliveryKey?: string): Promise<TurnStart> {
    const earlier = deliveryKey ? this.deliveries.get(deliveryKey) : undefined;
    if (earlier) return { earlier: structuredClone(earlier) };
    return { earlier: null, conversation: await this.open(channel, address, lang) };
  }

  async open(channel: Channel, address: string, lang: Lang): Promise<StoredConversation> {
    const key = `${channel}:${address}`;
    let c = this.conversations.get(key);
    if (!c) {
      c = { id: randomUUID(), channel, address, lang, state: emptyState(), version: 0 };
      this.conversations.set(key, c);
    }
    return structuredClone({ id: c.id, lang: c.lang, state: c.state, version: c.version });
  }

  async commitTurn(turn: TurnRecord): Promise<CommitResult> {
    if (turn.deliveryKey && this.deliveries.has(turn.deliveryKey)) return 'duplicate';
    const c = [...this.conversations.values()].find((x) => x.id === turn.conversationId);
    if (!c || c.version !== turn.expectedVersion) return 'stale';
    if (turn.deliveryKey) this.deliveries.set(turn.deliveryKey, turn.reply);
    Object.assign(c, { state: structuredClone(turn.state), lang: turn.lang, version: c.version + 1 });
    this.turns.push(turn);
    return 'committed';
  }

  async findDelivery(key: string): Promise<Reply | null> {
    return this.deliveries.get(key) ?? null;
  }
}
