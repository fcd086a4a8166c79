import { situations, type Situation } from '../../knowledge/isolation/catalog';
import { createPhraseMatcher } from '../../nlp/text/phrase-matcher';

/**
 * Which of the situations in knowledge/isolation/situations.json a message names: a close contact,
 * visiting an older relative, working while positive. The file's order decides between two.
 */
const matcher = createPhraseMatcher(situations.map((s) => ({ id: s.id, phrases: [...s.match.zh, ...s.match.en] })));

export function findSituation(text: string): Situation | undefined {
  const named = new Set(matcher.matchAll(text).map((m) => m.id));
  return situations.find((s) => named.has(s.id));
}
