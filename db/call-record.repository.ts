import type { Prisma, PrismaClient } from './generated/client';
import { isUniqueViolation } from './errors';
import {
  CALL_OUTCOMES,
  type CallEnd,
  type CallOutcome,
  type CallRecordRepository,
  type CallState,
  type CallUpdate,
} from '../conversation/call-records.port';
import type { Lang } from '../core/types';

type Row = {
  callSid: string;
  caller: string;
  lang: string;
  outcome: string | null;
  path: unknown;
  misses: number;
  lastPrompt: string | null;
};

export class PrismaCallRecordRepository implements CallRecordRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async open(callSid: string, caller: string, lang: Lang, first: CallUpdate = {}): Promise<CallState> {
    try {
      return toState(
        await this.prisma.callRecord.create({ data: { callSid, caller, ...columns({ lang, ...first }, first.steps) } }),
      );
    } catch (err) {
      // Twilio retried the first webhook of this call: keep the record it already has.
      if (!isUniqueViolation(err)) throw err;
      return toState(await this.prisma.callRecord.findUniqueOrThrow({ where: { callSid } }));
    }
  }

  async find(callSid: string): Promise<CallState | null> {
    const row = await this.prisma.callRecord.findUnique({ where: { callSid } });
    return row ? toState(row) : null;
  }

  async save(current: CallState, update: CallUpdate): Promise<CallState> {
    const path = update.steps?.length ? [...current.path, ...update.steps] : undefined;
    return toState(
      await this.prisma.callRecord.update({ where: { callSid: current.callSid }, data: columns(update, path) }),
    );
  }

  async finish(callSid: string, caller: string, end: CallEnd): Promise<void> {
    const data = { status: end.status, durationSec: end.durationSec, endedAt: end.endedAt };
    // A status callback can arrive for a call whose webhooks never reached us (e.g. hung up while ringing).
    await this.prisma.callRecord.upsert({ where: { callSid }, create: { callSid, caller, ...data }, update: data });
  }
}

function columns(update: CallUpdate, path: string[] | undefined) {
  return {
    lang: update.lang,
    outcome: update.outcome,
    misses: update.misses,
    lastPrompt: update.lastPrompt,
    callbackRecordingUrl: update.callbackRecordingUrl,
    ...(path ? { path: path as Prisma.InputJsonValue } : {}),
  };
}

function toState(row: Row): CallState {
  const outcome = (CALL_OUTCOMES as readonly string[]).includes(row.outcome ?? '')
    ? (row.outcome as CallOutcome)
    : null;
  return {
    callSid: row.callSid,
    caller: row.caller,
    lang: row.lang === 'en' ? 'en' : 'zh',
    outcome,
    path: Array.isArray(row.path) ? (row.path as string[]) : [],
    misses: row.misses,
    lastPrompt: row.lastPrompt,
  };
}
