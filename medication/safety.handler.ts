import type { HandlerResult, IntentHandler, Lang } from '../conversation/types';
import { catalog } from '../knowledge/medicines/catalog';
import { createPhraseMatcher } from '../knowledge/phrase-matcher';
import { fitReply, pick, unique } from '../knowledge/text';
import { medicinesInTurn } from './medicine-context';

/**
 * medication.safety: the seven points of the Hangzhou expert briefing plus storage, each
 * answerable on its own. Topics the message names come first; with none, a short list to pick from.
 */
const MAX_TOPICS_PER_ANSWER = 2;

const matcher = createPhraseMatcher(
  catalog.safetyTopics.map((t) => ({ id: t.id, phrases: [...t.match.zh, ...t.match.en, t.title.zh, t.title.en] })),
);

/** Topics by how many of their words the message uses; ties keep the briefing's order. */
function rankTopics(text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of matcher.matchAll(text)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const order = catalog.safetyTopics.map((t) => t.id);
  return [...counts.keys()].sort((a, b) => (counts.get(b)! - counts.get(a)!) || order.indexOf(a) - order.indexOf(b));
}

export const safetyHandler: IntentHandler = (ctx) => {
  const topics = rankTopics(ctx.text)
    .slice(0, MAX_TOPICS_PER_ANSWER)
    .map((id) => catalog.safetyTopics.find((t) => t.id === id)!);
  if (topics.length === 0) return overview(ctx.lang);
  const productNotes = medicinesInTurn(ctx)
    .map((m) => catalog.products.get(m))
    .filter((p) => p?.note)
    .map((p) => ({ text: pick(p!.note!, ctx.lang), sources: p!.sources }));
  return {
    text: fitReply(ctx.lang, [...topics.map((t) => pick(t.text, ctx.lang)), ...productNotes.map((n) => n.text)]),
    sources: unique([...topics.flatMap((t) => t.sources), ...productNotes.flatMap((n) => n.sources)]),
  };
};

function overview(lang: Lang): HandlerResult {
  const titles = catalog.safetyTopics.map((t, i) => `${i + 1}. ${pick(t.title, lang)}`);
  return {
    text: fitReply(lang, [
      lang === 'zh' ? '用药安全要点：' : 'Medicine safety, the key points:',
      titles.join(lang === 'zh' ? '；' : '; '),
      lang === 'zh' ? '想了解哪一条？' : 'Which one would you like to hear about?',
    ]),
    choices: catalog.safetyTopics.map((t) => ({ id: t.id, label: pick(t.title, lang), value: pick(t.title, lang) })),
    sources: unique(catalog.safetyTopics.flatMap((t) => t.sources)),
  };
}
