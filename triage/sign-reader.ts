/**
 * Reads the red-flag signs in a message: each sign from its own phrases, or composed inside one clause
 * from a body site and a finding (胸口 … 剧烈地疼, "tightness in her chest"), and for each occurrence
 * whether it is said of the person now (asserted), denied, over, past, checked and found fine, or only
 * asked about. Qualifiers (how bad, since when, at rest or on exertion) are read alongside.
 */
import type { RedFlagKnowledge, SignDefinition } from '../knowledge/red-flags';
import { type AnalyzedClause, analyzeClauses } from './assertion';
import { assertionOf, type SignStatus } from './sign-status';
import { isNegatedBefore } from '../nlp/text/clauses';
import { PhraseIndex, type PhraseHit } from './phrase-index';

export type { SignStatus } from './sign-status';

export interface SignOccurrence {
  sign: string;
  clause: number;
  start: number;
  end: number;
  /** For a sign composed of two parts, the text between them ("胸口不疼": 不). */
  between?: [number, number];
  /** For a sign composed of two parts, where the second starts: a negation right before it denies it. */
  second?: number;
  status: SignStatus;
}

export interface MessageReading {
  text: string;
  clauses: readonly AnalyzedClause[];
  signs: ReadonlyMap<string, readonly SignOccurrence[]>;
  /** Qualifiers, persons and triggers said in a statement anywhere in the message. */
  atoms: ReadonlySet<string>;
  /** The same, per clause. */
  clauseAtoms: readonly ReadonlySet<string>[];
}

interface Part {
  start: number;
  end: number;
  between?: [number, number];
  second?: number;
  /** Found by its own phrase rather than composed: exact, so preferred where both overlap. */
  phrase?: boolean;
}

const DEFAULT_GAP = { zh: 6, en: 5 } as const;
const NOW_WORDS = /现在|又|还在|仍然|\b(?:now|again|still)\b/;

/** Signs of who the person is or what they take: "over" words after them still speak of the symptom before. */
const CONTEXT_SIGNS = new Set([
  'postpartum',
  'dialysis.missed',
  'asthma.attack',
  'asthma.relieved',
  'chronic.disease',
  'key.condition',
  'anticoagulant',
  'infection',
  'fall',
]);
/** Events that open a period the person is in now (the weeks after a birth, the days after a missed dialysis). */
const PERIOD_SIGNS = new Set(['postpartum', 'dialysis.missed']);
/** Standing facts about the person: "seems herself" later is about how she is, not the chemo she is on. */
const STANDING_SIGNS = new Set(['chronic.disease', 'key.condition', 'anticoagulant', 'postpartum']);

export class SignReader {
  private readonly index = new PhraseIndex();

  constructor(private readonly knowledge: RedFlagKnowledge) {
    for (const atom of knowledge.atoms.values()) {
      for (const p of atom.zh) this.index.add(p, 'zh', { kind: 'atom', id: atom.id });
      for (const p of atom.en) this.index.add(p, 'en', { kind: 'atom', id: atom.id });
    }
    for (const sign of knowledge.signs.values()) {
      for (const p of sign.phrases.zh) this.index.add(p, 'zh', { kind: 'sign', id: sign.id });
      for (const p of sign.phrases.en) this.index.add(p, 'en', { kind: 'sign', id: sign.id });
      for (const p of sign.block?.zh ?? []) this.index.add(p, 'zh', { kind: 'block', id: sign.id });
      for (const p of sign.block?.en ?? []) this.index.add(p, 'en', { kind: 'block', id: sign.id });
      for (const p of sign.unless?.zh ?? []) this.index.add(p, 'zh', { kind: 'unless', id: sign.id });
      for (const p of sign.unless?.en ?? []) this.index.add(p, 'en', { kind: 'unless', id: sign.id });
    }
    const problems = this.index.selfBlocking();
    if (problems.length) throw new Error(`red-flag lexicon: ${problems.join('; ')}`);
  }

