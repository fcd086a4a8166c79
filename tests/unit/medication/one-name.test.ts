/**
 * One name per medicine per reply (issue 8, "Length and voice"): a medicine may be introduced once with
 * its other name in brackets, then keeps the name it was introduced with. This walks the answer paths
 * of the medicine handlers as the engine has them (dose, can-they-have-it, pairs, what is in it) for
 * every medicine the knowledge base knows, for an adult, an 80-year-old and a child, in zh and en.
 */
import { createHandlers } from '../../../domains/medication';
import { oneNamePerMedicine } from '../../../domains/medication/one-name';
import { catalog, medicineKind } from '../../../knowledge/medicines/catalog';
import { findMedicineSpans } from '../../../nlp/entities/medicines';
import { normalizeText } from '../../../nlp/text/phrase-matcher';
import type { Facts, HandlerResult, IntentId, Lang } from '../../../core/types';
import { makeCtx } from '../knowledge/turn-context';

const handlers = createHandlers();

/** Names a reply uses for each medicine, lower-cased, and how often each is used. */
function namesUsed(text: string): Map<string, Map<string, number>> {
  const t = normalizeText(text);
  const byId = new Map<string, Map<string, number>>();
  for (const span of findMedicineSpans(t)) {
    const names = byId.get(span.id) ?? new Map<string, number>();
    const name = t.slice(span.start, span.end);
    names.set(name, (names.get(name) ?? 0) + 1);
    byId.set(span.id, names);
  }
  return byId;
}

/** The parts of a combination's name ("nirmatrelvir/ritonavir"), lower-cased. */
function combinationParts(id: string): string[] {
  const names = catalog.ingredients.get(id)?.names;
  return [...(names?.zh ?? []), ...(names?.en ?? [])]
    .filter((n) => n.includes('/'))
    .flatMap((n) => n.split('/').map((p) => normalizeText(p).trim()));
}

/** What breaks the rule: a third name, or the second name used more than once (not just introduced). */
function breaches(text: string): string[] {
  const found: string[] = [];
  for (const [id, names] of namesUsed(text)) {
    // "奈玛特韦300毫克加利托那韦100毫克": the parts of a combination are two medicines, not two names.
    if ([...names.keys()].every((n) => combinationParts(id).includes(n))) continue;
    if (names.size > 2) found.push(`${id}: ${[...names.keys()].join(' / ')}`);
    if (names.size === 2 && Math.min(...names.values()) > 1)
      found.push(`${id}: ${[...names.keys()].join(' / ')} twice`);
  }
  return found;
}

describe('the one-name rule', () => {
  it('keeps the introduction and calls the medicine by its first name afterwards', () => {
    expect(
      oneNamePerMedicine(
        'Adults, acetaminophen (paracetamol): 300–600 mg. Count every medicine with acetaminophen (paracetamol).\nParacetamol is in NyQuil too.',
      ),
    ).toBe(
      'Adults, acetaminophen (paracetamol): 300–600 mg. Count every medicine with acetaminophen.\nAcetaminophen is in NyQuil too.',
    );
    expect(oneNamePerMedicine('对乙酰氨基酚（扑热息痛）一次300毫克；扑热息痛和感冒灵不要一起吃。')).toBe(
      '对乙酰氨基酚（扑热息痛）一次300毫克；对乙酰氨基酚和感冒灵不要一起吃。',
    );
    expect(oneNamePerMedicine('Motrin (ibuprofen) and NyQuil: do not. Motrin (ibuprofen) is for pain.')).toBe(
      'Motrin (ibuprofen) and NyQuil: do not. Motrin is for pain.',
    );
  });

  it('keeps the two parts of a combination medicine apart', () => {
    const en = 'Each dose: nirmatrelvir 300 mg with ritonavir 100 mg, every 12 hours.';
    const zh = '每次奈玛特韦300毫克加利托那韦100毫克，每12小时一次。';
    expect(oneNamePerMedicine(en)).toBe(en);
    expect(oneNamePerMedicine(zh)).toBe(zh);
  });

  it('leaves a reply that already uses one name, and the case a sentence gives it', () => {
    const text = 'Ibuprofen and NyQuil: choose one.\nibuprofen is for children over 6 months.';
    expect(oneNamePerMedicine(text)).toBe(text);
  });
});

const PEOPLE: { label: string; facts: Facts; ages?: number[]; weightKg?: number }[] = [
  { label: 'adult', facts: {} },
  { label: '80-year-old', facts: { subject: 'mother', people: { mother: { ageYears: 80 } } }, ages: [80] },
  {
    label: 'child',
    facts: { subject: 'child', people: { child: { ageYears: 5, weightKg: 18 } } },
    ages: [5],
    weightKg: 18,
  },
];

function medicines(): { id: string; name: Record<Lang, string> }[] {
  return [...catalog.products.values(), ...catalog.ingredients.values()]
    .filter((e) => medicineKind(e.id) !== 'category' || e.id === 'fever-reducer')
    .map((e) => ({ id: e.id, name: { zh: e.names.zh[0] ?? e.names.en[0]!, en: e.names.en[0] ?? e.names.zh[0]! } }))
    .filter((m) => m.name.zh && m.name.en);
}

async function run(intent: IntentId, text: string, lang: Lang, ids: string[], person: (typeof PEOPLE)[number]) {
  const ctx = makeCtx(text, {
    lang,
    intent,
    entities: {
      medicines: ids,
      ...(person.ages ? { ages: person.ages } : {}),
      ...(person.weightKg ? { weightKg: person.weightKg } : {}),
    },
    facts: person.facts,
  });
  return ((await handlers[intent]!(ctx)) as HandlerResult).text;
}

describe('every medicine answer uses one name per medicine', () => {
  it('on the dose, can-they-have-it, what-is-in-it and pair paths, for every medicine, person and language', async () => {
    const all = medicines();
    const found: string[] = [];
    let walked = 0;
    for (const lang of ['zh', 'en'] as Lang[]) {
      for (const m of all) {
        const name = m.name[lang];
        for (const person of PEOPLE) {
          const paths: [IntentId, string, string[]][] = [
            ['medication.dose', lang === 'zh' ? `${name}怎么吃` : `How much ${name}?`, [m.id]],
            ['medication.condition', lang === 'zh' ? `能吃${name}吗` : `Can I have ${name}?`, [m.id]],
            ['medication.safety', lang === 'zh' ? `${name}里有什么成分` : `What is in ${name}?`, [m.id]],
            ['medication.combination', `${name} + acetaminophen`, [m.id, 'acetaminophen']],
            ['medication.combination', `${name} + ibuprofen`, [m.id, 'ibuprofen']],
          ];
          for (const [intent, text, ids] of paths) {
            const reply = await run(intent, text, lang, ids, person);
            walked++;
            found.push(...breaches(reply).map((b) => `${lang} ${person.label} ${intent} "${text}": ${b}\n${reply}`));
          }
        }
      }
    }
    expect(walked).toBeGreaterThan(all.length * 2 * PEOPLE.length * 5 - 1);
    expect(found.slice(0, 5)).toEqual([]);
  });
});
