import type { Static } from '@sinclair/typebox';
import type * as Schema from './schema';

/** Types of the service files, derived from schema.ts (type-only: loading this does not load TypeBox). */
export type ServiceDefinition = Static<typeof Schema.ServiceSchema>;
export type AttributeDefinition = Static<typeof Schema.AttributeSchema>;
export type SlaFile = Static<typeof Schema.SlaFileSchema>;
export type SlaTarget = SlaFile['targets'][number]['red'];
export type WorkingCalendar = SlaFile['calendars'][number];
export type PriorityRule = Static<typeof Schema.PriorityRuleSchema>;
export type PriorityCondition = Static<typeof Schema.PriorityConditionSchema>;
export type Community = Static<typeof Schema.CommunitySchema>;

export const KEY_FACTS = ['pregnant', 'dialysis', 'disability', 'lives_alone', 'chronic_disease'] as const;
export type KeyFact = (typeof KEY_FACTS)[number];
