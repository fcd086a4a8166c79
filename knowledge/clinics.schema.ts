import { Type } from '@sinclair/typebox';
import { BilingualSchema, closed, IdSchema } from './schema/common';
import { CLINIC_TYPES, WEEKDAYS, type Weekday } from './clinics.types';

/**
 * The clinic directory file (knowledge/clinics.json, or the district's own via CLINICS_FILE).
 * That a range opens before it closes and that ids are unique is checked after the schema.
 */

/** "HH:MM-HH:MM"; "00:00-24:00" is open all day. */
export const OPENING_RANGE = '^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$';

const dayHours = Type.Array(Type.String({ pattern: OPENING_RANGE, description: 'HH:MM-HH:MM' }), {
  description: 'use [] on a closed day',
});
const hours = Object.fromEntries(WEEKDAYS.map((day) => [day, dayHours])) as Record<Weekday, typeof dayHours>;

export const ClinicSchema = closed({
  id: IdSchema,
  type: Type.Union(CLINIC_TYPES.map((t) => Type.Literal(t))),
  name: BilingualSchema,
  street: BilingualSchema,
  /** Other words people use for the place: road names, neighbourhoods. */
  areas: Type.Array(Type.String()),
  address: BilingualSchema,
  phone: Type.String({ pattern: '^[0-9+\\-\\s]{3,20}$', description: '3–20 digits, spaces, + or -' }),
  /** Per weekday, opening ranges. */
  hours: closed(hours),
});

export const HotlineSchema = closed({
  name: BilingualSchema,
  phone: Type.String({ minLength: 1 }),
  hours: BilingualSchema,
});

export const ClinicDirectorySchema = closed({
  /** Sample data, not a real district's list (the replies say so). */
  sample: Type.Optional(Type.Boolean()),
  /** For the people who edit the file; never shown to callers. */
  notice: Type.Optional(Type.String()),
  district: BilingualSchema,
  city: BilingualSchema,
  timeZone: Type.String({ minLength: 1, description: 'e.g. "Asia/Shanghai"' }),
  hotlines: Type.Array(HotlineSchema),
  clinics: Type.Array(ClinicSchema, { minItems: 1 }),
});