  /** @param text the message as readMessage() gives it */
  read(text: string): MessageReading {
    const clauses = analyzeClauses(text);
    const clauseOf = (offset: number) => {
      let i = 0;
      while (i + 1 < clauses.length && clauses[i + 1].start <= offset) i++;
      return i;
    };
    const hits = this.index.find(text);
    const byId = new Map<string, PhraseHit[]>();
    for (const h of hits) byId.set(h.id, [...(byId.get(h.id) ?? []), h]);
    const occurrences: SignOccurrence[] = [];
    for (const sign of this.signsIn(byId)) {
      for (const part of this.occurrencesOf(sign, byId.get(sign.id) ?? [], byId, hits, text)) {
        occurrences.push({ sign: sign.id, clause: clauseOf(part.start), ...part, status: 'asserted' });
      }
    }
    // A finding said without its own body site belongs to the site said before it in the clause: "fingers
    // go blue" is the hands, not the lips (central cyanosis is lips, tongue or face); "眼睛里有好多红血丝"
    // is red eyes, not blood-streaked phlegm.
    for (let i = occurrences.length - 1; i >= 0; i--) {
      const occ = occurrences[i];
      const elsewhere = SITE_ELSEWHERE[occ.sign];
      if (!elsewhere) continue;
      const sitesUpTo = (ids: readonly string[]) =>
        hits.some(
          (h) => h.kind === 'atom' && ids.includes(h.id) && h.end <= occ.end && clauseOf(h.start) === occ.clause,
        );
      if (sitesUpTo(elsewhere.own)) continue;
      if (sitesUpTo(elsewhere.other)) occurrences.splice(i, 1);
    }
    occurrences.sort((a, b) => a.start - b.start);
    // "Fine at rest", "坐下歇会儿就好了" say when it goes, not that it has gone.
    const notOver = hits.filter((h) => h.kind === 'atom' && h.id === 'q.fine_at_rest');
    const heads = listHeads(text, occurrences);
    for (const occ of occurrences) {
      // Signs listed together ("心慌胸闷…现在好了") are over together: "over" is read after the whole list.
      const head = heads.get(occ) ?? occ;
      const runEnd = Math.max(occ.end, ...occurrences.filter((o) => (heads.get(o) ?? o) === head).map((o) => o.end));
      const next = occurrences.find(
        (o) => o.start >= runEnd && o.sign !== occ.sign && !CONTEXT_SIGNS.has(o.sign) && (heads.get(o) ?? o) !== head,
      );
      occ.status = assertionOf({
        text,
        clauses,
        occ,
        head: heads.get(occ),
        nextStart: next?.start,
        notOver,
        standing: STANDING_SIGNS.has(occ.sign),
      });
    }
    // Giving birth last week, dialysis missed on Monday: said in the past, they are what the person is in now.
    for (const occ of occurrences) if (PERIOD_SIGNS.has(occ.sign) && occ.status === 'past') occ.status = 'asserted';
    // The same sign named again just after, as what it was ("前天抽了一次，高热惊厥，…说没事"), is that same event.
    for (const occ of occurrences) {
      if (occ.status !== 'asserted') continue;
      const earlier = occurrences.find(
        (o) =>
          o.sign === occ.sign &&
          o.end <= occ.start &&
          occ.clause - o.clause <= 1 &&
          ['past', 'cleared', 'resolved'].includes(o.status),
      );
      if (earlier && !NOW_WORDS.test(clauses[occ.clause].text)) occ.status = earlier.status;
    }
    const signs = new Map<string, SignOccurrence[]>();
    for (const occ of occurrences) signs.set(occ.sign, [...(signs.get(occ.sign) ?? []), occ]);
    const clauseAtoms = clauses.map(() => new Set<string>());
    const qualifiers = hits.filter((h) => h.kind === 'atom' && !h.id.startsWith('site.') && !h.id.startsWith('find.'));
    for (const h of qualifiers) {
      // "A little" inside a longer qualifier ("一点" in "一点用都没有", not relieved at all) is not mildness.
      if (h.id === 'q.mild' && qualifiers.some((o) => o.id !== h.id && covers(o, h, true))) continue;
      const ci = clauseOf(h.start);
      const clause = clauses[ci];
      if (clause.kind === 'conditional' || clause.kind === 'question') continue;
      // "not getting worse", "没有越来越重": a denied qualifier is not said.
      if (isNegatedBefore(clause.text, h.start - clause.start)) continue;
      clauseAtoms[ci].add(h.id);
    }
    // "Resting I'm fine", "坐着的时候人挺好": at rest and fine in one clause, in either order, says what
    // "fine at rest" says — when no sign is said in that clause ("坐着也喘" is the opposite).
    clauseAtoms.forEach((atoms, ci) => {
      if (!atoms.has('q.at_rest') || !FINE_WORDS.test(clauses[ci].text)) return;
      if (occurrences.some((o) => o.clause === ci && o.status === 'asserted')) return;
      atoms.add('q.fine_at_rest');
    });
    return { text, clauses, signs, atoms: new Set(clauseAtoms.flatMap((x) => [...x])), clauseAtoms };
  }

