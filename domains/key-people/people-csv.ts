/**
 * The register's CSV (CONTRACT.md: a header row with at least name,phone,community,grade): RFC 4180
 * quoting, UTF-8 with or without a byte-order mark, each row checked; any bad row is reported by its
 * line number and the file imports nothing.
 */
import type { GradingData } from '../../knowledge/key-people/grading';
import type { CommunityDirectory } from '../tickets/communities';
import { checkPerson, PERSON_FIELDS, type CheckedPerson, type PersonField, type PersonInput } from './person-input';

export const REQUIRED_COLUMNS: readonly PersonField[] = ['name', 'phone', 'community', 'grade'];

export type CsvResult = { ok: true; people: CheckedPerson[] } | { ok: false; errors: string[] };

/** Rows of fields with the line each row starts on (a quoted field may span lines). */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.some((f) => f.trim() !== '')) rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else field += ch;
  }
  fields.push(field);
  if (fields.some((f) => f.trim() !== '')) rows.push({ line: rowLine, fields });
  return rows;
}

export function readPeopleCsv(text: string, communities: CommunityDirectory, grading: GradingData): CsvResult {
  const rows = parseCsv(text);
  const header = rows.shift();
  if (!header) return { ok: false, errors: ['line 1: the file is empty (expected a header row)'] };
  const columns = header.fields.map((h) => h.trim().toLowerCase());
  const errors: string[] = [];
  const unknown = columns.filter((c) => !(PERSON_FIELDS as readonly string[]).includes(c));
  if (unknown.length) errors.push(`line ${header.line}: unknown columns ${unknown.join(', ')}`);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) errors.push(`line ${header.line}: missing columns ${missing.join(', ')}`);
  if (errors.length) return { ok: false, errors };
  const people: CheckedPerson[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.fields.length !== columns.length) {
      errors.push(`line ${row.line}: ${row.fields.length} fields, the header has ${columns.length}`);
      continue;
    }
    const input: PersonInput = {};
    columns.forEach((c, i) => (input[c as PersonField] = row.fields[i]));
    const checked = checkPerson(input, communities, grading);
    if (!checked.ok) {
      errors.push(...checked.errors.map((e) => `line ${row.line}: ${e}`));
      continue;
    }
    const earlier = seen.get(checked.person.fields.phone);
    if (earlier) errors.push(`line ${row.line}: phone is also on line ${earlier}`);
    seen.set(checked.person.fields.phone, row.line);
    people.push(checked.person);
  }
  return errors.length ? { ok: false, errors } : { ok: true, people };
}
