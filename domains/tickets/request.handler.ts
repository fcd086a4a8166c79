/**
 * Medicine delivery, transport and a doctor's call-back, asked for in a conversation: the slots are
 * filled from what was already said and from this message, only what is missing is asked (one short
 * question a turn), the request is read back, and "yes" makes the ticket and gives its number.
 * The form lives in the conversation state, so an emergency or another question can interrupt it
 * and it is resumed afterwards; the ticket is created once per conversation and form id.
 */
import { randomUUID } from 'node:crypto';
import { say } from '../../core/messages';
import type { ServiceCode } from '../../core/tickets';
import type {
  Choice,
  FormState,
  HandlerResult,
  IntentHandler,
  IntentId,
  Lang,
  Triage,
  TurnContext,
} from '../../core/types';
import type { ServiceCatalog } from '../../knowledge/services/catalog';
import type { CommunityDirectory } from './communities';
import { channelPhone, ticketRef } from './conversation-ref';
import {
  absorb,
  missingSlot,
  newForm,
  notedLine,
  question,
  serviceName,
  slotsOf,
  summaryLines,
  type SlotCode,
  type TicketForm,
} from './form';
import {
  CHANGE,
  DROP,
  NONE_ANSWER,
  RELATIVE_ANSWER,
  relationAnswer,
  SELF_ANSWER,
  THIS_NUMBER,
  YES,
} from './request-words';
import { readKeyFacts, readMessage, spacedPhone, type Reading, type SlotValues } from './slots';
import type { TicketService } from './ticket.service';
import { TICKET_TEXTS } from './ticket-texts';
import { answersForm } from './service-shapes';

export interface RequestHandlerDeps {
  tickets: TicketService;
  communities: CommunityDirectory;
  catalog: ServiceCatalog;
}

/** A different intent this sure means the person changed the subject, not answered the question. */
const OTHER_SUBJECT = 0.85;
const FREE_TEXT: ReadonlySet<SlotCode> = new Set(['need', 'destination', 'when', 'doctor_note', 'address']);
const AGE_ONLY = /^\s*(\d{1,3})\s*(岁|周岁|years?( old)?)?\s*[。.!！]*\s*$/i;

type Outcome = { form: TicketForm; declined?: boolean; unreadable?: boolean };

export function createRequestHandler(service: ServiceCode, intent: IntentId, deps: RequestHandlerDeps): IntentHandler {
  return async (ctx) => {
    const answering = ctx.answering?.intent === intent ? ctx.answering : undefined;
    if (answering?.slot === 'submitted') return afterSubmission(ctx, answering.data, deps);
    const kept = ctx.state.form?.intent === intent ? ctx.state.form : undefined;
    // The engine keeps the most severe level the screen gave while the form was open (emergencies too).
    const stored = kept ? withTriage(kept.data as unknown as TicketForm, kept.triage) : undefined;
    const formId = stored ? ctx.state.form!.id : randomUUID();
    if (answering && DROP.test(ctx.text)) return { text: say(TICKET_TEXTS.dropped, ctx.lang), form: null };

    let outcome: Outcome;
    if (stored && answering && stored.stage === 'confirming') {
      if (YES.test(ctx.text)) return submit(ctx, stored, formId, deps);
      if (CHANGE.test(ctx.text)) return askWhatToChange(ctx, intent, stored, formId);
      outcome = correct(ctx, stored, deps);
    } else if (stored && answering && stored.stage === 'editing') {
      outcome = correct(ctx, stored, deps);
    } else {
      outcome = fill(ctx, stored ?? seeded(service, ctx), deps, Boolean(answering));
    }
    if (outcome.declined) return { text: '', declined: true };
    const resumed =
      stored && !answering ? say(TICKET_TEXTS.resumed, ctx.lang, { service: name(deps, service, ctx.lang) }) : '';
    // At the read-back every value is read out again; while filling, what was taken out of turn is said.
    const noted =
      answering && outcome.form.stage === 'filling' ? notedLine(stored, outcome.form, deps.catalog, ctx.lang) : '';
    return next(ctx, intent, withChannelPhone(outcome.form, ctx), formId, deps, join(resumed, noted));
  };
}

/** A new form knows what earlier turns established: age, pregnancy, high-risk treatments. */
function seeded(service: ServiceCode, ctx: TurnContext): TicketForm {
  const form = newForm(service, ctx.screening.triage);
  const facts = readKeyFacts('', { pregnant: ctx.state.facts.pregnant, conditions: ctx.state.facts.conditions });
  const ages = ctx.state.facts.ages?.filter((a) => a <= 120);
  return absorb(form, { facts, ...(ages?.length ? { age: Math.max(...ages) } : {}) }, ctx.screening.triage);
}

/** A doctor call-back asked for with more than the request itself: that message is what the doctor reads. */
const NOTE_WORTHY = 12;

