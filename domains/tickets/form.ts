/**
 * A service request being filled in a conversation: which slots are known, which one to ask next
 * (one question a turn, in the catalog's order), and the read-back before it becomes a ticket.
 * Pure: the handler reads messages into it and decides what to say.
 */
import { say } from '../../core/messages';
import type { ServiceCode } from '../../core/tickets';
import type { Bilingual, Lang, Triage } from '../../core/types';
import type { KeyFact, ServiceCatalog } from '../../knowledge/services/catalog';
import { KEY_FACTS } from '../../knowledge/services/catalog';
import { correctedWhen, spacedPhone, type Reading, type SlotValues } from './slots';
import { TICKET_TEXTS } from './ticket-texts';

export type SlotCode =
  'for_whom' | 'need' | 'destination' | 'when' | 'doctor_note' | 'age' | 'key_facts' | 'address' | 'phone';

export interface TicketForm {
  service: ServiceCode;
  values: SlotValues;
  /** The slot asked last turn. */
  asked?: SlotCode;
  stage: 'filling' | 'confirming' | 'editing';
  /** The most severe screen level seen while filling it. */
  triage: Triage;
  fever: boolean;
  withoutAntipyretic: boolean;
  /** Times the slot asked last was answered with something unreadable. */
  misses: number;
}

const TRIAGE_RANK: Record<Triage, number> = { none: 0, routine: 1, urgent: 2, emergency: 3 };

export function newForm(service: ServiceCode, triage: Triage): TicketForm {
  return { service, values: {}, stage: 'filling', triage, fever: false, withoutAntipyretic: false, misses: 0 };
}

/** Read along with the slots whatever the service: who it is for, and the facts that set the priority. */
const ALWAYS: ReadonlySet<string> = new Set([
  'for_whom',
  'relation',
  'male',
  'age',
  'key_facts',
  'key_facts_answered',
  'phone',
]);

/**
 * Merges what a message said into the slots the service has; a value given again replaces the old
 * one (a correction).
 */
export function absorb(
  form: TicketForm,
  reading: Partial<Reading>,
  triage: Triage,
  slots?: readonly string[],
): TicketForm {
  const { fever, withoutAntipyretic, facts, ...values } = reading;
  const defined = Object.fromEntries(
    Object.entries(values).filter(([k, v]) => v !== undefined && (!slots || ALWAYS.has(k) || slots.includes(k))),
  ) as SlotValues;
  if (defined.when !== undefined) defined.when = correctedWhen(form.values.when, defined.when);
  const next: TicketForm = {
    ...form,
    values: { ...form.values, ...defined },
    fever: form.fever || Boolean(fever),
    withoutAntipyretic: form.withoutAntipyretic || Boolean(withoutAntipyretic),
    triage: TRIAGE_RANK[triage] > TRIAGE_RANK[form.triage] ? triage : form.triage,
  };
  if (facts?.length) {
    // Facts told along the way are kept; the key-facts question still asks for the others.
    next.values.key_facts = [...new Set([...(form.values.key_facts ?? []), ...facts])];
  }
  return next;
}

export function slotsOf(catalog: ServiceCatalog, service: ServiceCode): readonly string[] {
  return catalog.services.find((s) => s.code === service)?.slots ?? [];
}

export function missingSlot(form: TicketForm, catalog: ServiceCatalog): SlotCode | undefined {
  const slots = slotsOf(catalog, form.service);
  return (slots as SlotCode[]).find((slot) => {
    if (slot === 'key_facts') return form.values.key_facts_answered !== true;
    return form.values[slot] === undefined;
  });
}

/** Key facts still worth asking about: not already known, and no pregnancy question for a man or anyone 60+. */
export function factsToAsk(form: TicketForm): KeyFact[] {
  const known = new Set(form.values.key_facts ?? []);
  const noPregnancy = form.values.male === true || (form.values.age ?? 0) >= 60;
  return KEY_FACTS.filter((f) => !known.has(f) && !(f === 'pregnant' && noPregnancy));
}

