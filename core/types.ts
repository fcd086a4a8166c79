/**
 * Channel-neutral vocabulary shared by every step of a message's path:
 * channel → conversation engine → emergency screen → intent engine → domain module → reply → channel renderer.
 * Nothing here knows a wire format, a database or a web framework.
 */
import type { FirstScreen } from './understanding';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Triage levels of CONTRACT.md, most severe first. */
export const TRIAGE_LEVELS = ['emergency', 'urgent', 'routine', 'none'] as const;
export type Triage = (typeof TRIAGE_LEVELS)[number];

export const INTENTS = [
  'emergency',
  'medication.dose',
  'medication.combination',
  'medication.condition',
  'medication.safety',
  'isolation.release',
  'isolation.home',
  'symptom.advice',
  'clinic.find',
  'service.drug_delivery',
  'service.transport',
  'service.doctor',
  'service.status',
  'human.agent',
  'greeting',
  'goodbye',
  'fallback',
] as const;
/**
 * Intents the classifier never hears: a handler asks the question itself and only its answer comes
 * back (a key person's check-in, sent by the hotline before the person wrote anything).
 */
export const FOLLOW_UP_INTENTS = ['checkin.answer'] as const;
/** What the classifier can hear. */
export type ClassifierIntent = (typeof INTENTS)[number];
export type IntentId = ClassifierIntent | (typeof FOLLOW_UP_INTENTS)[number];

export type Channel = 'web' | 'api' | 'sms' | 'voice' | 'bot';

/** Text in both languages; the renderer picks one. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Where a clinical rule comes from. Every rule in the knowledge base carries one. */
export interface Source {
  /** Short stable id, e.g. "nhc-home-2022". */
  id: string;
  title: string;
  publisher: string;
  date: string;
  url?: string;
}

// ---------- entities ----------

/** A reading being taken: SpO2 on an oximeter, breaths counted over a minute, blood glucose on a meter. */
export type Measuring = 'spo2' | 'breaths' | 'glucose';

export interface Entities {
  /** Highest body temperature mentioned, in °C (101F → 38.3). */
  temperatureC?: number;
  /** Lowest SpO2 mentioned, percent. */
  spo2?: number;
  /** Days: "第7天", "3 days", "since Monday" resolved against the message time. */
  days?: number;
  /** Ages mentioned, in years (months for infants are converted to fractional years). */
  ages?: number[];
  /** Body weight in kg, when stated ("20公斤", "44 lb"). */
  weightKg?: number;
  /** The person or someone they speak for is pregnant. */
  pregnant?: boolean;
  /** The person is breastfeeding. */
  breastfeeding?: boolean;
  /** Weeks of pregnancy, when said. */
  pregnancyWeeks?: number;
  /** Medicine products/ingredients mentioned, by knowledge-base id, in order of appearance. */
  medicines?: string[];
  /** Dates mentioned (ISO yyyy-mm-dd), e.g. the day of a positive test. */
  dates?: string[];
  /** Breaths a minute, the reading furthest from normal. */
  respiratoryRate?: number;
  /** Beats a minute, the reading furthest from normal. */
  heartRate?: number;
  /** Blood pressure, mm Hg. */
  systolic?: number;
  diastolic?: number;
  /** Blood glucose, mmol/L (mg/dL converted). */
  glucose?: number;
  /** Tablets swallowed, when a count is said. */
  pillCount?: number;
  /** Serum potassium, mmol/L. */
  potassium?: number;
  /** Grams of paracetamol taken, when said. */
  paracetamolGrams?: number;
  /** Peak flow as a percentage of the person's usual best. */
  peakFlowPercent?: number;
  /** Millilitres of blood coughed up, vomited or lost, when said of the blood. */
  bloodMl?: number;
  /** How long something went on, in minutes, when said in minutes. */
  minutes?: number;
  /** High-risk treatments named (透析, chemotherapy…), as written. */
  conditions?: string[];
  /**
   * The message speaks of measuring this (血氧, "his oximeter"; counting breaths) without giving the
   * value, so the next bare number is read as it.
   */
  measuring?: Measuring;
  /** Days since the illness began or the test was positive: "第5天" → 4, "阳了5天" → 5 (not a fever-free spell). */
  onsetDaysAgo?: number;
  /**
   * That day as an ISO date: "今天第5天" → 4 days ago, "昨天是第5天" → 5 days ago, "周一阳的" → Monday.
   * A bare "今天" is never an onset (nlp/entities/onset.ts).
   */
  onsetDate?: string;
  /** The fever has gone (true: "不烧了", "fever is gone") or is still there or back (false: "还在发烧"). */
  feverFree?: boolean;
  /** How long without fever, in hours, when said with it ("两天没烧了" → 48). */
  feverFreeHours?: number;
  /** Fever medicine taken now (true: "吃着布洛芬", "靠药") or explicitly not (false: "没吃退烧药"). */
  onAntipyretics?: boolean;
  /** How the illness is going: "好多了", "only a slight cough" / "加重了", "not better". */
  recovery?: 'better' | 'worse';
  /** The antigen result said: "转阴了", "一条杠" / "还是阳", "两条杠". */
  antigen?: 'negative' | 'positive';
  /** Two PCR tests with Ct ≥ 35 ("两次核酸ct值都大于35"). */
  pcrCt35Twice?: boolean;
  /** The message opens with a bare yes or no ("有", "没有，…", "yes", "nope"): an answer to a yes/no question. */
  yesNo?: 'yes' | 'no';
}

