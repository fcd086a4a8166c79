/**
 * Shapes of the red-flag data: atoms (words), signs (what is recognised), rules (what it means), tips
 * (what to do meanwhile). The files are reviewed like code and checked against these at load.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';

const closed = <T extends Parameters<typeof Type.Object>[0]>(props: T) =>
  Type.Object(props, { additionalProperties: false });
const Bilingual = closed({ zh: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) });
const Phrases = closed({
  zh: Type.Array(Type.String({ minLength: 1 })),
  en: Type.Array(Type.String({ minLength: 1 })),
});

export const ATOM_KINDS = ['site', 'finding', 'qualifier', 'trigger', 'person', 'vital'] as const;

export const AtomSchema = closed({
  id: Type.String({ pattern: '^(site|find|q|trig|person|vital)\\.[a-z0-9_]+$' }),
  kind: Type.Union(ATOM_KINDS.map((k) => Type.Literal(k))),
  zh: Type.Array(Type.String({ minLength: 1 })),
  en: Type.Array(Type.String({ minLength: 1 })),
});

export const AtomsFileSchema = closed({
  about: Type.String(),
  atoms: Type.Array(AtomSchema),
  soundAlike: closed({
    about: Type.String(),
    notPhrases: Type.Array(Type.String({ minLength: 2 })),
    shortWords: Type.Array(Type.String({ minLength: 2, maxLength: 3 })),
    vitalWords: Type.Array(Type.String({ minLength: 2, maxLength: 3 })),
  }),
});

export const ComposeSchema = closed({
  site: Type.Array(Type.String(), { minItems: 1 }),
  finding: Type.Array(Type.String(), { minItems: 1 }),
  /** Which part comes first in the clause; `any` for either. */
  order: Type.Union([Type.Literal('any'), Type.Literal('site-first'), Type.Literal('finding-first')]),
  /** Most characters (Chinese) or words (English) between the two parts. */
  gap: Type.Optional(Type.Integer({ minimum: 0 })),
});

export const SignSchema = closed({
  id: Type.String({ pattern: '^[a-z0-9_.]+$' }),
  label: Bilingual,
  phrases: Phrases,
  compose: Type.Optional(Type.Array(ComposeSchema)),
  block: Type.Optional(Phrases),
  /** Said anywhere in the message, these mean the sign is something else ("说不出话" with a hoarse throat). */
  unless: Type.Optional(Phrases),
  note: Type.Optional(Type.String()),
});

export const SignsFileSchema = closed({ about: Type.String(), signs: Type.Array(SignSchema) });

export const VITALS = [
  'temperatureC',
  'spo2',
  'days',
  'respiratoryRate',
  'heartRate',
  'systolic',
  'diastolic',
  'glucose',
  'pillCount',
  'pregnancyWeeks',
  'potassium',
  'paracetamolGrams',
  'peakFlowPercent',
  'bloodMl',
  /** How long it went on, in minutes (a seizure over 5 minutes is 999: NHS epilepsy). */
  'minutes',
] as const;
export const POPULATIONS = ['youngInfant', 'infant', 'child', 'pregnant', 'aged80', 'keyCondition'] as const;
const Op = Type.Union([Type.Literal('<'), Type.Literal('<='), Type.Literal('>'), Type.Literal('>=')]);