function fill(ctx: TurnContext, form: TicketForm, deps: RequestHandlerDeps, answering: boolean): Outcome {
  const reading = readMessage(ctx.text, ctx.entities, ctx.lang, deps.communities);
  const slots = slotsOf(deps.catalog, form.service);
  if (!answering || !form.asked) {
    const note = slots.includes('doctor_note') && !form.values.doctor_note && ctx.text.trim().length >= NOTE_WORTHY;
    return {
      form: absorb(form, note ? { ...reading, doctor_note: ctx.text.trim() } : reading, ctx.screening.triage, slots),
    };
  }
  const others = readsOtherSlots(reading, form.asked, slots);
  const answer = answerFor(form.asked, ctx, reading, others);
  if (answer === undefined) {
    // "明天下午两点" asked where to: the time, taken, and the same question again (not a miss, not a goodbye).
    if (others) return { form: { ...absorb(form, reading, ctx.screening.triage, slots), misses: 0 } };
    // Contact details or when the person is in, asking nothing, are for this form: "下午都在家" asked for whom
    // is no home-isolation question; the question is asked again.
    if (changedSubject(ctx, form.asked) && !answersForm(ctx.text, ctx.lang)) return { form, declined: true };
    return {
      form: { ...absorb(form, reading, ctx.screening.triage, slots), misses: form.misses + 1 },
      unreadable: true,
    };
  }
  return { form: { ...absorb(form, { ...reading, ...answer }, ctx.screening.triage, slots), misses: 0 } };
}

/** Slots of this service other than the one asked that the message gives a value for. */
function readsOtherSlots(reading: Reading, asked: SlotCode, slots: readonly string[]): boolean {
  return slots.some(
    (slot) => slot !== asked && slot !== 'key_facts' && reading[slot as keyof SlotValues] !== undefined,
  );
}

/** What a message says as the answer to the slot asked; undefined when it does not answer it. */
function answerFor(slot: SlotCode, ctx: TurnContext, reading: Reading, others: boolean): Partial<Reading> | undefined {
  const text = ctx.text.trim();
  switch (slot) {
    case 'for_whom':
      if (SELF_ANSWER.test(text)) return { for_whom: 'self' };
      if (RELATIVE_ANSWER.test(text)) return { for_whom: 'relative' };
      if (reading.for_whom) return {};
      {
        // "mum", "for dad": the relation alone answers "for you or a relative?".
        const kin = relationAnswer(text);
        return kin ? { for_whom: 'relative', relation: kin.relation, male: kin.male } : undefined;
      }
    case 'age': {
      if (reading.age !== undefined) return {};
      const bare = AGE_ONLY.exec(text);
      return bare && Number(bare[1]) <= 120 ? { age: Number(bare[1]) } : undefined;
    }
    case 'key_facts':
      if (reading.facts.length || NONE_ANSWER.test(text)) return { key_facts_answered: true, facts: reading.facts };
      return undefined;
    case 'phone': {
      if (reading.phone) return {};
      const own = channelPhone(ctx.conversation);
      return own && THIS_NUMBER.test(text) ? { phone: own } : undefined;
    }
    default:
      if (reading[slot] !== undefined) return {};
      // Free text ("文三路那个老小区"): taken as said, unless it is clearly a new question.
      // A message that fills other slots ("明天下午两点" asked where to) is not this slot's free text.
      // "for a relative" asked where to answers another question: not a destination.
      if (
        FREE_TEXT.has(slot) &&
        text.length >= 2 &&
        !others &&
        !changedSubject(ctx, slot) &&
        !YES.test(text) &&
        !SELF_ANSWER.test(text) &&
        !RELATIVE_ANSWER.test(text)
      )
        return { [slot]: text };
      return undefined;
  }
}

/** Heard as these, a message still answers the slot: a clinic named is where the person is going. */
const ANSWERS_SLOT: Partial<Record<SlotCode, IntentId>> = { destination: 'clinic.find' };

function changedSubject(ctx: TurnContext, slot?: SlotCode): boolean {
  const c = ctx.classification;
  if (c && slot && ANSWERS_SLOT[slot] === c.intent) return false;
  return Boolean(c && c.intent !== ctx.intent && c.intent !== 'fallback' && c.score >= OTHER_SUBJECT);
}

/** At the read-back: anything the message says replaces what was there, then it is read back again. */
function correct(ctx: TurnContext, form: TicketForm, deps: RequestHandlerDeps): Outcome {
  const reading = readMessage(ctx.text, ctx.entities, ctx.lang, deps.communities);
  const said = Object.entries(reading).some(
    ([k, v]) => !['fever', 'withoutAntipyretic', 'facts'].includes(k) && v !== undefined,
  );
  if (!said && !reading.facts.length && changedSubject(ctx)) return { form, declined: true };
  const slots = slotsOf(deps.catalog, form.service);
  return { form: { ...absorb(form, reading, ctx.screening.triage, slots), stage: 'confirming' } };
}

/** On SMS and voice the number they use is the contact number unless they give another. */
function withChannelPhone(form: TicketForm, ctx: TurnContext): TicketForm {
  const own = channelPhone(ctx.conversation);
  return own && !form.values.phone ? { ...form, values: { ...form.values, phone: own } } : form;
}

