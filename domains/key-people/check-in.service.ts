/**
 * Proactive check-ins of key people. A daily planner writes the week's slots (unique per person and
 * time); a minute sweep sends what is due — SMS through the SmsSender (opt-outs binding) or an
 * automated call — retries within bounds, and turns a check-in nobody answered into a human_callback
 * ticket. Answers come back through the conversation engine (check-in.handler.ts) to `answer`.
 */
import type { Clock } from '../../core/clock';
import type { CheckIn, CheckInOutcome, KeyPerson } from '../../core/key-people';
import { say } from '../../core/messages';
import type { Lang, Triage } from '../../core/types';
import type { CallPlacer, KeyPeopleRepository } from '../../conversation/key-people.port';
import { RecipientOptedOutError, type SmsSender } from '../../conversation/sms-sender.port';
import type { GradingData } from '../../knowledge/key-people/grading';
import type { KeyFact } from '../../knowledge/services/catalog';
import type { TicketService } from '../tickets/ticket.service';
import { CHECK_IN_TEXTS } from '../../core/check-in-texts';
import { afterQuietHours, inQuietHours, planWeek, weekStartOf, type ScheduleSettings } from './schedule';

export const CHECK_IN_JOBS = { plan: 'key-people-plan', sweep: 'key-people-sweep' } as const;

export interface CheckInSettings extends ScheduleSettings {
  /** Attempts per check-in, the first included. */
  maxAttempts: number;
  /** Minutes between attempts, and how long the last one waits for an answer. */
  retryMinutes: number;
  emergencyNumber: string;
}

export interface CheckInDeps {
  repository: KeyPeopleRepository;
  tickets: TicketService;
  grading: GradingData;
  clock: Clock;
  settings: CheckInSettings;
  sms: () => SmsSender | undefined;
  calls: () => CallPlacer | undefined;
  log?: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
}

export interface AnswerInput {
  checkInId: string;
  outcome: CheckInOutcome;
  text: string;
  lang: Lang;
  triage: Triage;
}

const WEEK_MS = 7 * 86_400_000;
/** A sender that died mid-send holds its claim this long before another instance may try again. */
const CLAIM_LEASE_MS = 10 * 60_000;
const NEEDS_TICKET: ReadonlySet<CheckInOutcome> = new Set(['needs_help', 'worse', 'emergency']);

export class CheckInService {
  constructor(readonly deps: CheckInDeps) {}

  /** The planner: this week's slots from today, for everyone who needs contacts. Safe to run twice. */
  async plan(): Promise<{ people: number; added: number }> {
    const now = this.deps.clock.now();
    const from = weekStartOf(now);
    const to = new Date(from.getTime() + WEEK_MS);
    let added = 0;
    const people = await this.deps.repository.toPlan();
    for (const person of people) {
      const existing = await this.deps.repository.slotsBetween(person.id, from, to);
      const slots = planWeek(
        { grade: person.grade, infected: person.infected, contactTimes: person.contactTimes, existing },
        now,
        this.deps.settings,
      );
      added += await this.deps.repository.addSlots(slots.map((s) => ({ personId: person.id, ...s })));
    }
    return { people: people.length, added };
  }

  /** The minute sweep: due check-ins sent, answers found, check-ins that got none closed with a ticket. */
  async sweep(): Promise<{ sent: number; closed: number }> {
    const now = this.deps.clock.now();
    const { maxAttempts } = this.deps.settings;
    let closed = 0;
    for (const expired of await this.deps.repository.expired(now, maxAttempts)) {
      if (await this.closeExpired(expired, now)) closed++;
    }
    let sent = 0;
    // Nobody is called or texted in quiet hours: what is due waits for the morning.
    if (inQuietHours(now, this.deps.settings.quiet)) return { sent, closed };
    for (const due of await this.deps.repository.due(now, maxAttempts, 100)) {
      if (await this.repliedMeanwhile(due)) {
        closed++;
        continue;
      }
      const claimed = await this.deps.repository.claim(due, now, CLAIM_LEASE_MS);
      if (!claimed) continue; // another instance has it
      if (await this.attempt(claimed.checkIn, claimed.person, now)) sent++;
    }
    return { sent, closed };
  }