  /** Signs with a phrase of their own in the message, or an atom they are composed of. */
  private signsIn(byId: ReadonlyMap<string, readonly PhraseHit[]>): SignDefinition[] {
    return [...this.knowledge.signs.values()].filter(
      (sign) =>
        byId.get(sign.id)?.some((h) => h.kind === 'sign') ||
        sign.compose?.some((c) => c.site.some((id) => byId.has(id)) && c.finding.some((id) => byId.has(id))),
    );
  }

  private occurrencesOf(
    sign: SignDefinition,
    own: readonly PhraseHit[],
    byId: ReadonlyMap<string, readonly PhraseHit[]>,
    hits: readonly PhraseHit[],
    text: string,
  ): Part[] {
    // "does not fade when pressed" is not the "fades when pressed" that rules a rash out: an exception
    // denied right before it does not apply.
    const applies = (h: PhraseHit) => !DENIED_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start));
    if (own.some((h) => h.kind === 'unless' && applies(h))) return [];
    // A block inside a longer phrase of the sign itself gives way to it ("does not fade when pressed"
    // holds the block "fades when pressed").
    const inside = (b: PhraseHit) => own.some((h) => h.kind === 'sign' && covers(h, b, true));
    const blocks = own.filter((h) => h.kind === 'block' && !inside(h));
    const blocked = (p: Part) => blocks.some((b) => b.start < p.end && p.start < b.end);
    const found: Part[] = own.filter((h) => h.kind === 'sign').map(({ start, end }) => ({ start, end, phrase: true }));
    // A disease's name is not a body site or a finding: 压 and 心脏 inside "高血压和心脏病" compose nothing.
    const names = hits.filter((h) => h.kind === 'sign' && NAMES_NOT_SYMPTOMS.has(h.id));
    const inName = (a: PhraseHit) => names.some((n) => covers(n, a));
    const atoms = (ids: readonly string[]) =>
      ids.flatMap((id) => (byId.get(id) ?? []).filter((h) => h.kind === 'atom' && !inName(h)));
    for (const c of sign.compose ?? []) {
      const sites = atoms(c.site);
      if (!sites.length) continue;
      const findings = atoms(c.finding);
      for (const s of sites) {
        for (const f of findings) {
          if (s.lang !== f.lang || overlaps(s, f)) continue;
          const siteFirst = s.end <= f.start;
          if ((c.order === 'site-first' && !siteFirst) || (c.order === 'finding-first' && siteFirst)) continue;
          const [a, b] = siteFirst ? [s, f] : [f, s];
          const gap = c.gap ?? DEFAULT_GAP[s.lang];
          const units = unitsBetween(text, a, b);
          // A body site said first as the topic, then what it does in short phrases after pauses
          // ("胸口左边那一块 一阵一阵的 特别闷 特别痛"): the findings that follow are the site's, up to
          // about twice as far, while no other body site is named between (where it spreads to is not another).
          const topic =
            siteFirst &&
            s.lang === 'zh' &&
            units <= gap * 2 + 4 &&
            /\s/.test(text.slice(a.end, b.start)) &&
            !hits.some(
              (h) =>
                h.kind === 'atom' &&
                h.id.startsWith('site.') &&
                h.id !== 'site.radiation' && // 左边, 后背: where the same complaint is, or spreads to
                h.start >= a.end &&
                h.end <= b.start,
            );
          if (units > gap && !topic) continue;
          // Words between may include spaces (speech-to-text uses them for commas), not a full stop or "but".
          if (HARD_BOUNDARY.test(text.slice(a.end, b.start))) continue;
          // The finding said first belongs to what came before a pause: "手指发紫 嘴唇不紫" is not purple lips.
          if (!siteFirst && s.lang === 'zh' && /\s/.test(text.slice(a.end, b.start))) continue;
          // A word between that belongs to another phrase ("站不稳" between 站 and 往一边倒) is not a negation.
          const inside = hits.some(
            (h) => h !== a && h !== b && h.start < b.start && h.end > a.end && h.kind !== 'atom',
          );
          // A finding that is itself an absence ("have not felt" + "him kick") says the sign; its own
          // negation word does not deny the other part.
          if (ABSENCE_FINDINGS.has(f.id)) {
            found.push({ start: a.start, end: b.end });
            continue;
          }
          found.push({
            start: a.start,
            end: b.end,
            second: b.start,
            ...(inside ? {} : { between: [a.end, b.start] as [number, number] }),
          });
        }
      }
    }
    return dedupe(found.filter((p) => !blocked(p)));
  }
}

