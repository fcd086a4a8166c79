/**
 * Every phrase of the red-flag lexicon compiled once into two indexes: a character trie for Chinese
 * and a trie over stemmed English words. A lookup returns every phrase that occurs, with its offsets,
 * so a sign can be composed from a body site and a finding wherever they stand in the clause.
 */
import { readDialect } from '../nlp/text/dialect';
import { normalizeEnglish, tokenizeEnglish } from '../nlp/text/english';

/** What a phrase stands for: an atom (site.chest) or a sign's own phrase (sign:chest.pain), or a block. */
export interface PhraseRef {
  kind: 'atom' | 'sign' | 'block' | 'unless';
  id: string;
}

export interface PhraseHit extends PhraseRef {
  /** Offsets in the text searched. */
  start: number;
  end: number;
  /** Word index (English) or character index (Chinese) of the first unit, for gaps. */
  unitStart: number;
  unitEnd: number;
  lang: 'zh' | 'en';
}

interface Node {
  next: Map<string, Node>;
  refs?: PhraseRef[];
}

function add(root: Node, units: readonly string[], ref: PhraseRef): void {
  let node = root;
  for (const u of units) {
    let next = node.next.get(u);
    if (!next) {
      next = { next: new Map() };
      node.next.set(u, next);
    }
    node = next;
  }
  (node.refs ??= []).push(ref);
}

const HAN = /\p{Script=Han}/u;

/**
 * Who the words are about is read elsewhere (the person atoms, facts): inside a phrase "my", "his",
 * "her" and "their" are one unit, as are "him", "her", "them" and "me", so a lexicon phrase written for
 * one person ("can not get his words out") reads for every other ("can't get my words out").
 */
const PERSON_WORDS = new Set(['my', 'his', 'her', 'their', 'your', 'our', 'him', 'them', 'me', 'us']);
const PERSON_UNIT = '\u0000person';
const unitOf = (stem: string) => (PERSON_WORDS.has(stem) ? PERSON_UNIT : stem);

export class PhraseIndex {
  private readonly zh: Node = { next: new Map() };
  private readonly en: Node = { next: new Map() };

  addZh(phrase: string, ref: PhraseRef): void {
    add(this.zh, [...readDialect(phrase.normalize('NFKC').toLowerCase())], ref);
  }

  addEn(phrase: string, ref: PhraseRef): void {
    const tokens = tokenizeEnglish(normalizeEnglish(phrase.normalize('NFKC').toLowerCase()));
    if (tokens.length)
      add(
        this.en,
        tokens.map((t) => unitOf(t.stem)),
        ref,
      );
  }

  /** Phrases written in Latin letters inside Chinese lexicon lists (copd, bb) are matched as words. */
  add(phrase: string, lang: 'zh' | 'en', ref: PhraseRef): void {
    if (lang === 'zh' && HAN.test(phrase)) this.addZh(phrase, ref);
    else this.addEn(phrase, ref);
  }

  /**
   * Blocks that read as one of their own sign's phrases once stemmed ("stroking" is "stroke") would
   * silence the sign everywhere: a lexicon error, reported at start-up.
   */
  selfBlocking(): string[] {
    const problems: string[] = [];
    const walk = (node: Node, path: string[]) => {
      const refs = node.refs ?? [];
      for (const block of refs.filter((r) => r.kind === 'block')) {
        if (refs.some((r) => r.kind === 'sign' && r.id === block.id))
          problems.push(`"${path.join(' ')}" is both a phrase and a block of ${block.id}`);
      }
      for (const [unit, next] of node.next) walk(next, [...path, unit]);
    };
    walk(this.zh, []);
    walk(this.en, []);
    return problems;
  }

  /** Every phrase in `text` (normalised, lower case), Chinese and English alike: texts mix. */
  find(text: string): PhraseHit[] {
    return [...this.findZh(text), ...this.findEn(text)];
  }

  private findZh(text: string): PhraseHit[] {
    const hits: PhraseHit[] = [];
    const chars = [...text];
    // Offsets in UTF-16 units for each character index.
    const offsets: number[] = [];
    let o = 0;
    for (const ch of chars) {
      offsets.push(o);
      o += ch.length;
    }
    offsets.push(o);
    for (let i = 0; i < chars.length; i++) {
      if (!HAN.test(chars[i])) continue;
      let node: Node | undefined = this.zh;
      for (let j = i; j < chars.length && node; j++) {
        node = node.next.get(chars[j]);
        if (node?.refs) {
          for (const ref of node.refs) {
            hits.push({ ...ref, start: offsets[i], end: offsets[j + 1], unitStart: i, unitEnd: j + 1, lang: 'zh' });
          }
        }
      }
    }
    return hits;
  }

  private findEn(text: string): PhraseHit[] {
    if (!/[a-z]/.test(text)) return [];
    const tokens = tokenizeEnglish(text);
    const hits: PhraseHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let node: Node | undefined = this.en;
      for (let j = i; j < tokens.length && node; j++) {
        node = node.next.get(unitOf(tokens[j].stem));
        if (node?.refs) {
          for (const ref of node.refs) {
            hits.push({ ...ref, start: tokens[i].start, end: tokens[j].end, unitStart: i, unitEnd: j + 1, lang: 'en' });
          }
        }
      }
    }
    return hits;
  }
}