export function question(form: TicketForm, slot: SlotCode, catalog: ServiceCatalog, lang: Lang): string {
  const attribute = catalog.attributes.get(slot)!;
  if (slot !== 'key_facts') return attribute.prompt[lang];
  const ask = factsToAsk(form);
  if (ask.length === KEY_FACTS.length) return attribute.prompt[lang];
  const names = ask.map((f) => {
    const name = attribute.values!.find((v) => v.key === f)!.name[lang];
    return lang === 'en' ? name.toLowerCase() : name;
  });
  return say(TICKET_TEXTS.moreFacts, lang, { facts: names.join(lang === 'zh' ? '、' : ', ') });
}

export function serviceName(catalog: ServiceCatalog, service: ServiceCode, lang: Lang): string {
  return catalog.services.find((s) => s.code === service)!.name[lang];
}

function whoLine(values: SlotValues, lang: Lang): string {
  if (values.for_whom === 'relative') {
    return values.relation
      ? say(TICKET_TEXTS.forRelative, lang, { relation: values.relation })
      : say(TICKET_TEXTS.forRelativeUnnamed, lang);
  }
  return say(TICKET_TEXTS.forSelf, lang);
}

function factsLine(form: TicketForm, catalog: ServiceCatalog, lang: Lang): string {
  const values = catalog.attributes.get('key_facts')!.values!;
  const parts = [
    ...(form.values.age !== undefined ? [say(TICKET_TEXTS.ageYears, lang, { age: String(form.values.age) })] : []),
    ...(form.values.key_facts ?? []).map((f) => values.find((v) => v.key === f)!.name[lang]),
  ];
  return parts.length ? parts.join(lang === 'zh' ? '，' : ', ') : say(TICKET_TEXTS.noKeyFacts, lang);
}

/** Slots a person may fill out of turn or correct, acknowledged so they hear it was taken. */
const NOTED: readonly SlotCode[] = ['need', 'destination', 'when', 'age', 'address', 'phone'];

/**
 * "好的，记下了：时间：明天下午两点。": what this message filled besides the slot asked (an answer to a
 * question not asked yet), or changed (a correction), so the person hears it was understood.
 */
export function notedLine(
  before: TicketForm | undefined,
  after: TicketForm,
  catalog: ServiceCatalog,
  lang: Lang,
): string {
  const slots = slotsOf(catalog, after.service);
  const colon = lang === 'zh' ? '：' : ': ';
  const items = NOTED.filter((slot) => slots.includes(slot))
    .filter((slot) => {
      const was = before?.values[slot];
      const now = after.values[slot];
      return now !== undefined && now !== was && (slot !== before?.asked || was !== undefined);
    })
    .map((slot) => {
      const v = after.values[slot]!;
      const shown =
        slot === 'phone'
          ? spacedPhone(String(v))
          : slot === 'age'
            ? say(TICKET_TEXTS.ageYears, lang, { age: String(v) })
            : String(v);
      return `${catalog.attributes.get(slot)!.label[lang]}${colon}${shown}`;
    });
  return items.length ? say(TICKET_TEXTS.noted, lang, { items: items.join(lang === 'zh' ? '，' : '; ') }) : '';
}

/** The request in a few lines, as read back to the person and kept as the ticket's description. */
export function summaryLines(form: TicketForm, catalog: ServiceCatalog, lang: Lang): string[] {
  const label = (code: string): Bilingual => catalog.attributes.get(code)!.label;
  const colon = lang === 'zh' ? '：' : ': ';
  const line = (code: SlotCode, value: string | undefined) =>
    value ? `${label(code)[lang]}${colon}${value}` : undefined;
  const head = `${serviceName(catalog, form.service, lang)}（${whoLine(form.values, lang)}）`.replace(
    /（(.*)）/,
    lang === 'zh' ? '（$1）' : ' ($1)',
  );
  return [
    head,
    line('need', form.values.need),
    line('destination', form.values.destination),
    line('when', form.values.when),
    line('doctor_note', form.values.doctor_note),
    `${label('key_facts')[lang]}${colon}${factsLine(form, catalog, lang)}`,
    line('address', form.values.address),
    line('phone', form.values.phone ? spacedPhone(form.values.phone) : undefined),
  ].filter((l): l is string => Boolean(l));
}
