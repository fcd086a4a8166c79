import type { Prisma, PrismaClient } from './generated/client';
import { isRecordNotFound, isUniqueViolation } from './errors';
import {
  CALL_OUTCOMES,
  moreSerious,
  type AnsweredStep,
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
  version: number;
  answeredSteps: number;
  stepTwiml: string | null;
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
    return (await this.write(current, update)).state;
  }

  async answer(current: CallState, update: CallUpdate, answered: AnsweredStep) {
    const { state, duplicate } = await this.write(current, update, answered);
    return { twiml: (duplicate ? state.stepTwiml : null) ?? answered.twiml, duplicate };
  }

  /**
   * One UPDATE conditional on the version the change was decided on: no lock in the common case. When
   * it matches nothing another change came first; then the row is locked, read again and this change
   * applied onto it (unless it was the same step), so however many race, each lands once.
   */
  private async write(current: CallState, update: CallUpdate, answered?: AnsweredStep): Promise<Written> {
    try {
      return await writeOnto(this.prisma, current, update, answered);
    } catch (err) {
      if (!isRecordNotFound(err)) throw err;
    }
    return this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "CallRecord" WHERE "callSid" = ${current.callSid} FOR UPDATE`;
      const fresh = await tx.callRecord.findUniqueOrThrow({ where: { callSid: current.callSid } });
      return writeOnto(tx, toState(fresh), update, answered);
    });
  }

  async finish(callSid: string, caller: string, end: CallEnd): Promise<void> {
    const data = { status: end.status, durationSec: end.durationSec, endedAt: end.endedAt };
    // A status callback can arrive for a call whose webhooks never reached us (e.g. hung up while ringing).
    await this.prisma.callRecord.upsert({ where: { callSid }, create: { callSid, caller, ...data }, update: data });
  }
}

type Written = { state: CallState; duplicate: boolean };

async function writeOnto(
  db: Pick<PrismaClient, 'callRecord'>,
  base: CallState,
  update: CallUpdate,
  answered: AnsweredStep | undefined,
): Promise<Written> {
  if (answered && base.answeredSteps >= answered.step) return { state: base, duplicate: true };
  const row = await db.callRecord.update({
    where: { callSid: base.callSid, version: base.version },
    data: {
      ...columns(onto(base, update), update.steps?.length ? [...base.path, ...update.steps] : undefined),
      version: { increment: 1 },
      ...(answered ? { answeredSteps: answered.step, stepTwiml: answered.twiml } : {}),
    },
  });
  return { state: toState(row), duplicate: false };
}

/** The update as it lands on `base`: the more serious outcome of the two is kept. */
function onto(base: CallState, update: CallUpdate): CallUpdate {
  return update.outcome ? { ...update, outcome: moreSerious(base.outcome, update.outcome) } : update;
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
    version: row.version,
    answeredSteps: row.answeredSteps,
    stepTwiml: row.stepTwiml,
  };
}
