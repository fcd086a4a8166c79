/**
 * Features that do not come from the words themselves: domain concepts (lexicon.ts), spelling
 * variants, and patterns such as a ticket number or a temperature reading.
 */
import { isNegatedBefore, splitClauses, type Clause } from './text/clauses';
import { ALIASES, CONCEPTS, type ConceptId } from './lexicon';
import { LOW_SPO2_RE, OK_SPO2_RE, TEMPERATURE_RE, TICKET_RE, expandContractions } from './text/classifier-text';

const HAN_START = /^\p{Script=Han}/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Latin terms match as whole words so "fit" does not fire inside "benefit". */
function latinWordRegExp(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = terms.map((t) => escapeRegExp(expandContractions(t.toLowerCase())));
  return new RegExp(`(?<![a-z])(?:${alternatives.join('|')})(?![a-z])`);
}

interface ConceptMatcher {
  feature: string;
  han: readonly string[];
  latin: RegExp | null;
  /** The same, global, for matchAll (which copies it): compiled once, not per message. */
  latinAll: RegExp | null;
}

function compileConcepts(): ConceptMatcher[] {
  return (Object.keys(CONCEPTS) as ConceptId[]).map((id) => {
    // Terms meet alias-folded text, so they are folded too: the catalog's "ma huang" would
    // otherwise never match, its "ma" being folded to "mother" in the message.
    const terms = CONCEPTS[id].map((t) => applyAliases(t.toLowerCase()));
    const latin = latinWordRegExp(terms.filter((t) => !HAN_START.test(t)));
    return {
      feature: `#${id}`,
      han: terms.filter((t) => HAN_START.test(t)),
      latin,
      latinAll: latin && new RegExp(latin.source, 'g'),
    };
  });
}

const HAN_ALIASES = ALIASES.filter(([from]) => !/^[a-z0-9-]+$/.test(from));
const LATIN_ALIASES = ALIASES.filter(([from]) => /^[a-z0-9-]+$/.test(from)).map(
  ([from, to]) => [new RegExp(`(?<![a-z0-9])${escapeRegExp(from)}(?![a-z0-9])`, 'g'), to] as const,
);

/** Folds known misspellings to their canonical form. Expects normalised (lower-case) text. */
export function applyAliases(text: string): string {
  let out = text;
  for (const [from, to] of HAN_ALIASES) out = out.split(from).join(to);
  for (const [re, to] of LATIN_ALIASES) out = out.replace(re, to);
  return out;
}

const CONCEPT_MATCHERS = compileConcepts();

/**
 * Concepts whose terms are often denied: "没有呼吸困难", "no chest pain". A denied term gives
 * `<feature>_neg` instead of the concept, so "no chest pain, just a runny nose" does not look
 * like an emergency to the model. Same negation scope as the emergency screen (entities/negation).
 */
const NEGATABLE = new Set(['#emerg']);

function occurrences(m: ConceptMatcher, text: string): number[] {
  const starts: number[] = [];
  for (const t of m.han) {
    for (let i = text.indexOf(t); i !== -1; i = text.indexOf(t, i + 1)) starts.push(i);
  }
  if (m.latinAll !== null) {
    for (const hit of text.matchAll(m.latinAll)) starts.push(hit.index ?? 0);
  }
  return starts;
}

function negatedAt(clauses: readonly Clause[], start: number): boolean {
  const clause = clauses.find((c) => start >= c.start && start < c.start + c.text.length);
  return clause !== undefined && isNegatedBefore(clause.text, start - clause.start);
}

/** Concept and pattern features of normalised, alias-folded text. */
export function markerFeatures(text: string): string[] {
  const features: string[] = [];
  let clauses: Clause[] | undefined;
  for (const m of CONCEPT_MATCHERS) {
    if (NEGATABLE.has(m.feature)) {
      const starts = occurrences(m, text);
      if (starts.length === 0) continue;
      clauses ??= splitClauses(text);
      const cl = clauses;
      features.push(starts.every((s) => negatedAt(cl, s)) ? `${m.feature}_neg` : m.feature);
      continue;
    }
    if (m.han.some((t) => text.includes(t)) || (m.latin !== null && m.latin.test(text))) {
      features.push(m.feature);
    }
  }
  if (matches(TICKET_RE, text)) features.push('#ticket');
  if (matches(TEMPERATURE_RE, text)) features.push('#temp');
  if (matches(LOW_SPO2_RE, text)) features.push('#spo2low');
  if (matches(OK_SPO2_RE, text)) features.push('#spo2ok');
  return features;
}

/** `test` on a global regex is stateful (lastIndex); reset so every call starts afresh. */
function matches(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}
