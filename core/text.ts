import type { Bilingual, Lang } from './types';

/**
 * Replies are read on SMS or spoken to older callers, so every answer has a hard length budget.
 * Parts are given most-important-first; what does not fit is dropped, never cut mid-sentence.
 */
export const REPLY_LIMITS: Record<Lang, number> = { zh: 400, en: 700 };

const SEPARATOR = '\n';

export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/** Keeps parts in order while they fit; `closing` (e.g. "when to get care") is always kept. */
export function fitReply(lang: Lang, parts: Array<string | undefined>, closing?: string): string {
  const limit = REPLY_LIMITS[lang] - (closing ? closing.length + SEPARATOR.length : 0);
  const kept: string[] = [];
  let used = 0;
  for (const part of parts) {
    if (!part) continue;
    const cost = part.length + (kept.length > 0 ? SEPARATOR.length : 0);
    if (used + cost > limit) continue;
    kept.push(part);
    used += cost;
  }
  if (closing) kept.push(closing);
  return kept.join(SEPARATOR);
}

/** "A、B和C" / "A, B and C". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1).join(lang === 'zh' ? '、' : ', ');
  return `${head}${lang === 'zh' ? '和' : ' and '}${items[items.length - 1]}`;
}

/** Removes duplicates, keeping first occurrences in order. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}
