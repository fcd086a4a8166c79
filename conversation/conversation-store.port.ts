import type { Channel, ConversationState, Entities, IntentId, Lang, Reply, Triage } from '../core/types';

export interface StoredConversation {
  id: string;
  lang: Lang;
  state: ConversationState;
  /** Incremented by every committed turn; a turn commits only against the version it read. */
  version: number;
}

export interface TurnRecord {
  conversationId: string;
  /** "<channel>:<external id>" when the channel gave the message an id: stored once, ever. */
  deliveryKey?: string;
  expectedVersion: number;
  lang: Lang;
  state: ConversationState;
  inbound: {
    text: string;
    /** The text as it arrived when sanitising changed it and it can still be stored (format characters). */
    original?: string;
    intent: IntentId;
    triage: Triage;
    entities: Entities;
    receivedAt: Date;
  };
  reply: Reply;
}

export type CommitResult = 'committed' | 'stale' | 'duplicate';

/** What a turn reads before it runs: the stored reply when the delivery was already processed, else the conversation. */
export type TurnStart = { earlier: Reply } | { earlier: null; conversation: StoredConversation };

/** Where conversations live between turns. The engine never sees the database behind it. */
export interface ConversationStore {
  /**
   * Everything a turn reads, in one go (one statement on the database): the reply stored for the
   * delivery key if there is one, else the conversation at this address, created on first contact.
   */
  startTurn(channel: Channel, address: string, lang: Lang, deliveryKey?: string): Promise<TurnStart>;
  /** The conversation at this address, created on first contact. */
  open(channel: Channel, address: string, lang: Lang): Promise<StoredConversation>;
  /**
   * Stores both messages, the new state and the delivery key in one transaction, or nothing:
   * 'stale' when another turn of this conversation committed first,
   * 'duplicate' when the delivery key was already stored (a channel retry).
   */
  commitTurn(turn: TurnRecord): Promise<CommitResult>;
  /** The reply stored for a delivery key, if that delivery was already processed. */
  findDelivery(key: string): Promise<Reply | null>;
}

export function emptyState(): ConversationState {
  return { facts: {} };
}
