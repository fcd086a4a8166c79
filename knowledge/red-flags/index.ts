/**
 * The red-flag knowledge: loaded once, checked against its schema and against itself (every sign,
 * atom, tip and source a rule names exists), so a bad edit stops the service at start-up, naming it.
 */
import { checkData } from '../schema/check';
import type { DataName } from '../schema/registry';
import { getSource } from '../sources';
import atomsJson from './atoms.json';
import rulesJson from './rules.json';
import signsJson from './signs.json';
import tipsJson from './tips.json';
import questionsJson from './questions.json';
import careJson from './care.json';
import type { Atom, CareFile, Condition, RedFlagQuestion, RedFlagRule, SignDefinition, Tip } from './schema';

export * from './schema';

export class RedFlagDataError extends Error {
  constructor(file: string, problems: string[]) {
    super(`knowledge/red-flags/${file} is invalid: ${problems.slice(0, 5).join('; ')}`);
    this.name = 'RedFlagDataError';
  }
}

/** The schema check of knowledge/schema; its error names the file and the wrong paths. */
function checked<T>(file: string, name: DataName, data: unknown): T {
  return checkData(name, `knowledge/red-flags/${file}`, data) as T;
}

export interface RedFlagKnowledge {
  atoms: ReadonlyMap<string, Atom>;
  signs: ReadonlyMap<string, SignDefinition>;
  rules: readonly RedFlagRule[];
  tips: ReadonlyMap<string, Tip>;
  commonTip: { zh: string; en: string };
  /** What to ask when an emergency is possible but not confirmed. */
  questions: readonly RedFlagQuestion[];
  /** Which rules the "when to get care" lines name (care.json). */
  care: CareFile;
  /** Real words that sound like a lexicon phrase but must never be read as one. */
  soundAlikeExceptions: readonly string[];
  /** Two-character words that may be read from a sound-alike (others are too often real words). */
  soundAlikeShortWords: readonly string[];
  /** Words for vital signs, read from a sound-alike with nothing in common when a number follows. */
  soundAlikeVitalWords: readonly string[];
}

function conditionRefs(c: Condition, out: { signs: string[]; qualifiers: string[]; triggers: string[] }): void {
  if ('sign' in c) {
    out.signs.push(c.sign);
    out.qualifiers.push(...(c.withNear ?? []), ...(c.withoutNear ?? []));
  } else if ('qualifier' in c) out.qualifiers.push(c.qualifier);
  else if ('trigger' in c) {
    if (c.trigger !== 'any') out.triggers.push(c.trigger);
  } else if ('all' in c) c.all.forEach((x) => conditionRefs(x, out));
  else if ('any' in c) c.any.forEach((x) => conditionRefs(x, out));
  else if ('not' in c) conditionRefs(c.not, out);
}

/** Cross-references the schema cannot see. */
export function validateRedFlags(k: RedFlagKnowledge): string[] {
  const problems: string[] = [];
  for (const sign of k.signs.values()) {
    for (const c of sign.compose ?? []) {
      for (const id of [...c.site, ...c.finding])
        if (!k.atoms.has(id)) problems.push(`sign ${sign.id} composes unknown atom ${id}`);
    }
  }
  const seen = new Set<string>();
  for (const rule of k.rules) {
    if (seen.has(rule.id)) problems.push(`rule ${rule.id} is defined twice`);
    seen.add(rule.id);
    if (!getSource(rule.source)) problems.push(`rule ${rule.id} cites unknown source "${rule.source}"`);
    if (rule.tip && !k.tips.has(rule.tip)) problems.push(`rule ${rule.id} names unknown tip "${rule.tip}"`);
    const refs = { signs: [] as string[], qualifiers: [] as string[], triggers: [] as string[] };
    conditionRefs(rule.when, refs);
    for (const s of refs.signs) if (!k.signs.has(s)) problems.push(`rule ${rule.id} names unknown sign "${s}"`);
    for (const q of [...refs.qualifiers, ...refs.triggers])
      if (!k.atoms.has(q)) problems.push(`rule ${rule.id} names unknown atom "${q}"`);
  }
  for (const tip of k.tips.values())
    if (!getSource(tip.source)) problems.push(`tip ${tip.id} cites unknown source "${tip.source}"`);
  const careRules: Array<[string, string[], RedFlagRule['level'][]]> = [
    ['closing.urgent', k.care.closing.urgent, ['urgent']],
    ['closing.emergency', k.care.closing.emergency, ['emergency']],
    ...Object.entries(k.care.groups).map(
      ([g, ids]) => [`groups.${g}`, ids, ['emergency', 'urgent']] as [string, string[], RedFlagRule['level'][]],
    ),
  ];
  for (const [where, ids, levels] of careRules)
    for (const id of ids) {
      const rule = k.rules.find((r) => r.id === id);
      if (!rule) problems.push(`care.json ${where} names unknown rule "${id}"`);
      else if (!levels.includes(rule.level)) problems.push(`care.json ${where} names ${rule.level} rule "${id}"`);
    }
  return problems;
}

