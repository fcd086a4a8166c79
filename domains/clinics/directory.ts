import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Bilingual } from '../../core/types';

/**
 * The clinic directory is data the district operator owns: one JSON file per district, swapped
 * without code changes. It is validated at load, and every error names the entry to fix.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const CLINIC_TYPES = ['fever-clinic', 'community-health-centre'] as const;
export type ClinicType = (typeof CLINIC_TYPES)[number];

export interface Clinic {
  id: string;
  type: ClinicType;
  name: Bilingual;
  street: Bilingual;
  /** Other words people use for the place: road names, neighbourhoods. */
  areas: string[];
  address: Bilingual;
  phone: string;
  /** Per weekday, opening ranges "HH:MM-HH:MM"; "00:00-24:00" is open all day. */
  hours: Record<Weekday, string[]>;
}

export interface Hotline {
  name: Bilingual;
  phone: string;
  hours: Bilingual;
}

export interface ClinicDirectory {
  sample: boolean;
  district: Bilingual;
  city: Bilingual;
  timeZone: string;
  hotlines: Hotline[];
  clinics: Clinic[];
}

export const DEFAULT_CLINICS_FILE = path.join(__dirname, '..', '..', 'knowledge', 'clinics.json');

export class ClinicDirectoryError extends Error {
  constructor(file: string, problems: string[]) {
    super(`Clinic directory ${file} is invalid: ${problems.join('; ')}`);
    this.name = 'ClinicDirectoryError';
  }
}

const RANGE = /^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

const isBilingual = (v: unknown): v is Bilingual =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Bilingual).zh === 'string' &&
  typeof (v as Bilingual).en === 'string';

function clinicProblems(raw: unknown, index: number, seen: Set<string>): string[] {
  const c = (raw ?? {}) as Partial<Clinic>;
  const label = `clinics[${index}]${typeof c.id === 'string' ? ` (id "${c.id}")` : ''}`;
  const problems: string[] = [];
  if (typeof c.id !== 'string' || c.id === '') problems.push(`${label}: id is missing`);
  else if (seen.has(c.id)) problems.push(`${label}: id is used twice`);
  else seen.add(c.id);
  if (!CLINIC_TYPES.includes(c.type as ClinicType))
    problems.push(`${label}: type must be one of ${CLINIC_TYPES.join(', ')}`);
  for (const field of ['name', 'street', 'address'] as const) {
    if (!isBilingual(c[field])) problems.push(`${label}: ${field} needs zh and en text`);
  }
  if (typeof c.phone !== 'string' || !/^[0-9+\-\s]{3,20}$/.test(c.phone))
    problems.push(`${label}: phone is missing or malformed`);
  if (!Array.isArray(c.areas)) problems.push(`${label}: areas must be a list`);
  for (const day of WEEKDAYS) {
    const ranges = c.hours?.[day];
    if (!Array.isArray(ranges)) problems.push(`${label}: hours.${day} is missing (use [] when closed)`);
    else
      ranges
        .filter((r) => !RANGE.test(r) || r.slice(0, 5) >= r.slice(6))
        .forEach((r) => problems.push(`${label}: hours.${day} "${r}" is not HH:MM-HH:MM`));
  }
  return problems;
}

export function validateClinicDirectory(raw: unknown, file: string): ClinicDirectory {
  const d = (raw ?? {}) as Partial<ClinicDirectory>;
  const problems: string[] = [];
  if (!isBilingual(d.district)) problems.push('district needs zh and en text');
  if (!isBilingual(d.city)) problems.push('city needs zh and en text');
  if (typeof d.timeZone !== 'string') problems.push('timeZone is missing (e.g. "Asia/Shanghai")');
  if (!Array.isArray(d.hotlines) || d.hotlines.some((h) => !isBilingual(h?.name) || typeof h?.phone !== 'string')) {
    problems.push('hotlines must be a list of { name, phone, hours }');
  }
  if (!Array.isArray(d.clinics) || d.clinics.length === 0) problems.push('clinics must be a non-empty list');
  const seen = new Set<string>();
  (Array.isArray(d.clinics) ? d.clinics : []).forEach((c, i) => problems.push(...clinicProblems(c, i, seen)));
  if (problems.length > 0) throw new ClinicDirectoryError(file, problems);
  return { ...(d as ClinicDirectory), sample: d.sample === true };
}

export function loadClinicDirectory(file: string = DEFAULT_CLINICS_FILE): ClinicDirectory {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ClinicDirectoryError(file, [`cannot be read as JSON (${(error as Error).message})`]);
  }
  return validateClinicDirectory(raw, file);
}
