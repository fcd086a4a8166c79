import type { ValueError } from '@sinclair/typebox/errors';
import { CHECKERS } from './checkers.generated';
import type { DataName, DataType } from './registry';

/**
 * Checks a data file against its schema at load. A healthy file costs one call of the compiled
 * check (aot.ts says why it is compiled ahead of time); a broken one gets TypeBox's own error list,
 * the first few paths named so the reviewer can open the file and fix them.
 */
const REPORTED = 5;

export class KnowledgeDataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file} is invalid: ${problems.join('; ')}`);
    this.name = 'KnowledgeDataError';
  }
}

/** The value, typed by its schema; throws KnowledgeDataError naming the file and the wrong paths. */
export function checkData<K extends DataName>(name: K, file: string, value: unknown): DataType<K> {
  if (fitsSchema(name, value)) return value;
  throw new KnowledgeDataError(file, schemaProblems(name, value));
}

export function fitsSchema<K extends DataName>(name: K, value: unknown): value is DataType<K> {
  const check: (value: unknown) => value is DataType<K> = CHECKERS[name];
  return check(value);
}

/** What is wrong with the value, in file order and at most a few (plus how many more); [] when it fits. */
export function schemaProblems(name: DataName, value: unknown): string[] {
  if (fitsSchema(name, value)) return [];
  const errors = explain(name, value);
  const shown = errors.slice(0, REPORTED).map((e) => describe(e, value));
  return errors.length > REPORTED ? [...shown, `and ${errors.length - REPORTED} more`] : shown;
}

/** One wrong place in a file: TypeBox's error, reworded where its wording is not for a reviewer. */
interface Problem {
  path: string;
  value: unknown;
  message: string;
}

/** Loaded only on failure: requiring TypeBox costs more than loading all the data (see aot.ts). */
function explain(name: DataName, value: unknown): Problem[] {
  /* eslint-disable @typescript-eslint/no-require-imports -- deferred on purpose, see above */
  const { TypeCompiler } = require('@sinclair/typebox/compiler') as typeof import('@sinclair/typebox/compiler');
  const { DATA_SCHEMAS } = require('./registry') as typeof import('./registry');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const problems = [...TypeCompiler.Compile(DATA_SCHEMAS[name]).Errors(value)].flatMap(problemsOf);
  // A missing field is reported twice ("required", then "expected string"): once is enough.
  return problems.filter((p, i) => problems.findIndex((o) => o.path === p.path) === i);
}

function problemsOf(error: ValueError): Problem[] {
  const { path, value, schema } = error;
  const options: unknown[] = Array.isArray(schema.anyOf) ? schema.anyOf : [];
  const literals = options.map((o) => (isRecord(o) ? o.const : undefined));
  if (literals.length > 0 && literals.every((l) => typeof l === 'string')) {
    return [{ path, value, message: `expected one of ${literals.join(', ')}` }];
  }
  // Any other union ("a pair rule or a condition rule") fails as a whole; the branch with the
  // fewest errors is the one the author meant, and its errors name the field that is wrong.
  const branches = error.errors.map((iterator) => [...iterator].flatMap(problemsOf));
  if (branches.length > 0) return branches.reduce((best, b) => (b.length < best.length ? b : best));
  const described = typeof schema.description === 'string' ? schema.description : undefined;
  if (described !== undefined && typeof schema.pattern === 'string')
    return [{ path, value, message: `expected ${described}` }];
  const message = error.message.charAt(0).toLowerCase() + error.message.slice(1);
  return [{ path, value, message: described === undefined ? message : `${message} (${described})` }];
}

/** "/clinics/2/hours/mon/0" → 'clinics[2] (id "x"): hours.mon[0] "8:00-17": expected HH:MM-HH:MM'. */
function describe(problem: Problem, root: unknown): string {
  const parts: string[] = [];
  let entry: string | undefined;
  let node = root;
  for (const segment of problem.path.split('/').slice(1).map(unescapePointer)) {
    const isIndex = /^\d+$/.test(segment);
    node = Array.isArray(node) ? node[Number(segment)] : isRecord(node) ? node[segment] : undefined;
    parts.push(isIndex ? `[${segment}]` : `.${segment}`);
    // The outermost entry with an id is what a reviewer searches the file for.
    if (entry === undefined && isIndex && isRecord(node) && typeof node.id === 'string') {
      entry = `${joinPath(parts)} (id "${node.id}")`;
      parts.length = 0;
    }
  }
  const where = [entry, joinPath(parts)].filter(Boolean).join(': ') || '(the whole file)';
  const shown = typeof problem.value === 'string' ? ` "${problem.value}"` : '';
  return `${where}${shown}: ${problem.message}`;
}

const joinPath = (parts: readonly string[]): string => parts.join('').replace(/^\./, '');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
