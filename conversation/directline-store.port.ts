/**
 * Where the web chat's Direct Line conversations live: their tokens and their activities, in the
 * database so that any instance serves any conversation. web/ reads and writes them through this;
 * db/directline.repository.ts implements it. Activities are opaque JSON here: only the channel
 * knows the Activity format.
 */

/** A token as stored: the hash of the secret the client holds, never the secret. */
export interface StoredToken {
  hash: string;
  expiresAt: Date;
}

export interface TokenGrant {
  conversationId: string;
  expiresAt: Date;
}

/**
 * An activity to store, in the order given. The store numbers the batch; each activity is built
 * with the batch's numbers, so that a reply can carry its own id and name the message it answers.
 */
export interface NewActivity {
  build(seqs: readonly number[]): Record<string, unknown>;
  /** A person's message carries Web Chat's clientActivityID, stored once per conversation. */
  clientActivityId?: string;
}

export interface StoredActivity {
  seq: number;
  activity: Record<string, unknown>;
}

export type AppendResult = { kind: 'stored'; seqs: number[] } | { kind: 'duplicate'; seq: number };

export interface DirectLineStore {
  /** A new conversation and its first token. */
  createConversation(conversationId: string, token: StoredToken): Promise<void>;
  conversationExists(conversationId: string): Promise<boolean>;
  /** The conversation a token hash opens, with its expiry; null for a hash never issued. */
  findToken(hash: string): Promise<TokenGrant | null>;
  /**
   * Refresh: stores `next` for the conversation, cuts the presented token's life to `retireBy` (so a
   * poll already on its way still succeeds), and drops the conversation's expired tokens.
   */
  replaceToken(conversationId: string, presentedHash: string, next: StoredToken, retireBy: Date): Promise<void>;
  /**
   * Numbers and stores the activities in one transaction, after every activity stored before:
   * sequence numbers only grow and readers never see a gap fill in later. 'duplicate' (nothing
   * stored) when an activity's clientActivityId is already stored, with that activity's number.
   */
  append(conversationId: string, activities: NewActivity[]): Promise<AppendResult>;
  /** Activities after `afterSeq`, oldest first, at most `limit`. */
  listAfter(conversationId: string, afterSeq: number, limit: number): Promise<StoredActivity[]>;
}