  /** An answer to a check-in, recorded once; help, worsening and emergencies become a ticket. */
  async answer(input: AnswerInput): Promise<{ ticketId?: string; recorded: boolean }> {
    const now = this.deps.clock.now();
    const closed = await this.deps.repository.close(input.checkInId, {
      status: 'answered',
      outcome: input.outcome,
      answer: input.text.slice(0, 1000),
      at: now,
    });
    if (!closed || !NEEDS_TICKET.has(input.outcome)) return { recorded: closed };
    const ticketId = await this.ticketFor(input.checkInId, input.outcome, input.text, input.lang, input.triage);
    return { recorded: true, ticketId };
  }

  private async attempt(checkIn: CheckIn, person: KeyPerson, now: Date): Promise<boolean> {
    const n = checkIn.attempts + 1;
    const to = person.familyPhone ?? person.phone;
    const channel = person.channel;
    if (person.optedOut) {
      await this.record(checkIn, { n, channel, to, at: now, outcome: 'opted_out' }, 'opted_out', null);
      return false;
    }
    if (!(await this.stillWanted(checkIn, person, now))) {
      await this.deps.repository.cancel(checkIn.id);
      return false;
    }
    const next = afterQuietHours(
      new Date(now.getTime() + this.deps.settings.retryMinutes * 60_000),
      this.deps.settings.quiet,
    );
    const text =
      channel === 'voice'
        ? say(CHECK_IN_TEXTS.voice, 'zh')
        : say(person.familyPhone ? CHECK_IN_TEXTS.smsFamily : CHECK_IN_TEXTS.sms, 'zh', {
            name: person.name,
            emergency: this.deps.settings.emergencyNumber,
          });
    // The conversation learns of the question before it is asked, so the quickest answer finds it.
    const conversationId = await this.deps.repository.primeConversation(
      channel,
      to,
      text,
      { intent: 'checkin.answer', slot: 'checkin', data: { checkInId: checkIn.id }, answerFirst: true },
      now,
    );
    try {
      const sid = await this.send(channel, to, text, checkIn.id);
      if (!sid) {
        await this.record(checkIn, { n, channel, to, at: now, outcome: 'no_sender' }, 'awaiting', next, conversationId);
        return false;
      }
      await this.record(checkIn, { n, channel, to, at: now, outcome: 'sent', sid }, 'awaiting', next, conversationId);
      return true;
    } catch (err) {
      if (err instanceof RecipientOptedOutError) {
        await this.record(
          checkIn,
          { n, channel, to, at: now, outcome: 'opted_out' },
          'opted_out',
          null,
          conversationId,
        );
        return false;
      }
      this.deps.log?.warn({ err, checkIn: checkIn.id }, 'check-in not sent');
      const error = (err as Error).message.slice(0, 500);
      await this.record(
        checkIn,
        { n, channel, to, at: now, outcome: 'failed', error },
        'awaiting',
        next,
        conversationId,
      );
      return false;
    }
  }

  private async send(channel: 'sms' | 'voice', to: string, text: string, checkInId: string): Promise<string | null> {
    if (channel === 'voice') {
      const calls = this.deps.calls();
      return calls ? (await calls.call(to, checkInId)).sid : null;
    }
    const sms = this.deps.sms();
    return sms ? (await sms.send(to, text)).sid : null;
  }

  private record(
    checkIn: CheckIn,
    a: { n: number; channel: 'sms' | 'voice'; to: string; at: Date; outcome: string; sid?: string; error?: string },
    status: 'awaiting' | 'opted_out' | 'failed',
    nextAttemptAt: Date | null,
    conversationId?: string,
  ): Promise<void> {
    return this.deps.repository.recordAttempt(
      checkIn.id,
      { ...a, sid: a.sid ?? null, error: a.error ?? null },
      { status, nextAttemptAt, conversationId },
    );
  }

  /** A weekly slot beyond the grade's count (the grade was lowered) or of someone now green is not sent. */
  private async stillWanted(checkIn: CheckIn, person: KeyPerson, now: Date): Promise<boolean> {
    if (checkIn.attempts > 0) return true;
    if (checkIn.kind === 'daily') return person.grade === 'red' && person.infected;
    const from = weekStartOf(now);
    const done = await this.deps.repository.weeklyDone(person.id, from, new Date(from.getTime() + WEEK_MS));
    return done < this.deps.grading.contactsPerWeek[person.grade];
  }

