/**
 * The grading table and the weekly contacts of key people (grading.json), checked when it loads: every
 * row names a grade and a source that exists, every condition a row names is in the vocabulary.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GRADES, type Grade } from '../../core/key-people';
import { SOURCES } from '../sources';

export interface GradingWhen {
  minAge?: number;
  maxAge?: number;
  disease?: 'none' | 'stable' | 'unstable';
  vaccinated?: boolean;
  anyCondition?: string[];
  anyFlag?: string[];
}

export interface GradingRow {
  id: string;
  grade: Grade;
  when: GradingWhen;
  sources: string[];
  note?: string;
}

export interface ConditionEntry {
  id: string;
  zh: string;
  en: string;
  chronic: boolean;
  /** The condition id of knowledge/medicines/conditions.json the medicine answers know it by. */
  medicine?: string;
  /** The word the emergency screen knows the treatment by (its key-condition lexicon). */
  screen?: string;
}

export interface GradingData {
  rows: GradingRow[];
  floors: GradingRow[];
  conditions: ConditionEntry[];
  contactsPerWeek: Record<Grade, number>;
  contactsSources: string[];
}

export const GRADING_FILE = path.join(__dirname, 'grading.json');

export function checkGrading(raw: unknown, file = GRADING_FILE): GradingData {
  const data = raw as GradingData;
  const problems: string[] = [];
  const known = new Set(Object.keys(SOURCES));
  const conditionIds = new Set((data.conditions ?? []).map((c) => c.id));
  for (const row of [...(data.rows ?? []), ...(data.floors ?? [])]) {
    if (!(GRADES as readonly string[]).includes(row.grade)) problems.push(`${row.id}: grade "${row.grade}"`);
    if (!row.sources?.length) problems.push(`${row.id}: no source`);
    for (const s of row.sources ?? []) if (!known.has(s)) problems.push(`${row.id}: unknown source "${s}"`);
    for (const c of row.when.anyCondition ?? []) if (!conditionIds.has(c)) problems.push(`${row.id}: condition "${c}"`);
  }
  for (const g of GRADES)
    if (!Number.isInteger(data.contactsPerWeek?.[g])) problems.push(`contactsPerWeek.${g} is not a whole number`);
  for (const s of data.contactsSources ?? []) if (!known.has(s)) problems.push(`contactsSources: unknown "${s}"`);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return data;
}

export const gradingData: GradingData = checkGrading(JSON.parse(readFileSync(GRADING_FILE, 'utf8')));