// ---------- understanding ----------

export interface IntentScore {
  intent: IntentId;
  score: number;
}

export interface Classification {
  intent: IntentId;
  score: number;
  /** Runner-up intents, best first (excluding `intent`). */
  alternatives: IntentScore[];
}

export interface TriageReason {
  /** Rule id in the red-flag data, e.g. "breathing.difficulty". */
  ruleId: string;
  /** What was recognised, in both languages, safe to show to the person. */
  label: Bilingual;
  sourceId: string;
}

export interface Screening {
  triage: Triage;
  reasons: TriageReason[];
  /**
   * An emergency is possible but not confirmed (the statistical net heard one the rules did not):
   * the questions that would decide, to ask while naming the emergency number. Triage is then at least urgent.
   */
  ask?: Bilingual[];
  /** For an emergency: the signs read in the message, remembered for the follow-up turns. */
  signs?: string[];
}

// ---------- conversation ----------

export interface InboundMessage {
  channel: Channel;
  /** Channel-specific address: chat sessionId, phone number, Bot Framework conversation id. */
  address: string;
  text: string;
  /** Language asked for by the channel; detected from the text when absent. */
  lang?: Lang;
  /** When the message was received (defaults to now); used for dates such as "since Monday". */
  receivedAt?: Date;
  /** Channel message id (Twilio MessageSid, Activity id) for de-duplication, when the channel has one. */
  externalId?: string;
  /**
   * The emergency screen's verdict on this message alone, when the service already computed it in front
   * of the route (server/guard.ts): the engine uses it only if it was made of the same words, language
   * and time, and screens the message itself otherwise.
   */
  screened?: FirstScreen;
}

/** One option the person can pick; SMS renders it as a numbered line, voice as a key press. */
export interface Choice {
  id: string;
  label: string;
  /** Text fed back to the engine when the option is picked. */
  value: string;
}

export interface TicketRef {
  id: string;
  status: string;
  service: string;
}

/** What a channel needs to do beyond showing the text. */
export type ReplyAction = 'call_emergency' | 'handoff_human';

export interface Reply {
  text: string;
  lang: Lang;
  intent: IntentId;
  triage: Triage;
  choices?: Choice[];
  ticket?: TicketRef | null;
  action?: ReplyAction;
  /** Source ids behind the clinical content of the reply. */
  sources?: string[];
  /** The channel's budget cut this reply: "1" gives the rest (the channel says how: "reply 1 for more"). */
  more?: boolean;
}

/**
 * Conversation memory kept in the database between turns.
 * Domain modules read what they need and return what to remember.
 */
export interface ConversationState {
  /** A question the engine asked and is waiting for an answer to. */
  pending?: PendingQuestion;
  /** Facts the person told us earlier (conditions, age, medicines, test dates…). */
  facts: Facts;
  /** Choices offered in the last reply, so "2" means something on SMS and voice. */
  lastChoices?: Choice[];
  /** Consecutive turns the engine did not understand. */
  misses?: number;
  /**
   * A form being filled (a service request): kept across other questions and emergencies until its
   * handler finishes or drops it, so it can be resumed ("继续", or asking for the service again).
   */
  form?: FormState;
  /** The rest of a reply cut to the channel's budget, given when the person answers "1" / "more". */
  more?: DeferredReply;
  /** What the last answer was about, so "那孩子呢" / "and how often?" asks the same again. */
  topic?: Topic;
  /**
   * The intent of the last answer on a subject (not a greeting, goodbye, menu or person): a short answer
   * that names no subject ("嗯，昨天测已经一条杠了", "2") continues it.
   */
  subjectIntent?: IntentId;
}

/** The question last answered: its intent and the medicines it was about. */
export interface Topic {
  intent: IntentId;
  medicines: string[];
}

/**
 * A message that only makes sense after the last answer ("那她呢", "what about for kids?", "还能吃多久"):
 * the same question for the person now meant, or the same medicines asked about another aspect.
 */
export interface FollowUp {
  medicines: string[];
  aspect?: 'interval' | 'duration';
}

/** What a cut reply still has to say, with the intent and level of the reply it belongs to. */
export interface DeferredReply {
  text: string;
  intent: IntentId;
  triage: Triage;
}

/** A handler's form in progress; `data` is the handler's own. */
export interface FormState {
  intent: IntentId;
  /** Unique per form: a ticket is created once per conversation and form id. */
  id: string;
  data: Record<string, unknown>;
  /** The most severe level the screen gave any message while the form was open (kept by the engine). */
  triage?: Triage;
}