  /**
   * The person answered in the conversation without the check-in handler hearing it (an emergency
   * goes straight to the emergency path; a question is answered as a question): that is an answer too.
   */
  private async repliedMeanwhile(checkIn: CheckIn): Promise<boolean> {
    if (checkIn.status !== 'awaiting' || !checkIn.conversationId || !checkIn.lastAttemptAt) return false;
    const reply = await this.deps.repository.firstReplySince(checkIn.conversationId, checkIn.lastAttemptAt);
    if (!reply) return false;
    const outcome: CheckInOutcome =
      reply.triage === 'emergency' ? 'emergency' : reply.triage === 'urgent' ? 'worse' : 'other';
    await this.answer({
      checkInId: checkIn.id,
      outcome,
      text: reply.text,
      lang: 'zh',
      triage: (reply.triage ?? 'none') as Triage,
    });
    return true;
  }

  private async closeExpired(checkIn: CheckIn, now: Date): Promise<boolean> {
    if (await this.repliedMeanwhile(checkIn)) return true;
    if (!(await this.deps.repository.close(checkIn.id, { status: 'unanswered', at: now }))) return false;
    await this.ticketFor(checkIn.id, 'unanswered', '', 'zh', 'none');
    return true;
  }

  /** The commissioner's ticket: what the person said attached, their age and key facts for its priority. */
  private async ticketFor(
    checkInId: string,
    why: CheckInOutcome | 'unanswered',
    text: string,
    lang: Lang,
    triage: Triage,
  ): Promise<string | undefined> {
    const history = await this.findCheckIn(checkInId);
    if (!history) return undefined;
    const { checkIn, person } = history;
    if (!checkIn.conversationId) return undefined;
    const { ticket } = await this.deps.tickets.submitConversation({
      requestKey: `checkin:${checkIn.id}`,
      service: why === 'worse' ? 'doctor_callback' : 'human_callback',
      lang,
      channel: checkIn.channel ?? person.channel,
      conversationId: checkIn.conversationId,
      requesterPhone: person.familyPhone ?? person.phone,
      contactPhone: person.familyPhone ?? person.phone,
      address: this.deps.tickets.communityName(person.communityId),
      attributes: { check_in: checkIn.id, check_in_outcome: why, ...(text ? { answer: text.slice(0, 1000) } : {}) },
      age: person.age ?? undefined,
      keyFacts: keyFactsOf(person, this.deps.grading),
      triage,
      fever: false,
      withoutAntipyretic: false,
      description: describe(why, person, lang),
      ...(text ? { transcriptExtra: text } : {}),
    });
    await this.deps.repository.setTicket(checkIn.id, ticket.id);
    return ticket.id;
  }

  private async findCheckIn(id: string) {
    const rows = await this.deps.repository.historyOf(id);
    return rows;
  }
}

function keyFactsOf(person: KeyPerson, grading: GradingData): KeyFact[] {
  const facts: KeyFact[] = [];
  if (person.pregnant) facts.push('pregnant');
  if (person.livesAlone) facts.push('lives_alone');
  if (person.conditions.includes('dialysis')) facts.push('dialysis');
  if (person.conditions.includes('disability')) facts.push('disability');
  if (person.conditions.some((c) => grading.conditions.find((k) => k.id === c)?.chronic)) facts.push('chronic_disease');
  return facts;
}

function describe(why: CheckInOutcome | 'unanswered', person: KeyPerson, lang: Lang): string {
  const zh: Record<string, string> = {
    unanswered: `重点人群例行问候无人应答（${person.name}，${person.grade}）：请社区工作人员回电或上门`,
    needs_help: `重点人群例行问候：${person.name}回复需要帮助`,
    worse: `重点人群例行问候：${person.name}回复病情加重`,
    emergency: `重点人群例行问候：${person.name}的回复为急症，已告知拨打120；请跟进`,
  };
  const en: Record<string, string> = {
    unanswered: `Key-person check-in not answered (${person.name}, ${person.grade}): call back or visit`,
    needs_help: `Key-person check-in: ${person.name} needs help`,
    worse: `Key-person check-in: ${person.name} reports getting worse`,
    emergency: `Key-person check-in: ${person.name}'s answer was an emergency, told to call 120; follow up`,
  };
  return (lang === 'en' ? en : zh)[why] ?? zh.needs_help!;
}