function next(
  ctx: TurnContext,
  intent: IntentId,
  form: TicketForm,
  formId: string,
  deps: RequestHandlerDeps,
  prefix: string,
): HandlerResult {
  const slot = form.stage === 'filling' ? missingSlot(form, deps.catalog) : undefined;
  if (slot) {
    const asked: TicketForm = { ...form, asked: slot };
    const retry =
      form.asked === slot && form.misses > 0 && slot === 'phone' ? say(TICKET_TEXTS.badPhone, ctx.lang) : '';
    return {
      text: join(prefix, retry || question(asked, slot, deps.catalog, ctx.lang)),
      choices: slot === 'for_whom' ? forWhomChoices(deps, ctx.lang) : undefined,
      pending: { intent, slot, answerFirst: true },
      form: stateOf(intent, formId, asked),
    };
  }
  const confirming: TicketForm = { ...form, stage: 'confirming', asked: undefined };
  const lines = summaryLines(confirming, deps.catalog, ctx.lang);
  return {
    text: join(prefix, [say(TICKET_TEXTS.readBack, ctx.lang), ...lines].join('\n')),
    choices: confirmChoices(ctx.lang),
    pending: { intent, slot: 'confirm', answerFirst: true },
    form: stateOf(intent, formId, confirming),
  };
}

function askWhatToChange(ctx: TurnContext, intent: IntentId, form: TicketForm, formId: string): HandlerResult {
  return {
    text: say(TICKET_TEXTS.whatToChange, ctx.lang),
    pending: { intent, slot: 'change', answerFirst: true },
    form: stateOf(intent, formId, { ...form, stage: 'editing' }),
  };
}

async function submit(
  ctx: TurnContext,
  form: TicketForm,
  formId: string,
  deps: RequestHandlerDeps,
): Promise<HandlerResult> {
  const ref = ctx.conversation;
  if (!ref) throw new Error('a ticket needs the conversation it comes from');
  const v = form.values;
  const { ticket } = await deps.tickets.submitConversation({
    requestKey: `${ref.id}:${formId}`,
    service: form.service,
    lang: ctx.lang,
    channel: ref.channel,
    conversationId: ref.id,
    requesterPhone: channelPhone(ref),
    contactPhone: v.phone,
    forWhom: v.for_whom,
    address: v.address,
    attributes: pick(v, ['for_whom', 'relation', 'need', 'destination', 'when', 'doctor_note']),
    age: v.age,
    keyFacts: v.key_facts ?? [],
    triage: form.triage,
    fever: form.fever,
    withoutAntipyretic: form.withoutAntipyretic,
    description: summaryLines(form, deps.catalog, ctx.lang).join('\n'),
  });
  const vars = { service: name(deps, form.service, ctx.lang), id: ticket.id, phone: spacedPhone(v.phone ?? '') };
  const text = channelPhone(ref)
    ? say(TICKET_TEXTS.created, ctx.lang, vars)
    : say(TICKET_TEXTS.createdChat, ctx.lang, vars);
  return {
    text,
    ticket: ticketRef(ticket),
    form: null,
    // A second "yes" (the first reply was slow to arrive) hears the same number instead of a new question.
    pending: { intent: ctx.intent, slot: 'submitted', data: { ticketId: ticket.id }, answerFirst: true },
  };
}

async function afterSubmission(
  ctx: TurnContext,
  data: Record<string, unknown> | undefined,
  deps: RequestHandlerDeps,
): Promise<HandlerResult> {
  const id = String(data?.ticketId ?? '');
  if (!YES.test(ctx.text) || !id) return { text: '', declined: true };
  const ticket = await deps.tickets.find(id);
  return {
    text: say(TICKET_TEXTS.alreadyCreated, ctx.lang, { id }),
    ticket: ticket ? ticketRef(ticket) : null,
    pending: ctx.answering,
  };
}

function forWhomChoices(deps: RequestHandlerDeps, lang: Lang): Choice[] {
  const values = deps.catalog.attributes.get('for_whom')!.values!;
  return values.map((v, i) => ({ id: String(i + 1), label: v.name[lang], value: String(i + 1) }));
}

function confirmChoices(lang: Lang): Choice[] {
  return [
    { id: '1', label: say(TICKET_TEXTS.confirm, lang), value: '1' },
    { id: '2', label: say(TICKET_TEXTS.change, lang), value: '2' },
    { id: '0', label: say(TICKET_TEXTS.drop, lang), value: '0' },
  ];
}

function withTriage(form: TicketForm, seen: Triage | undefined): TicketForm {
  return seen && TRIAGE_RANK[seen] > TRIAGE_RANK[form.triage] ? { ...form, triage: seen } : form;
}

const TRIAGE_RANK: Record<Triage, number> = { none: 0, routine: 1, urgent: 2, emergency: 3 };

function stateOf(intent: IntentId, id: string, form: TicketForm): FormState {
  return { intent, id, data: form as unknown as Record<string, unknown> };
}

const name = (deps: RequestHandlerDeps, service: ServiceCode, lang: Lang) => serviceName(deps.catalog, service, lang);
const join = (...parts: string[]) => parts.filter(Boolean).join('');

function pick<T extends object>(o: T, keys: (keyof T)[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
}
