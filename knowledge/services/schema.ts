import { Type } from '@sinclair/typebox';
import { BilingualSchema, closed, IdSchema, SourcesSchema } from '../schema/common';
import { OPENING_RANGE } from '../clinics.schema';

/**
 * The community services a ticket can be for (knowledge/services/): the catalog, the attributes a
 * service asks for (Open311 attribute definitions, with the question the conversation asks),
 * SLA targets and calendars, and the priority rules. References between the files (an attribute,
 * a calendar, a source) are checked after the schema, in catalog.ts.
 */
const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const ServiceCode = literals(['drug_delivery', 'transport', 'doctor_callback', 'human_callback', 'other'] as const);
const Priority = literals(['red', 'yellow', 'green'] as const);
const KeyFact = literals(['pregnant', 'dialysis', 'disability', 'lives_alone', 'chronic_disease'] as const);

export const ServiceSchema = closed({
  code: ServiceCode,
  /** The conversation intent that asks for it, when one does. */
  intent: Type.Optional(Type.String({ minLength: 1 })),
  name: BilingualSchema,
  description: BilingualSchema,
  group: BilingualSchema,
  keywords: Type.Array(Type.String({ minLength: 1 })),
  /** Working-hours calendar of sla.json that its calendar-clock targets count in. */
  calendar: Type.Optional(IdSchema),
  /** Attribute codes, in the order the conversation asks for them. */
  slots: Type.Array(IdSchema, { minItems: 1 }),
  sources: SourcesSchema,
});

export const AttributeSchema = closed({
  code: IdSchema,
  datatype: Type.Union(
    ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'].map((d) => Type.Literal(d)),
  ),
  /** Short name in the read-back ("地址：…"). */
  label: BilingualSchema,
  /** Open311 `description`. */
  description: BilingualSchema,
  /** The one question the conversation asks for it: short, phone-friendly. */
  prompt: BilingualSchema,
  values: Type.Optional(Type.Array(closed({ key: IdSchema, name: BilingualSchema }), { minItems: 1 })),
});

const TargetSchema = closed({
  firstResponseMinutes: Type.Integer({ minimum: 1 }),
  resolutionMinutes: Type.Integer({ minimum: 1 }),
  /** calendar: only the service calendar's opening hours count. */
  clock: Type.Union([Type.Literal('continuous'), Type.Literal('calendar')]),
});

const weekHours = closed(
  Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [
      d,
      Type.Array(Type.String({ pattern: OPENING_RANGE, description: 'HH:MM-HH:MM' })),
    ]),
  ),
);

export const SlaFileSchema = closed({
  notice: Type.Optional(Type.String()),
  timeZone: Type.String({ minLength: 1 }),
  calendars: Type.Array(closed({ id: IdSchema, name: BilingualSchema, hours: weekHours, sources: SourcesSchema })),
  targets: Type.Array(
    closed({
      service: ServiceCode,
      red: TargetSchema,
      yellow: TargetSchema,
      green: TargetSchema,
      sources: SourcesSchema,
    }),
  ),
  escalation: closed({
    notice: Type.Optional(Type.String()),
    districtAfterMinutes: closed({
      red: Type.Integer({ minimum: 1 }),
      yellow: Type.Integer({ minimum: 1 }),
      green: Type.Integer({ minimum: 1 }),
    }),
    sources: SourcesSchema,
  }),
});

/** Every condition given must hold. */
export const PriorityConditionSchema = closed({
  minAge: Type.Optional(Type.Integer({ minimum: 0 })),
  /** At least one of these key-population facts. */
  anyOf: Type.Optional(Type.Array(KeyFact, { minItems: 1 })),
  /** The emergency screen's level for the request's messages is at least this. */
  triageAtLeast: Type.Optional(Type.Union([Type.Literal('urgent'), Type.Literal('routine')])),
  /** A fever is mentioned or measured. */
  fever: Type.Optional(Type.Literal(true)),
  /** Asks for a fever medicine, or says there is none at home. */
  withoutAntipyretic: Type.Optional(Type.Literal(true)),
  services: Type.Optional(Type.Array(ServiceCode, { minItems: 1 })),
});

export const PriorityRuleSchema = closed({
  id: IdSchema,
  priority: Priority,
  when: PriorityConditionSchema,
  note: Type.String({ minLength: 1 }),
  sources: SourcesSchema,
});

export const CommunitySchema = Type.Object(
  {
    id: IdSchema,
    name: Type.String({ minLength: 1 }),
    street: Type.String({ minLength: 1 }),
    district: Type.String({ minLength: 1 }),
    match: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
    /** The city, when the file covers more than one ("厦门市"): a caller naming it gets its rules. */
    city: Type.Optional(Type.String({ minLength: 1 })),
    /** Other names callers use for the city ("Xiamen", "Amoy"). */
    cityNames: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
    /** The isolation release rule set of this community (an ISOLATION_RULES id); unset: its district's, else the default. */
    isolationRules: Type.Optional(Type.String({ minLength: 1 })),
  },
  // CONTRACT.md: "at least" these fields; a district's file may carry more.
  { additionalProperties: true },
);
