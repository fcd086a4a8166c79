import type { IntentHandler } from '../../core/types';
import { findSituation } from './situation';
import { homeTopics } from '../../knowledge/isolation/catalog';
import { createPhraseMatcher, normalizeText } from '../../nlp/text/phrase-matcher';
import { careClosing, careSources } from '../../knowledge/red-flags/care';
import { fitReply, pick, unique } from '../../core/text';

/**
 * isolation.home: how to isolate at home and protect the household. The topic the message names
 * comes first (a bathroom question gets the bathroom answer); the rest fill the reply's budget.
 * A situation (a close contact, visiting an older relative, working while positive) is answered as
 * the release question it is, with the person's own date.
 */
const DEFAULT_TOPICS = ['room', 'masks', 'ventilation', 'vulnerable'];
const MAX_TOPICS_PER_ANSWER = 3;
/**
 * Words that say "home isolation" in general: almost every question has them ("在家隔离要戴口罩吗"),
 * so they count for the separate-room topic only when nothing more specific is named.
 */
const GENERIC = 'generic';
const GENERIC_PHRASES = new Set(['隔离', '怎么隔离', 'isolate', 'isolating', 'isolation']);
/** Topics about someone at risk whose text does not itself say when to call 120. */
const CARE_TOPICS = new Set(['vulnerable']);

const matcher = createPhraseMatcher(
  homeTopics.flatMap((t) => {
    const phrases = [...t.match.zh, ...t.match.en];
    const generic = phrases.filter((p) => GENERIC_PHRASES.has(normalizeText(p)));
    const specific = phrases.filter((p) => !GENERIC_PHRASES.has(normalizeText(p)));
    return [{ id: t.id, phrases: specific }, ...(generic.length ? [{ id: GENERIC, phrases: generic }] : [])];
  }),
);

/** Named topics by how often they are named; ties keep the data file's order (most protective first). */
function namedTopics(text: string): { named: string[]; generic: boolean } {
  const counts = new Map<string, number>();
  let generic = false;
  for (const m of matcher.matchAll(text)) {
    if (m.id === GENERIC) generic = true;
    else counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  }
  const order = homeTopics.map((t) => t.id);
  const named = [...counts.keys()].sort(
    (a, b) => counts.get(b)! - counts.get(a)! || order.indexOf(a) - order.indexOf(b),
  );
  return { named, generic };
}

export function createHomeHandler(release: IntentHandler): IntentHandler {
  return (ctx) => (findSituation(ctx.text) ? release(ctx) : homeAnswer(ctx));
}

const homeAnswer: IntentHandler = (ctx) => {
  const { named } = namedTopics(ctx.text);
  // "怎么隔离" alone names no specific topic: give the household basics.
  const ids = unique([...named, ...(named.length <= 1 ? DEFAULT_TOPICS : [])]).slice(0, MAX_TOPICS_PER_ANSWER);
  const topics = ids.map((id) => homeTopics.find((t) => t.id === id)!).filter(Boolean);
  const closing = topics.some((t) => CARE_TOPICS.has(t.id));
  return {
    text: fitReply(
      ctx.lang,
      topics.map((t) => pick(t.text, ctx.lang)),
      closing ? careClosing(ctx.lang, ctx.emergencyNumber) : undefined,
    ),
    sources: unique([...topics.flatMap((t) => t.sources), ...(closing ? careSources() : [])]),
  };
};
