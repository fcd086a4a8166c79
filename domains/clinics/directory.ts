import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fitsSchema, schemaProblems } from '../../knowledge/schema/check';
import type { ClinicDirectory, ClinicDirectoryFile } from '../../knowledge/clinics.types';

/**
 * The clinic directory is data the district operator owns: one JSON file per district, swapped
 * without code changes. It is checked at load against its schema (knowledge/clinics.schema.ts),
 * then for what a schema cannot say, and every error names the entry to fix.
 */
export { WEEKDAYS, CLINIC_TYPES } from '../../knowledge/clinics.types';
export type { Weekday, ClinicType, Clinic, Hotline, ClinicDirectory } from '../../knowledge/clinics.types';

export const DEFAULT_CLINICS_FILE = path.join(__dirname, '..', '..', 'knowledge', 'clinics.json');

export class ClinicDirectoryError extends Error {
  constructor(file: string, problems: string[]) {
    super(`Clinic directory ${file} is invalid: ${problems.join('; ')}`);
    this.name = 'ClinicDirectoryError';
  }
}

/** Unique ids, and every opening range opens before it closes ("18:00-08:00" is two ranges). */
function crossProblems(d: ClinicDirectoryFile): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  d.clinics.forEach((c, i) => {
    const label = `clinics[${i}] (id "${c.id}")`;
    if (seen.has(c.id)) problems.push(`${label}: id is used twice`);
    seen.add(c.id);
    for (const [day, ranges] of Object.entries(c.hours)) {
      for (const r of ranges.filter((range) => range.slice(0, 5) >= range.slice(6))) {
        problems.push(`${label}: hours.${day} "${r}" closes before it opens`);
      }
    }
  });
  return problems;
}

export function validateClinicDirectory(raw: unknown, file: string): ClinicDirectory {
  if (!fitsSchema('clinicDirectory', raw)) throw new ClinicDirectoryError(file, schemaProblems('clinicDirectory', raw));
  const problems = crossProblems(raw);
  if (problems.length > 0) throw new ClinicDirectoryError(file, problems);
  return { ...raw, sample: raw.sample === true };
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
