/**
 * The contract between the service and a channel (telephony/, web/, bot/). A channel turns its wire
 * format into one InboundMessage, hands it to the engine, and renders the Reply (conversation/output.ts).
 * It is given this context and nothing else of the service: no container, no database, no server code.
 */
import type { Channel, InboundMessage, Reply } from '../core/types';
import type { AuditLog } from '../core/audit';
import type { CallRecordRepository } from './call-records.port';
import type { CallerRepository } from './callers.port';
import type { DirectLineStore } from './directline-store.port';
import type { TurnOutcome } from './engine';
import type { SmsSender } from './sms-sender.port';
import type { TicketDesk } from './tickets.port';

/** The conversation engine as a channel sees it. */
export interface MessageHandler {
  handle(msg: InboundMessage): Promise<TurnOutcome>;
  /** The emergency screen on a message alone, storing nothing: for speech heard too unsurely to answer. */
  isEmergency?(msg: Pick<InboundMessage, 'text' | 'lang'>): boolean;
}

/** What the service keeps that channels read and write. */
export interface ChannelPorts {
  callers: CallerRepository;
  calls: CallRecordRepository;
  /** The web chat's Direct Line conversations: tokens and activities. */
  directLine: DirectLineStore;
  /** Outbound SMS; undefined until the Twilio account settings are given. */
  smsSender?: SmsSender;
  /** Community service tickets: Open311 files and reads them, voice call-backs become them. */
  tickets: TicketDesk;
  /** Security-relevant events: a refused key, a forged webhook. */
  audit: AuditLog;
  /** Key people's check-ins: how an automated check-in call ended (Twilio's status callback). */
  checkIns?: { callStatus(callSid: string, status: string): Promise<void> };
}

export interface ChannelMetrics {
  /** Counts an engine turn once: a channel retry answered from the stored reply is not a new turn. */
  turn(channel: Channel, reply: Reply | undefined, duplicate: boolean | undefined): void;
}

/**
 * Handed to a channel's Fastify plugin. The service listens before its database is open, so until it
 * is ready `engine.handle` and `ports()` throw NotReadyError, which every channel answers as a 503
 * (or, on the phone, with its own fault reply).
 */
export interface ChannelContext<Settings> {
  /** The channel's own slice of the configuration. */
  settings: Settings;
  engine: MessageHandler;
  ports(): ChannelPorts;
  metrics: ChannelMetrics;
}