/** A negation right before an exception or a block ("does not | fade when pressed", "不|会褪色"). */
const DENIED_BEFORE = /(?:\b(?:not|never|no)\s*|[不没]|不太)$/;

/** Signs that name a condition or a treatment, not a symptom; the rule engine's NOT_SYMPTOMS start from these. */
export const NAMES_NOT_SYMPTOMS: ReadonlySet<string> = new Set(['chronic.disease', 'key.condition', 'anticoagulant']);

/**
 * Signs whose finding, said at another body site, is not the sign: `own` sites keep it, an `other`
 * site before it in the clause takes it.
 */
const SITE_ELSEWHERE: Readonly<Record<string, { own: readonly string[]; other: readonly string[] }>> = {
  // NHS: central cyanosis is blue or grey lips, tongue or face.
  'cyanosis.central': { own: ['site.lips', 'site.tongue', 'site.face'], other: ['site.extremity'] },
  'bleeding.streaks': { own: [], other: ['site.eye'] },
};

/** Words saying the person is well: with "at rest" in the same clause, fine at rest. */
const FINE_WORDS = /没事|还好|挺好|正常|好好的|\b(?:fine|ok|okay|alright|all right|normal|good)\b/;

/** Findings that are an absence in their own words (atoms.json): composed, they assert the sign. */
const ABSENCE_FINDINGS: ReadonlySet<string> = new Set(['find.unfelt']);

const HARD_BOUNDARY = /[,，。.!！?？;；\n]|但|可是|不过|就是|只是|\bbut\b|\bthough\b/;

/** An amount said between the parts ("coughed up 120 mls of blood", "咳出两百毫升的血") is not distance. */
const AMOUNT_BETWEEN =
  /(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*(?:ml|mls|millilit(?:re|er)s?|毫升|cc)(?![a-z])\s*(?:of\b|的)?/g;

/** Characters (Chinese) or words (English) between two hits, an amount not counted. */
function unitsBetween(text: string, a: PhraseHit, b: PhraseHit): number {
  const gap = text.slice(a.end, b.start).replace(AMOUNT_BETWEEN, ' ');
  if (a.lang === 'zh') return [...gap.replace(/\s+/g, '')].length;
  return gap.split(/\s+/).filter(Boolean).length;
}

type Span = { start: number; end: number };

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** `outer` holds all of `inner`; `longer`: and is the longer of the two. */
function covers(outer: Span, inner: Span, longer = false): boolean {
  return (
    outer.start <= inner.start &&
    outer.end >= inner.end &&
    (!longer || outer.end - outer.start > inner.end - inner.start)
  );
}

/** One occurrence per place: its own phrase before a composition, then the widest. */
function dedupe(parts: Part[]): Part[] {
  const sorted = [...parts].sort(
    (a, b) => Number(b.phrase ?? false) - Number(a.phrase ?? false) || b.end - b.start - (a.end - a.start),
  );
  const kept: Part[] = [];
  for (const p of sorted) if (!kept.some((k) => overlaps(k, p))) kept.push(p);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Signs listed one after another ("没有发烧咳嗽气短", "no fever, cough or breathlessness") share the
 * negation of the first: each occurrence maps to the first of its run.
 */
const LIST_JOIN = /^(?:\s|、|,|，|和|或|或者|及|以及|与|跟|也|也没有?|and|or|nor|no|any)*$/;

function listHeads(text: string, occurrences: readonly SignOccurrence[]): Map<SignOccurrence, SignOccurrence> {
  const heads = new Map<SignOccurrence, SignOccurrence>();
  const byClause = new Map<number, SignOccurrence[]>();
  for (const o of occurrences) byClause.set(o.clause, [...(byClause.get(o.clause) ?? []), o]);
  for (const list of byClause.values()) {
    let head: SignOccurrence | undefined;
    let prevEnd = -1;
    for (const o of [...list].sort((a, b) => a.start - b.start)) {
      if (head && o.start >= prevEnd && LIST_JOIN.test(text.slice(prevEnd, o.start)))
        heads.set(o, heads.get(head) ?? head);
      else if (!head || o.start >= prevEnd) head = o;
      prevEnd = Math.max(prevEnd, o.end);
    }
  }
  return heads;
}
