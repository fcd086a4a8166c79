import type { IntentHandler } from '../conversation/types';
import { homeTopics } from '../knowledge/isolation/catalog';
import { createPhraseMatcher } from '../knowledge/phrase-matcher';
import { fitReply, pick, unique } from '../knowledge/text';

/**
 * isolation.home: how to isolate at home and protect the household. The topic the message names
 * comes first (a bathroom question gets the bathroom answer); the rest fill the reply's budget.
 */
const DEFAULT_TOPICS = ['room', 'masks', 'ventilation', 'vulnerable'];
const MAX_TOPICS_PER_ANSWER = 3;

const matcher = createPhraseMatcher(homeTopics.map((t) => ({ id: t.id, phrases: [...t.match.zh, ...t.match.en] })));

/** Named topics by how often they are named; ties keep the data file's order (most protective first). */
function namedTopics(text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of matcher.matchAll(text)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const order = homeTopics.map((t) => t.id);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || order.indexOf(a) - order.indexOf(b));
}

export const homeHandler: IntentHandler = (ctx) => {
  const named = namedTopics(ctx.text);
  // "怎么隔离" alone names only the generic topic: give the household basics with it.
  const ids = unique([...named, ...(named.length <= 1 ? DEFAULT_TOPICS : [])]).slice(0, MAX_TOPICS_PER_ANSWER);
  const topics = ids.map((id) => homeTopics.find((t) => t.id === id)!).filter(Boolean);
  return {
    text: fitReply(ctx.lang, topics.map((t) => pick(t.text, ctx.lang))),
    sources: unique(topics.flatMap((t) => t.sources)),
  };
};