export type Condition =
  /**
   * A sign said of the person now; `withNear`/`withoutNear`: with (or without) one of these qualifiers in
   * the same clause; `evenIfOver`: also when it is over (a first seizure that has stopped).
   */
  | { sign: string; withNear?: string[]; withoutNear?: string[]; evenIfOver?: boolean }
  | { qualifier: string }
  | { trigger: string }
  | { vital: (typeof VITALS)[number]; op: Static<typeof Op>; value: number }
  | { known: (typeof VITALS)[number] }
  | { age: Static<typeof Op>; value: number }
  | { population: (typeof POPULATIONS)[number] }
  | { anySymptom: true }
  /** A medicine from the catalog is named (entities.medicines). */
  | { medicine: true }
  /** A named condition of rules.json `conditions`, written once and used by several rules. */
  | { is: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const ConditionSchema = Type.Recursive((Self: TSchema) =>
  Type.Union([
    closed({
      sign: Type.String(),
      withNear: Type.Optional(Type.Array(Type.String())),
      withoutNear: Type.Optional(Type.Array(Type.String())),
      evenIfOver: Type.Optional(Type.Boolean()),
    }),
    closed({ qualifier: Type.String() }),
    closed({ trigger: Type.String() }),
    closed({ vital: Type.Union(VITALS.map((v) => Type.Literal(v))), op: Op, value: Type.Number() }),
    closed({ known: Type.Union(VITALS.map((v) => Type.Literal(v))) }),
    closed({ age: Op, value: Type.Number() }),
    closed({ population: Type.Union(POPULATIONS.map((p) => Type.Literal(p))) }),
    closed({ anySymptom: Type.Literal(true) }),
    closed({ medicine: Type.Literal(true) }),
    closed({ is: Type.String() }),
    closed({ all: Type.Array(Self, { minItems: 1 }) }),
    closed({ any: Type.Array(Self, { minItems: 1 }) }),
    closed({ not: Self }),
  ]),
);

export const LEVELS = ['emergency', 'urgent', 'routine'] as const;

export const RuleSchema = closed({
  id: Type.String({ pattern: '^[a-z0-9.-]+$' }),
  level: Type.Union(LEVELS.map((l) => Type.Literal(l))),
  label: Bilingual,
  source: Type.String(),
  when: ConditionSchema,
  tip: Type.Optional(Type.String()),
  /** Routine rules count symptoms that are over (a nosebleed that stopped); false: only ones now. */
  countsOver: Type.Optional(Type.Boolean()),
  note: Type.Optional(Type.String()),
});

/** A condition several rules share, named once (`{ "is": id }` in a rule). Its rules name the sources. */
export const NamedConditionSchema = closed({
  id: Type.String({ pattern: '^[a-z0-9.-]+$' }),
  when: ConditionSchema,
  note: Type.String(),
});

export const RulesFileSchema = closed({
  about: Type.String(),
  conditions: Type.Optional(Type.Array(NamedConditionSchema)),
  rules: Type.Array(RuleSchema, { minItems: 1 }),
});

export const TipsFileSchema = closed({
  about: Type.String(),
  common: Bilingual,
  tips: Type.Array(closed({ id: Type.String(), zh: Type.String(), en: Type.String(), source: Type.String() })),
});

export type Atom = Static<typeof AtomSchema>;
export type AtomKind = (typeof ATOM_KINDS)[number];
export type Compose = Static<typeof ComposeSchema>;
export type SignDefinition = Static<typeof SignSchema>;
export type Vital = (typeof VITALS)[number];
export type Population = (typeof POPULATIONS)[number];
export type RuleLevel = (typeof LEVELS)[number];
export interface RedFlagRule extends Omit<Static<typeof RuleSchema>, 'when'> {
  when: Condition;
}
export type Tip = Static<typeof TipsFileSchema>['tips'][number];

export const QuestionsFileSchema = closed({
  about: Type.String(),
  questions: Type.Array(
    closed({
      id: Type.String(),
      /** Signs or atoms in the message that make this the question to ask. */
      when: Type.Array(Type.String(), { minItems: 1 }),
      population: Type.Optional(Type.Union(POPULATIONS.map((p) => Type.Literal(p)))),
      zh: Type.String(),
      en: Type.String(),
      source: Type.String(),
    }),
    { minItems: 2 },
  ),
});

export type RedFlagQuestion = Static<typeof QuestionsFileSchema>['questions'][number];

const RuleIds = Type.Array(Type.String(), { minItems: 1 });
export const CARE_GROUPS = ['pregnancy', 'child', 'elderly'] as const;

/** "When to get care" lines, as rule ids: their labels, levels and sources are the rules' own. */
export const CareFileSchema = closed({
  about: Type.String(),
  closing: closed({ urgent: RuleIds, emergency: RuleIds }),
  groups: closed(
    Object.fromEntries(CARE_GROUPS.map((g) => [g, RuleIds])) as Record<(typeof CARE_GROUPS)[number], typeof RuleIds>,
  ),
});

export type CareFile = Static<typeof CareFileSchema>;
export type CareGroup = (typeof CARE_GROUPS)[number];