/** The conversation a turn belongs to, for handlers that act on behalf of the person. */
export interface ConversationRef {
  id: string;
  channel: Channel;
  /** Chat session id, or the phone number on SMS and voice. */
  address: string;
}

/** Who in the conversation a message is about: the person writing, or someone they speak for. */
export const PERSON_KEYS = ['self', 'child', 'mother', 'father', 'grandparent', 'partner'] as const;
export type PersonKey = (typeof PERSON_KEYS)[number];

/** A medicine the person said they already took, with how much and when they said so. */
export interface TakenDose {
  medicine: string;
  /** Tablets, sachets, mL… as said ("两片" → 2). */
  units?: number;
  /** Hours before the message, when said ("3 hours ago"). */
  hoursAgo?: number;
  /** When the message saying so arrived (ISO). */
  at: string;
}

/** What the conversation has said about one person. */
export interface PersonProfile {
  ageYears?: number;
  weightKg?: number;
  pregnant?: boolean;
  pregnancyWeeks?: number;
  breastfeeding?: boolean;
  /** Condition ids of knowledge/medicines/conditions.json (liver-disease, alcohol…). */
  conditions?: string[];
  /** Medicines taken regularly (chronic groups, daily low-dose aspirin), by knowledge-base id. */
  regularMedicines?: string[];
  taken?: TakenDose[];
}

export interface Facts {
  /** One profile per person the conversation is about. */
  people?: Partial<Record<PersonKey, PersonProfile>>;
  /** Whom the latest message was about ("她" means this person). */
  subject?: PersonKey;
  conditions?: string[];
  ages?: number[];
  weightKg?: number;
  pregnant?: boolean;
  pregnancyWeeks?: number;
  breastfeeding?: boolean;
  medicines?: string[];
  /** Day of illness / days since positive test, as last stated, with the date it was stated. */
  daysSincePositive?: { days: number; statedOn: string };
  positiveTestDate?: string;
  feverFreeSince?: string;
  district?: string;
  /** Where the person is, as the communities directory knows it (which isolation rules apply). */
  place?: { communityId?: string; district?: string; city?: string };
  /** What the person is measuring (an oximeter in hand, breaths being counted), so a later bare number is read as that. */
  measuring?: Measuring;
  /**
   * The screen sent this conversation to the emergency number: the signs it read and when. A follow-up
   * about them ("现在不抽了，需要去医院吗") is still an emergency until a clinician has seen the person.
   */
  emergency?: { signs: string[]; at: string };
  /**
   * The person's last messages (core/understanding.ts RECENT_TURNS), with the level each had alone: the
   * screen reads a new message together with them.
   */
  recent?: { text: string; at: string; triage: Triage }[];
}

export interface PendingQuestion {
  /** Which handler asked, e.g. "medication.dose". */
  intent: IntentId;
  /** What is being asked for, e.g. "medicine", "positiveDate". */
  slot: string;
  /** Anything the handler wants back with the answer. */
  data?: Record<string, unknown>;
  /**
   * The handler sees the next message first even when the classifier is sure it is something else
   * (an address reads like a clinic question), and declines it when it is not an answer.
   */
  answerFirst?: boolean;
}

/** What a domain handler gets for one turn. */
export interface TurnContext {
  text: string;
  lang: Lang;
  intent: IntentId;
  entities: Entities;
  screening: Screening;
  state: ConversationState;
  now: Date;
  /** The ambulance number replies name (EMERGENCY_NUMBER). */
  emergencyNumber: string;
  /** Set when this turn answers a question the handler asked earlier. */
  answering?: PendingQuestion;
  /** The conversation (absent in unit tests of a single handler). */
  conversation?: ConversationRef;
  /** What the classifier made of the message, when it ran. */
  classification?: Classification;
  /** Set when this message follows up the last answer without naming its medicines. */
  followUp?: FollowUp;
}

/** What a domain handler returns. */
export interface HandlerResult {
  text: string;
  choices?: Choice[];
  /** Ask a follow-up: the next turn goes back to this handler with `answering` set. */
  pending?: PendingQuestion;
  /** Facts to merge into conversation memory. */
  facts?: Partial<Facts>;
  sources?: string[];
  ticket?: TicketRef | null;
  action?: ReplyAction;
  /** The form to keep (undefined: keep what there is; null: drop it). */
  form?: FormState | null;
  /**
   * This message is not an answer to the handler's pending question: the engine routes it afresh,
   * as if nothing had been asked (only meaningful when `answering` was set).
   */
  declined?: boolean;
  /** What this answer was about: a follow-up naming no medicine ("那孩子呢") asks about these again. */
  topic?: { medicines: string[] };
}

export type IntentHandler = (ctx: TurnContext) => HandlerResult | Promise<HandlerResult>;

/** Which handler answers which intent: the domain modules' `createHandlers` results, merged. */
export type HandlerTable = Partial<Record<IntentId, IntentHandler>>;
