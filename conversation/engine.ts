/**
 * The conversation engine: one inbound message in, one channel-neutral reply out.
 * Order per turn, without exception: store-or-dedupe → emergency screen → intent → handler → commit.
 */
import { emptyState, type ConversationStore, type StoredConversation } from './conversation-store.port';
import { factsAfterScreening, factsFromEntities, mergeFacts, profileAfterTurn } from './facts';
import type { MedicineQuestions, ReadingQuestions } from './profile.port';
import type { ServiceQuestions } from './service-questions.port';
import { cutToBudget, type ReplyBudgets } from './reply-budget';
import { LocalTurnLock, type TurnLock } from './turn-lock.port';
import { MESSAGES, say } from '../core/messages';
import {
  asksClinicHours,
  asksToGoBack,
  clarifiedText,
  clarifyChoices,
  clarifyPending,
  decideRoute,
  heardAsNoSubject,
  isForAnAnimal,
  isShortAnswer,
  identifiesRequest,
  relaysQuestion,
  outOfScopeAsk,
  resolveChoice,
  shouldOfferHuman,
  subjectAfter,
  withoutGreeting,
  type Route,
} from './routing';
import { AppError, StoreUnavailableError } from '../core/errors';
import { isStorable, sanitizeText } from '../core/sanitize';
import type { EmergencyScreen, EntityExtractor, FirstScreen, IntentClassifier } from '../core/understanding';
import { systemClock, type Clock } from '../core/clock';
import { urgently } from '../core/urgency';
import type {
  Channel,
  Classification,
  ConversationRef,
  ConversationState,
  Entities,
  FollowUp,
  FormState,
  HandlerResult,
  HandlerTable,
  InboundMessage,
  IntentId,
  Lang,
  Reply,
  Screening,
  Topic,
  Triage,
} from '../core/types';
import { personNamed, speaksOfSomeoneElse } from './people';

export interface EngineSettings {
  emergencyNumber: string;
  operatorNumber?: string;
}

export interface TurnOutcome {
  reply: Reply;
  conversationId?: string;
  /** True when this was a channel retry answered from the stored reply. */
  duplicate: boolean;
  /**
   * The database failed and this emergency was answered from the screen alone, unstored. The
   * channel answers as usual (the advice must reach the person) and nothing is recorded.
   */
  unstored?: boolean;
}

/** What the engine is made of, in the order a message meets them. */
export interface EngineParts {
  /** Conversations, their state and channel deliveries. */
  store: ConversationStore;
  /** One turn of a conversation at a time; in-process when not given (one instance, tests). */
  lock?: TurnLock;
  /** Numbers and facts in the message, and its language. */
  entities: EntityExtractor;
  /** Runs on every turn before anything else. */
  screen: EmergencyScreen;
  classifier: IntentClassifier;
  /** One handler per intent, from the domain modules. */
  handlers: HandlerTable;
  /** Reads each message for the person's profile and recognises medicine questions by their shape. */
  medicine?: MedicineQuestions;
  /** Recognises a question about a reading ("血氧94正常吗"), answered with what it means. */
  readings?: ReadingQuestions;
  /** Recognises a question after an earlier request, and a story ending in a vague ask for a service. */
  services?: ServiceQuestions;
  /** How long a reply may be per channel (SMS, voice); a channel without one gets every reply whole. */
  budgets?: ReplyBudgets;
  /** The "when to get care" line clinical answers close with: not repeated under an urgent header. */
  careClosing?: (lang: Lang) => string;
  settings: EngineSettings;
  /**
   * When a message without its own receipt time arrives: "今天" and "yesterday" count from this day
   * (default: the system clock; tests drive it).
   */
  clock?: Clock;
}

const MAX_ATTEMPTS = 4;

/** Asking for the rest of a reply cut to the channel's budget. */
const MORE = /^\s*(?:1|１|一|更多|还有呢|继续说|more|tell me more)\s*[。.!！]*\s*$/i;

const SERVICE_REQUESTS: ReadonlySet<IntentId> = new Set([
  'service.drug_delivery',
  'service.transport',
  'service.doctor',
]);

