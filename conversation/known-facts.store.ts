/**
 * A ConversationStore that opens a phone conversation with what the service already knows of the
 * number (the key-people register): the engine, the screen and the medicine answers then read those
 * facts like anything said earlier in the conversation. Nothing is written until a turn commits.
 */
import type { Channel, Facts, Lang } from '../core/types';
import type { ConversationStore, StoredConversation, TurnStart } from './conversation-store.port';

/** The facts known of a phone number added to the conversation's; the same facts when nothing is known. */
export type KnownFacts = (phone: string, facts: Facts) => Promise<Facts>;

const PHONE_CHANNELS: ReadonlySet<Channel> = new Set(['sms', 'voice']);

export class KnownFactsStore implements ConversationStore {
  constructor(
    private readonly inner: ConversationStore,
    private readonly known: KnownFacts,
  ) {}

  async startTurn(channel: Channel, address: string, lang: Lang, deliveryKey?: string): Promise<TurnStart> {
    const start = await this.inner.startTurn(channel, address, lang, deliveryKey);
    if (start.earlier !== null) return start;
    return { earlier: null, conversation: await this.withKnown(channel, address, start.conversation) };
  }

  async open(channel: Channel, address: string, lang: Lang): Promise<StoredConversation> {
    return this.withKnown(channel, address, await this.inner.open(channel, address, lang));
  }

  private async withKnown(channel: Channel, address: string, conversation: StoredConversation) {
    if (!PHONE_CHANNELS.has(channel)) return conversation;
    const facts = await this.known(address, conversation.state.facts ?? {});
    return { ...conversation, state: { ...conversation.state, facts } };
  }

  commitTurn: ConversationStore['commitTurn'] = (turn) => this.inner.commitTurn(turn);
  findDelivery: ConversationStore['findDelivery'] = (key) => this.inner.findDelivery(key);
}