/**
 * Replaces every `{ is: id }` by the named condition it names, the same object wherever it is used (so
 * the rule engine compiles it once). An unknown or circular name is a data error.
 */
function resolveNamed(
  rules: readonly RedFlagRule[],
  named: ReadonlyArray<{ id: string; when: Condition }>,
): { rules: RedFlagRule[]; problems: string[] } {
  const problems: string[] = [];
  const source = new Map(named.map((n) => [n.id, n.when]));
  if (source.size !== named.length) problems.push('a named condition is defined twice');
  const done = new Map<string, Condition>();
  const open = new Set<string>();
  const resolve = (c: Condition, where: string): Condition => {
    if ('is' in c) {
      const hit = done.get(c.is);
      if (hit) return hit;
      const raw = source.get(c.is);
      if (!raw) {
        problems.push(`${where} names unknown condition "${c.is}"`);
        return c;
      }
      if (open.has(c.is)) {
        problems.push(`condition "${c.is}" names itself`);
        return c;
      }
      open.add(c.is);
      const resolved = resolve(raw, `condition ${c.is}`);
      open.delete(c.is);
      done.set(c.is, resolved);
      return resolved;
    }
    if ('all' in c) return { all: c.all.map((x) => resolve(x, where)) };
    if ('any' in c) return { any: c.any.map((x) => resolve(x, where)) };
    if ('not' in c) return { not: resolve(c.not, where) };
    return c;
  };
  const out = rules.map((r) => ({ ...r, when: resolve(r.when, `rule ${r.id}`) }));
  for (const id of source.keys()) if (!done.has(id)) problems.push(`condition "${id}" is not used by any rule`);
  return { rules: out, problems };
}

function byId<T extends { id: string }>(file: string, items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) throw new RedFlagDataError(file, [`${item.id} is defined twice`]);
    map.set(item.id, item);
  }
  return map;
}

export function loadRedFlags(
  raw: { atoms: unknown; signs: unknown; rules: unknown; tips: unknown; questions?: unknown; care?: unknown } = {
    atoms: atomsJson,
    signs: signsJson,
    rules: rulesJson,
    tips: tipsJson,
    questions: questionsJson,
    care: careJson,
  },
): RedFlagKnowledge {
  const atoms = checked<{
    atoms: Atom[];
    soundAlike: { notPhrases: string[]; shortWords: string[]; vitalWords: string[] };
  }>('atoms.json', 'redFlagAtoms', raw.atoms);
  const signs = checked<{ signs: SignDefinition[] }>('signs.json', 'redFlagSigns', raw.signs);
  const file = checked<{ rules: RedFlagRule[]; conditions?: Array<{ id: string; when: Condition }> }>(
    'rules.json',
    'redFlagRules',
    raw.rules,
  );
  const rules = resolveNamed(file.rules, file.conditions ?? []);
  if (rules.problems.length) throw new RedFlagDataError('rules.json', rules.problems);
  const tips = checked<{ tips: Tip[]; common: { zh: string; en: string } }>('tips.json', 'redFlagTips', raw.tips);
  const questions = checked<{ questions: RedFlagQuestion[] }>(
    'questions.json',
    'redFlagQuestions',
    raw.questions ?? questionsJson,
  );
  const care = checked<CareFile>('care.json', 'redFlagCare', raw.care ?? careJson);
  const knowledge: RedFlagKnowledge = {
    atoms: byId('atoms.json', atoms.atoms),
    signs: byId('signs.json', signs.signs),
    rules: rules.rules,
    tips: byId('tips.json', tips.tips),
    commonTip: tips.common,
    questions: questions.questions,
    care,
    soundAlikeExceptions: atoms.soundAlike.notPhrases,
    soundAlikeShortWords: atoms.soundAlike.shortWords,
    soundAlikeVitalWords: atoms.soundAlike.vitalWords,
  };
  const problems = validateRedFlags(knowledge);
  if (problems.length) throw new RedFlagDataError('rules.json', problems);
  return knowledge;
}

export const redFlags: RedFlagKnowledge = loadRedFlags();
