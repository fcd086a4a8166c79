/**
 * Dictionary matching for short messages in Chinese and English: a character trie built once,
 * longest match wins at each position (泰诺林 before 泰诺), and English phrases only match
 * whole words ("aleve" is not found inside "alleviate").
 */
export interface PhraseMatch<T extends string = string> {
  id: T;
  start: number;
  end: number;
}

export interface PhraseMatcher<T extends string = string> {
  /** Non-overlapping matches in order of appearance, on the normalised text. */
  matchAll(text: string): PhraseMatch<T>[];
  /** Ids in order of first appearance. */
  ids(text: string): T[];
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  id?: T;
}

const WORD_CHAR = /[a-z0-9]/;

/** NFKC folds full-width letters and digits (ＩＢＵ, ３８) into ASCII; case and spacing are ignored. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

export function createPhraseMatcher<T extends string>(
  entries: Iterable<{ id: T; phrases: Iterable<string> }>,
): PhraseMatcher<T> {
  const root: TrieNode<T> = { next: new Map() };
  for (const { id, phrases } of entries) {
    for (const phrase of phrases) insert(root, normalizeText(phrase).trim(), id);
  }
  const matchAll = (text: string): PhraseMatch<T>[] => scan(root, normalizeText(text));
  return {
    matchAll,
    ids: (text) => [...new Set(matchAll(text).map((m) => m.id))],
  };
}

function insert<T>(root: TrieNode<T>, phrase: string, id: T): void {
  if (!phrase) return;
  let node = root;
  for (const ch of phrase) {
    let child = node.next.get(ch);
    if (!child) {
      child = { next: new Map() };
      node.next.set(ch, child);
    }
    node = child;
  }
  // The first entry to claim a phrase keeps it, so data order decides ties deterministically.
  node.id ??= id;
}

function scan<T extends string>(root: TrieNode<T>, text: string): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  let i = 0;
  while (i < text.length) {
    const found = longestAt(root, text, i);
    if (found) {
      matches.push({ id: found.id, start: i, end: found.end });
      i = found.end;
    } else {
      i += 1;
    }
  }
  return matches;
}

function longestAt<T extends string>(
  root: TrieNode<T>,
  text: string,
  start: number,
): { id: T; end: number } | undefined {
  if (WORD_CHAR.test(text[start]) && start > 0 && WORD_CHAR.test(text[start - 1])) return undefined;
  let node: TrieNode<T> | undefined = root;
  let best: { id: T; end: number } | undefined;
  for (let i = start; i < text.length && node; i += 1) {
    node = node.next.get(text[i]);
    if (node?.id === undefined) continue;
    const endsMidWord = WORD_CHAR.test(text[i]) && i + 1 < text.length && WORD_CHAR.test(text[i + 1]);
    if (!endsMidWord) best = { id: node.id, end: i + 1 };
  }
  return best;
}
