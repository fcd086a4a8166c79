import type { Static } from '@sinclair/typebox';
import type * as Schema from './clinics.schema';

/**
 * The clinic directory's vocabulary and types, derived from clinics.schema.ts. Type-only imports
 * of the schema: loading this file does not load TypeBox.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const CLINIC_TYPES = ['fever-clinic', 'community-health-centre'] as const;
export type ClinicType = (typeof CLINIC_TYPES)[number];

export type Clinic = Static<typeof Schema.ClinicSchema>;
export type Hotline = Static<typeof Schema.HotlineSchema>;
export type ClinicDirectoryFile = Static<typeof Schema.ClinicDirectorySchema>;
/** As loaded: `sample` is always set. */
export type ClinicDirectory = ClinicDirectoryFile & { sample: boolean };