/** A neighbour's cough heard through the wall is theirs, not the caller's. */
const NEIGHBOURS = /邻居|楼上|楼下|隔壁|对门|\bneighbou?rs?\b|\bupstairs\b|\bdownstairs\b|\bnext door\b/i;
const MINE = /我(?:也|自己|还|一直|在)?(?:发烧|咳|喉咙|头疼|头痛|不舒服)|\b(?:i|we) (?:have|am|'m|feel|also)\b/i;

function aboutNeighbours(text: string): boolean {
  return NEIGHBOURS.test(text) && !MINE.test(text);
}

/** "现在12周", "34 weeks": weeks of a pregnancy the conversation already knows about. */
const PREGNANCY_WEEKS = /\d{1,2}\s*(?:周|weeks?\b|wks?\b)/i;

function isPregnant(state: ConversationState): boolean {
  const facts = state.facts;
  return facts.pregnant === true || facts.people?.[facts.subject ?? 'self']?.pregnant === true;
}

/** What a temperature told as news is misheard as: never a medicine named, a request or a place asked for. */
const READING_NEWS_MISHEARD: ReadonlySet<IntentId> = new Set([
  'greeting',
  'goodbye',
  'fallback',
  'service.status',
  'medication.condition',
  'isolation.release',
]);

const TRIAGE_RANK: Record<Triage, number> = { none: 0, routine: 1, urgent: 2, emergency: 3 };

/** Every turn of a form is screened: the form remembers the most severe level any of them had. */
function withTriage(form: FormState | undefined, triage: Triage): FormState | undefined {
  if (!form) return undefined;
  return TRIAGE_RANK[triage] > TRIAGE_RANK[form.triage ?? 'none'] ? { ...form, triage } : form;
}

/**
 * The topic a follow-up refers to: set by an answer that names one, kept through other medicine turns
 * that name none (the weight asked for), dropped by any other subject.
 */
function topicAfter(
  earlier: Topic | undefined,
  intent: IntentId,
  result: HandlerResult,
): Pick<ConversationState, 'topic'> {
  if (result.topic?.medicines.length) return { topic: { intent, medicines: result.topic.medicines } };
  return earlier && intent.startsWith('medication.') ? { topic: earlier } : {};
}

/**
 * Questions the classifier mishears by a word it does not know, recognised by their shape: going back to
 * work or school (when isolation ends), a clinic's hours. Never over a question waiting for its answer.
 */
function shapeRoute(route: Route, said: string, picked: boolean, cls: Classification, state: ConversationState): Route {
  if (picked || route.kind === 'possible-emergency' || state.form) return route;
  if (route.kind === 'handler' && route.answering) return route;
  const heard = route.kind === 'handler' ? route.intent : cls.intent;
  if (asksToGoBack(said, heard)) return { kind: 'handler', intent: 'isolation.release', text: said };
  if (asksClinicHours(said, heard)) return { kind: 'handler', intent: 'clinic.find', text: said };
  return route;
}

/** One message as the handlers' side of the engine sees it. */
interface TurnInput {
  text: string;
  lang: Lang;
  entities: Entities;
  screening: Screening;
  now: Date;
  ref: ConversationRef;
}

interface Answer {
  reply: Reply;
  next: ConversationState;
}

export class ConversationEngine {
  private readonly store: ConversationStore;
  private readonly lock: TurnLock;
  private readonly entities: EntityExtractor;
  private readonly screen: EmergencyScreen;
  private readonly classifier: IntentClassifier;
  private readonly handlers: HandlerTable;
  private readonly medicine?: MedicineQuestions;
  private readonly readings?: ReadingQuestions;
  private readonly services?: ServiceQuestions;
  private readonly budgets: ReplyBudgets;
  private readonly careClosing?: (lang: Lang) => string;
  private readonly settings: EngineSettings;
  private readonly clock: Clock;

  constructor(parts: EngineParts) {
    this.clock = parts.clock ?? systemClock;
    ({
      store: this.store,
      entities: this.entities,
      screen: this.screen,
      classifier: this.classifier,
      handlers: this.handlers,
      medicine: this.medicine,
      readings: this.readings,
      services: this.services,
      settings: this.settings,
    } = parts);
    this.lock = parts.lock ?? new LocalTurnLock();
    this.budgets = parts.budgets ?? {};
    this.careClosing = parts.careClosing;
  }

  /**
   * The screen on the message alone, before anything else: what the service in front of the engine asks
   * before it refuses a message (rate limits, overload), so that an emergency is never refused.
   */
  isEmergency(incoming: Pick<InboundMessage, 'text' | 'lang'>): boolean {
    return this.screenFirst(incoming).screening.triage === 'emergency';
  }

  /**
   * The same screen, with what it read: the service in front of the engine computes it once per message
   * and hands it on in `InboundMessage.screened`, so the message is not screened again for the same answer.
   */
  screenFirst(incoming: Pick<InboundMessage, 'text' | 'lang' | 'receivedAt'>): FirstScreen {
    const msg = { ...incoming, text: sanitizeText(incoming.text) } as InboundMessage;
    return this.firstScreen(msg);
  }

  /**
   * The text is made safe once, before it is screened or stored (core/sanitize.ts). The screen reads the
   * message before the database is touched, so an emergency is answered even when storing the turn
   * fails; anything else then fails as StoreUnavailableError, which channels answer as retryable.
   */
  async handle(incoming: InboundMessage): Promise<TurnOutcome> {
    const msg: InboundMessage = { ...incoming, text: sanitizeText(incoming.text) };
    const original = msg.text !== incoming.text && isStorable(incoming.text) ? incoming.text : undefined;
    const first = this.alreadyScreened(msg) ?? this.firstScreen(msg);
    try {
      // Turns of one conversation are serialised, here and on every other instance. An emergency's turn
      // goes ahead of ordinary ones waiting for a lock or a database connection (core/urgency.ts).
      const turn = () => this.lock.run(`${msg.channel}:${msg.address}`, () => this.converse(msg, first, original));
      return await (first.screening.triage === 'emergency' ? urgently(turn) : turn());
    } catch (err) {
      if (err instanceof AppError && err.statusCode < 500) throw err;
      if (first.screening.triage === 'emergency') {
        return { reply: this.emergencyReply(first.screening, first.lang), duplicate: false, unstored: true };
      }
      throw err instanceof AppError ? err : new StoreUnavailableError(err);
    }
  }

  /** The screen on the message alone, with nothing remembered: what is known if the database is down. */
  private firstScreen(msg: InboundMessage): FirstScreen {
    const lang = this.pickLang(msg, undefined);
    const now = msg.receivedAt ?? this.clock.now();
    const entities = this.entities.extract(msg.text, lang, now);
    return { text: msg.text, lang, now, entities, screening: this.screen.screen({ text: msg.text, lang, entities }) };
  }

  /** The screen handed on with the message, when it was made of exactly what this one would be. */
  private alreadyScreened(msg: InboundMessage): FirstScreen | undefined {
    const given = msg.screened;
    if (!given || given.text !== msg.text || given.lang !== this.pickLang(msg, undefined)) return undefined;
    if (msg.receivedAt && msg.receivedAt.getTime() !== given.now.getTime()) return undefined;
    return given;
  }

  private async converse(msg: InboundMessage, first: FirstScreen, original: string | undefined): Promise<TurnOutcome> {
    const deliveryKey = msg.externalId ? `${msg.channel}:${msg.externalId}` : undefined;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const start = await this.store.startTurn(msg.channel, msg.address, this.pickLang(msg, undefined), deliveryKey);
      if (start.earlier) return { reply: start.earlier, duplicate: true };
      const { conversation } = start;
      const ref: ConversationRef = { id: conversation.id, channel: msg.channel, address: msg.address };
      const turn = await this.takeTurn(msg, first, conversation, ref, original);
      const result = await this.store.commitTurn({
        ...turn,
        deliveryKey,
        conversationId: conversation.id,
        expectedVersion: conversation.version,
      });
      if (result === 'committed') return { reply: turn.reply, conversationId: conversation.id, duplicate: false };
      // 'stale' or 'duplicate': someone else committed first; look again with fresh state.
    }
    throw new Error('conversation busy: too many concurrent turns');
  }

  private pickLang(msg: InboundMessage, conversation: StoredConversation | undefined): Lang {
    if (msg.lang) return msg.lang;
    // A bare "2", "*" or ticket number ("T-12345") carries no language: keep the conversation's.
    const words = msg.text.replace(/\bT[-\s]?\d{3,7}\b/gi, '');
    if (conversation && !/[\p{Script=Han}A-Za-z]/u.test(words)) return conversation.lang;
    return this.entities.detectLang(msg.text);
  }

  private async takeTurn(
    msg: InboundMessage,
    first: FirstScreen,
    conversation: StoredConversation,
    ref: ConversationRef,
    original?: string,
  ) {
    const now = first.now;
    const lang = this.pickLang(msg, conversation);
    const state: ConversationState = conversation.state ?? emptyState();
    // The screen sees every message first, whatever else is going on in the conversation. With nothing
    // remembered yet and the same language, its input is the first screen's, and so is its verdict.
    const same = lang === first.lang && Object.keys(state.facts ?? {}).length === 0;
    const entities = same ? first.entities : this.entities.extract(msg.text, lang, now, state.facts);
    const screening = same
      ? first.screening
      : this.screen.screen({ text: msg.text, lang, entities, facts: state.facts, now });
    // Every message adds to the profile of the person it is about, whatever it is routed to.
    const reading = this.medicine?.read(msg.text, lang, entities);
    const profile = profileAfterTurn(state.facts ?? {}, msg.text, entities, reading, now);
    const facts = factsAfterScreening(
      mergeFacts(state.facts ?? {}, factsFromEntities(entities), profile),
      screening,
      now,
      msg.text,
    );

    let reply: Reply;
    let next: ConversationState;
    if (screening.triage === 'emergency') {
      reply = this.emergencyReply(screening, lang);
      // The question asked is dropped (the next message is not its answer), a form is kept to resume.
      next = { facts, form: withTriage(state.form, screening.triage) };
    } else {
      const turnState = { ...state, facts };
      const rest = this.restAsked(msg.text, turnState, screening.triage, lang);
      ({ reply, next } =
        rest ?? (await this.answer({ text: msg.text, lang, entities, screening, now, ref }, turnState)));
      ({ reply, next } = this.fitChannel(msg.channel, { reply, next }, rest ? 'more' : 'first', screening));
    }
    return {
      lang,
      state: next,
      inbound: { text: msg.text, original, intent: reply.intent, triage: reply.triage, entities, receivedAt: now },
      reply,
    };
  }

  /** "1" after a reply cut to the channel's budget: the rest of it, with that reply's intent and level. */
  private restAsked(text: string, state: ConversationState, triage: Triage, lang: Lang): Answer | undefined {
    const more = state.more;
    if (!more || !MORE.test(text) || resolveChoice(text, state)) return undefined;
    const level = TRIAGE_RANK[triage] > TRIAGE_RANK[more.triage] ? triage : more.triage;
    const reply: Reply = { text: more.text, lang, intent: more.intent, triage: level, ticket: null };
    return { reply, next: { ...state, more: undefined } };
  }

  /**
   * A reply longer than the channel's budget is cut at a sentence end and the rest kept for "1". Never an
   * emergency (nor the deciding questions of a possible one), a menu or a question waiting for its answer;
   * an urgent header stays whole in the first part.
   */
  private fitChannel(channel: Channel, answer: Answer, part: 'first' | 'more', screening: Screening): Answer {
    const { reply, next } = answer;
    const budget = this.budgets[channel];
    const asks = reply.choices?.length || (part === 'first' && next.pending);
    if (!budget || asks || reply.action || reply.intent === 'emergency' || reply.triage === 'emergency') return answer;
    const header = screening.triage === 'urgent' ? this.screen.urgentAdvice(screening, reply.lang) : '';
    const keep = header && reply.text.startsWith(header) ? header.length : 0;
    const cut = cutToBudget(reply.text, (s) => budget.fits(s, reply.lang, part), keep);
    if (!cut) return answer;
    return {
      reply: { ...reply, text: cut.now, more: true },
      next: { ...next, more: { text: cut.rest, intent: reply.intent, triage: reply.triage } },
    };
  }

  private emergencyReply(screening: Screening, lang: Lang): Reply {
    return {
      text: this.screen.emergencyAdvice(screening, lang),
      lang,
      intent: 'emergency',
      triage: 'emergency',
      action: 'call_emergency',
      ticket: null,
      sources: [...new Set(screening.reasons.map((r) => r.sourceId))],
    };
  }

  private async answer(turn: TurnInput, state: ConversationState, interrupted = false): Promise<Answer> {
    const { text, lang, entities, screening, now } = turn;
    const picked = resolveChoice(text, state);
    // "3" picking an offered choice means the choice's words, for the classifier and the handler alike.
    const said = picked && !picked.value.startsWith('@') ? picked.value : text;
    const cls = this.understood(said, picked, state, lang);
    // "电话138开头那个就是，下午都在家" while a form asks its question answers the form, not home isolation.
    const formAnswer =
      !picked && !!state.form && cls.intent !== 'emergency' && !!this.services?.answersForm?.(said, lang);
    let route = decideRoute(said, picked, cls, state, formAnswer);
    route = this.medicineRoute(route, said, picked !== undefined, cls, turn, state);
    route = shapeRoute(route, said, picked !== undefined, cls, state);
    const followUp = picked ? undefined : this.followUpOf(said, route, turn, state);
    if (followUp) route = { kind: 'handler', intent: followUp.intent, text: said };
    else if (!picked)
      route = this.conversationRoute(this.serviceRoute(route, said, cls, lang, state), said, turn, state);
    if (!picked && route.kind !== 'possible-emergency' && !(route.kind === 'handler' && route.answering)) {
      const heard = route.kind === 'clarify' ? cls.intent : route.intent;
      // A pet's medicine, a complaint, a lost parcel, a neighbour's noise: outside the hotline's scope.
      // Not when the screen heard a symptom in it ("投诉…我还在发高烧" keeps its clinical answer), unless
      // the only one coughing is the neighbour the complaint is about.
      const unwell = screening.triage !== 'none' && !(screening.triage === 'routine' && aboutNeighbours(said));
      const outOfScope = !state.form && !unwell && outOfScopeAsk(said, heard);
      if ((heard.startsWith('medication.') && isForAnAnimal(said)) || outOfScope)
        route = { kind: 'handler', intent: 'fallback', text: said };
    }
    // "现在38.9 他62岁", "its 38.1 now, no meds taken yet": a temperature told as news (or asked about: "is
    // 37.8 worth worrying about?"), in a conversation not about a medicine, is the symptom to advise on, not
    // a status question, a goodbye or a menu.
    if (
      !picked &&
      !followUp &&
      !state.form &&
      !state.topic &&
      route.kind !== 'possible-emergency' &&
      !(route.kind === 'handler' && route.answering) &&
      (route.kind === 'clarify' || READING_NEWS_MISHEARD.has(route.intent)) &&
      (this.readings?.reports?.(said, entities) ||
        this.readings?.asksTemperature?.(said, entities) ||
        this.readings?.reportsSpo2?.(said, entities))
    ) {
      route = { kind: 'handler', intent: 'symptom.advice', text: said };
    }
    // A reading the screen found no emergency in, asked about: what it means and when to act.
    if (
      !picked &&
      !followUp &&
      !state.form &&
      !(route.kind === 'handler' && route.answering) &&
      this.readings?.asks(said, entities)
    ) {
      route = { kind: 'handler', intent: 'symptom.advice', text: said };
    }
    const base = { lang, triage: screening.triage, ticket: null };

    if (route.kind === 'possible-emergency') {
      // The screen already found a reason to see a clinician today: give that advice, it names when to call 120.
      if (screening.triage === 'urgent') route = { kind: 'handler', intent: 'symptom.advice', text: said };
      else return this.possibleEmergency(said, lang, state);
    }
    if (route.kind === 'clarify') return this.clarify(text, cls, lang, screening, state);

    // A picked clarification choice answers the earlier message: understand that one.
    const handlerEntities = route.text === text ? entities : this.entities.extract(route.text, lang, now);
    const result = await this.runHandler(route, { ...turn, entities: handlerEntities }, state, cls, followUp?.asked);
    if (result.declined && route.answering) {
      // Not an answer to the question asked: understand the message on its own, keeping any form open.
      return this.answer(turn, { ...state, pending: undefined, lastChoices: undefined }, Boolean(state.form));
    }
    const form = result.form === undefined ? state.form : (result.form ?? undefined);
    const waiting = interrupted && form && route.intent !== form.intent ? say(MESSAGES.formWaiting, lang) : undefined;
    const withUrgent = this.prefixUrgent(result.text, route.intent, screening, lang);
    const reply: Reply = {
      ...base,
      intent: route.intent,
      text: waiting ? `${withUrgent}\n${waiting}` : withUrgent,
      choices: result.choices,
      ticket: result.ticket ?? null,
      action: result.action,
      sources: result.sources,
    };
    const next: ConversationState = {
      facts: mergeFacts(state.facts, result.facts),
      pending: result.pending,
      lastChoices: result.choices,
      ...(form ? { form: withTriage(form, screening.triage) } : {}),
      ...topicAfter(state.topic, route.intent, result),
      subjectIntent: subjectAfter(state.subjectIntent, route.intent),
    };
    return { reply, next };
  }

  /**
   * A short answer heard as no subject ("嗯，昨天测已经一条杠了", "对 就是那个 到哪了", "2") continues the
   * conversation's subject; about isolation, a test result or a day told asks when isolation ends.
   * Not while a form is open (its own question is asked again).
   */
  private conversationRoute(route: Route, said: string, turn: TurnInput, state: ConversationState): Route {
    const subject = state.subjectIntent;
    const e = turn.entities;
    const dayTold = e.antigen !== undefined || e.onsetDate !== undefined || e.days !== undefined;
    // "嗯嗯 十二号测出来的" in a conversation about isolation, heard as a symptom with no symptom the screen found:
    // the day to count from, for when isolation ends.
    const dayForIsolation =
      !!subject?.startsWith('isolation.') &&
      dayTold &&
      route.kind === 'handler' &&
      !route.answering &&
      route.intent === 'symptom.advice' &&
      turn.screening.triage === 'none';
    if (subject && !state.form && dayForIsolation && isShortAnswer(said))
      return { kind: 'handler', intent: 'isolation.release', text: said };
    if (!subject || state.form || !heardAsNoSubject(route) || !isShortAnswer(said)) return route;
    const intent = subject.startsWith('isolation.') && dayTold ? 'isolation.release' : subject;
    return { kind: 'handler', intent, text: said };
  }

  /**
   * What the message asks, for routing. Words answering a clarifying menu (not a number) continue the
   * message the menu asked about: "my husband tested positive" → menu → "we have a newborn, what do we
   * do" is read as one story when that reads surer than the reply alone.
   */
  private understood(said: string, picked: unknown, state: ConversationState, lang: Lang): Classification {
    const cls = this.classifier.classify(withoutGreeting(said), lang);
    const earlier = picked ? undefined : clarifiedText(state);
    if (!earlier) return cls;
    const together = this.classifier.classify(withoutGreeting(`${earlier} ${said}`), lang);
    return together.intent !== 'fallback' && together.score > cls.score ? together : cls;
  }

  /**
   * "那孩子呢" / "and how often?" after a medicine answer, naming no medicine: the same question (or, for
   * an aspect, the dose) about the same medicines, for whoever the message is about now. Not while a
   * form asks its question, nor over an emergency the classifier heard.
   */
  private followUpOf(
    said: string,
    route: Route,
    turn: TurnInput,
    state: ConversationState,
  ): { intent: IntentId; asked: FollowUp } | undefined {
    if (relaysQuestion(said)) return undefined;
    // After a condition answer that named no medicine ("怀孕了感冒能吃啥药"), more about the person
    // ("31周，今天开始有点流鼻涕") asks that question again for them.
    const topic =
      state.topic ??
      (state.subjectIntent === 'medication.condition' ? { intent: state.subjectIntent, medicines: [] } : undefined);
    // Over an emergency the classifier heard only when the screen has judged it (urgent: a clinician today,
    // whose header the answer keeps): "我外婆92了，有糖尿病，一直打胰岛素" after "老人发烧吃什么药".
    const judged = route.kind === 'possible-emergency' && turn.screening.triage === 'urgent';
    if (!topic || !this.medicine?.followUp || (route.kind === 'possible-emergency' && !judged)) return undefined;
    if (state.pending && !state.pending.intent.startsWith('medication.')) return undefined;
    const e = turn.entities;
    const namesPerson =
      personNamed(said) !== undefined ||
      speaksOfSomeoneElse(said) ||
      (e.ages?.length ?? 0) > 0 ||
      e.weightKg !== undefined ||
      e.pregnant === true ||
      e.pregnancyWeeks !== undefined ||
      (PREGNANCY_WEEKS.test(said) && isPregnant(state));
    const shape = this.medicine.followUp(said, e, namesPerson);
    if (!shape) return undefined;
    const intent = shape.aspect ? 'medication.dose' : shape.suitability ? 'medication.condition' : topic.intent;
    return { intent, asked: { medicines: topic.medicines, ...(shape.aspect ? { aspect: shape.aspect } : {}) } };
  }

  /**
   * A question that is certainly about medicines by its shape (a medicine named with a dose asked,
   * two medicines, a statement of who the medicine is for) is answered as one, whatever the classifier
   * heard: "医生给他开了Paxlovid…" is not a call-back request, "我妈85岁" is not a goodbye.
   */
  private medicineRoute(
    route: Route,
    said: string,
    picked: boolean,
    cls: Classification,
    turn: TurnInput,
    state: ConversationState,
  ): Route {
    if (!this.medicine || picked || route.kind === 'possible-emergency' || relaysQuestion(said)) return route;
    if (route.kind === 'handler' && (route.answering || state.form)) return route;
    const heard = route.kind === 'handler' ? route.intent : cls.intent;
    const intent = this.medicine.route(said, turn.lang, turn.entities, state.facts, heard, route.kind === 'clarify');
    if (!intent || (route.kind === 'handler' && intent === route.intent)) return route;
    return { kind: 'handler', intent, text: said };
  }

  /**
   * "我前天约的车明天能来吗" asks after the earlier request (even in the middle of a form: it is a new
   * question), not for a new one; a story naming what is needed and ending in "能不能帮帮忙" / "is there
   * anything you can do?" is a request for that service, unless the classifier already heard one.
   */
  private serviceRoute(route: Route, said: string, cls: Classification, lang: Lang, state: ConversationState): Route {
    if (!this.services || route.kind === 'possible-emergency') return route;
    if (this.services.asksAfterEarlier(said, lang)) return { kind: 'handler', intent: 'service.status', text: said };
    // "尾号0087", "under the name Wang Li" after a status question: which request it is about.
    if (
      state.subjectIntent === 'service.status' &&
      !(route.kind === 'handler' && route.answering) &&
      identifiesRequest(said)
    )
      return { kind: 'handler', intent: 'service.status', text: said };
    const open = route.kind === 'handler' && (route.answering || state.form);
    const requested =
      route.kind === 'handler' && (SERVICE_REQUESTS.has(route.intent) || route.intent === 'service.status');
    // "need children's ibuprofen delivered to block 7": a delivery asked for, whatever medicine it names.
    if (!open && !requested && this.services.asksForDelivery?.(said, lang))
      return { kind: 'handler', intent: 'service.drug_delivery', text: said };
    if (route.kind === 'handler' && route.intent === 'service.status') {
      // Heard as a status question, but a story ending in "is there anything you can do?" asks for a service.
      const asked = route.answering || state.form ? undefined : this.services.vagueAskFor(said, lang);
      return asked ? { ...route, intent: asked } : route;
    }
    if (route.kind === 'handler' && (route.answering || state.form)) return route;
    const heard = route.kind === 'handler' ? route.intent : cls.intent;
    if (heard === 'service.doctor' && this.services.cannotGetThere?.(said, lang))
      return { kind: 'handler', intent: 'service.transport', text: said };
    if (SERVICE_REQUESTS.has(heard) && route.kind === 'handler') return route;
    if ((heard === 'clinic.find' || route.kind === 'clarify') && this.services.asksForRide?.(said, lang))
      return { kind: 'handler', intent: 'service.transport', text: said };
    const intent = this.services.vagueAskFor(said, lang);
    return intent ? { kind: 'handler', intent, text: said } : route;
  }

  /**
   * The classifier hears an emergency the deterministic screen did not confirm: ask about the
   * red flags and name 120 rather than dispatch or dismiss. Errs towards care: at least urgent.
   */
  private possibleEmergency(text: string, lang: Lang, state: ConversationState) {
    const reply: Reply = {
      lang,
      triage: 'urgent',
      intent: 'emergency',
      ticket: null,
      text: this.screen.possibleEmergencyAdvice(text, lang, state.facts.pregnant === true),
    };
    return { reply, next: { facts: state.facts, form: state.form } };
  }

  private clarify(text: string, cls: Classification, lang: Lang, screening: Screening, state: ConversationState) {
    const misses = (state.misses ?? 0) + 1;
    const choices = clarifyChoices(cls, lang);
    const intro = shouldOfferHuman(misses) ? MESSAGES.clarifyAgain : MESSAGES.clarify;
    // The reported intent is the best guess the question asks the person to confirm.
    // Whatever is unclear, someone who needs a clinician today is told so first.
    const reply: Reply = {
      text: this.prefixUrgent(say(intro, lang), cls.intent, screening, lang),
      lang,
      intent: cls.intent,
      triage: screening.triage,
      choices,
      ticket: null,
    };
    const next: ConversationState = {
      facts: state.facts,
      pending: clarifyPending(text),
      lastChoices: choices,
      misses,
      form: state.form,
      subjectIntent: state.subjectIntent,
    };
    return { reply, next };
  }

  private async runHandler(
    route: Extract<Route, { kind: 'handler' }>,
    turn: TurnInput,
    state: ConversationState,
    classification: Classification,
    followUp?: FollowUp,
  ): Promise<HandlerResult> {
    const handler = this.handlers[route.intent];
    if (!handler) throw new Error(`no handler for intent ${route.intent}`);
    return handler({
      text: route.text,
      lang: turn.lang,
      intent: route.intent,
      entities: turn.entities,
      screening: turn.screening,
      state,
      now: turn.now,
      emergencyNumber: this.settings.emergencyNumber,
      answering: route.answering,
      conversation: turn.ref,
      classification,
      ...(followUp ? { followUp } : {}),
    });
  }

  /**
   * Someone who needs a clinician today hears that first, whatever they asked about. The closing "when
   * to get care" line is then dropped: under the urgent header it would say the same again.
   */
  private prefixUrgent(text: string, intent: IntentId, screening: Screening, lang: Lang): string {
    if (screening.triage !== 'urgent') return text;
    const closing = this.careClosing?.(lang);
    const body =
      closing && text.includes(closing)
        ? text
            .replace(closing, '')
            .replace(/\n{2,}/g, '\n')
            .trim()
        : text;
    return `${this.screen.urgentAdvice(screening, lang)}\n${body}`;
  }

  private numbers(): Record<string, string> {
    return { emergency: this.settings.emergencyNumber, operator: this.settings.operatorNumber ?? '' };
  }
}
