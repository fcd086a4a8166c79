/**
 * Once a conversation is about a child, no reply may carry an adult dose or an adult limit. This walks
 * every child dose path: each medicine the knowledge base knows × each age band (and no age) × with
 * and without a weight × zh and en, with the child named in the message and with the child only
 * remembered from earlier turns ("是美林"), through the dose, condition and combination handlers.
 */
import { doseHandler } from '../../../domains/medication/dose.handler';
import { combinationHandler } from '../../../domains/medication/combination.handler';
import { conditionHandler } from '../../../domains/medication/condition.handler';
import { catalog, medicineKind } from '../../../knowledge/medicines/catalog';
import { pick } from '../../../core/text';
import type { Facts, HandlerResult, Lang } from '../../../core/types';
import { makeCtx } from '../knowledge/turn-context';

const LANGS: Lang[] = ['zh', 'en'];
/** Ages in years: infants by month, then every band of the labels' age tables, and unknown. */
const AGES: (number | undefined)[] = [1 / 12, 0.25, 0.4, 0.5, 0.75, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11.9, undefined];

/** A plausible weight for the age, as a parent would say it. */
function weightFor(age: number | undefined): number {
  if (age === undefined) return 18;
  return age < 1 ? Math.round(4 + age * 8) : Math.round(8 + 2.2 * age);
}

/** Every figure and phrase an adult answer carries, taken from the data so that none can slip past. */
function adultMarkers(lang: Lang): (string | RegExp)[] {
  // "成人…一次300～600毫克", "Adults: no more than 2000 mg": an adult statement with a figure in it
  // ("不用成人复方感冒药", no adult cold medicines, is advice for the child, not a dose).
  const markers: (string | RegExp)[] = [
    lang === 'zh' ? /成人[^。；，]*\d/ : /\badults\b[^.;]*\d/i,
    lang === 'zh' ? '2克' : /\b2 g\b/,
  ];
  for (const i of catalog.ingredients.values()) {
    const adult = i.adult;
    if (!adult) continue;
    // An adult dose is always said as one ("成人…", "Adults, …"); its limit as "no more than N mg".
    if (adult.maxDailyMg) {
      const n = adult.maxDailyMg;
      markers.push(
        ...(lang === 'zh'
          ? [`不超过${n}毫克`, `上限${n}毫克`]
          : [`no more than ${n} mg`, `limit of ${n} mg`, `no more than ${n.toLocaleString('en-US')} mg`]),
      );
    }
    if (adult.note) markers.push(pick(adult.note, lang));
    if (i.overdose) markers.push(pick(i.overdose, lang));
  }
  for (const p of catalog.products.values()) if (p.labelDose) markers.push(pick(p.labelDose, lang));
  // A tablet count against the daily limit is the adult answer for a product.
  markers.push(
    lang === 'zh' ? /一天最多\d+(?:片|粒|袋)/ : /at most \d+ (?:tablets?|caplets?|capsules?|sachets?) a day/,
  );
  return markers;
}

const MARKERS = { zh: adultMarkers('zh'), en: adultMarkers('en') };

function adultFigureIn(text: string, lang: Lang): string | RegExp | undefined {
  return MARKERS[lang].find((m) => (typeof m === 'string' ? text.includes(m) : m.test(text)));
}

/** Each medicine a parent could name: products, ingredients and "fever medicine", by a name in each language. */
function medicines(): { id: string; name: Record<Lang, string> }[] {
  const named: { id: string; name: Record<Lang, string> }[] = [];
  for (const entry of [...catalog.products.values(), ...catalog.ingredients.values()]) {
    if (medicineKind(entry.id) === 'category' && entry.id !== 'fever-reducer') continue;
    const zh = entry.names.zh[0] ?? entry.names.en[0];
    const en = entry.names.en[0] ?? entry.names.zh[0];
    if (zh && en) named.push({ id: entry.id, name: { zh, en } });
  }
  return named;
}

const MEDICINES = medicines();

function childFacts(age: number | undefined, weightKg: number | undefined): Facts {
  return {
    subject: 'child',
    people: {
      child: { ...(age !== undefined ? { ageYears: age } : {}), ...(weightKg !== undefined ? { weightKg } : {}) },
    },
  };
}

interface Path {
  label: string;
  reply: HandlerResult;
  lang: Lang;
}

function* childPaths(): Generator<Path> {
  for (const lang of LANGS) {
    for (const m of MEDICINES) {
      for (const age of AGES) {
        for (const withWeight of [true, false]) {
          const weightKg = withWeight ? weightFor(age) : undefined;
          const name = m.name[lang];
          const base = `${lang} ${m.id} age ${age ?? '?'} ${withWeight ? `${weightKg} kg` : 'no weight'}`;
          // The child named in this message.
          const said = lang === 'zh' ? `孩子${name}怎么吃` : `How much ${name} for my child?`;
          yield {
            label: `${base}, said now`,
            lang,
            reply: doseHandler(
              makeCtx(said, {
                lang,
                intent: 'medication.dose',
                entities: {
                  medicines: [m.id],
                  ...(age !== undefined ? { ages: [age] } : {}),
                  ...(weightKg !== undefined ? { weightKg } : {}),
                },
                facts: childFacts(age, weightKg),
              }),
            ) as HandlerResult,
          };
          // The child only remembered: "是美林", "It's Children's Motrin".
          const facts = childFacts(age, weightKg);
          yield {
            label: `${base}, remembered`,
            lang,
            reply: doseHandler(
              makeCtx(lang === 'zh' ? `是${name}` : `It's ${name}`, {
                lang,
                intent: 'medication.dose',
                entities: { medicines: [m.id] },
                facts,
              }),
            ) as HandlerResult,
          };
          // "能给孩子吃吗": the question about whether it suits the child.
          yield {
            label: `${base}, can the child have it`,
            lang,
            reply: conditionHandler(
              makeCtx(lang === 'zh' ? `孩子能吃${name}吗` : `Can my child have ${name}?`, {
                lang,
                intent: 'medication.condition',
                entities: { medicines: [m.id], ...(age !== undefined ? { ages: [age] } : {}) },
                facts,
              }),
            ) as HandlerResult,
          };
          // Two medicines for the child: the shared-ingredient and pair answers.
          if (age !== undefined && withWeight) {
            yield {
              label: `${base}, with acetaminophen`,
              lang,
              reply: combinationHandler(
                makeCtx(`${name} + acetaminophen`, {
                  lang,
                  intent: 'medication.combination',
                  entities: { medicines: [m.id, 'tylenol-suspension-cn'] },
                  facts,
                }),
              ) as HandlerResult,
            };
          }
        }
      }
    }
  }
}

describe('a conversation about a child never hears an adult dose or limit', () => {
  const paths = [...childPaths()];

  it('walks every medicine, age band, weight and language', () => {
    // 2 languages × every medicine × 18 ages × 2 weights × 3 ways, plus the pairs.
    expect(paths.length).toBeGreaterThan(MEDICINES.length * AGES.length * 2 * 2 * 3);
  });

  it('finds no adult figure on any path', () => {
    const leaks = paths
      .map((p) => ({ label: p.label, marker: adultFigureIn(p.reply.text, p.lang), text: p.reply.text }))
      .filter((p) => p.marker !== undefined);
    expect(leaks.slice(0, 5)).toEqual([]);
  });

  it('never doses a child at 0 kg or 0 mg', () => {
    const zero = paths.filter((p) => /(?:^|[^\d.])0 ?(?:公斤|kg|毫克|mg)/.test(p.reply.text));
    expect(zero.map((p) => p.label).slice(0, 5)).toEqual([]);
  });

  it('gives a dose in mg for acetaminophen and ibuprofen at every age the label allows', () => {
    const dosePaths = paths.filter((x) =>
      /^(zh|en) (acetaminophen|ibuprofen) age [\d.]+ .*(said now|remembered)$/.test(x.label),
    );
    expect(dosePaths.length).toBeGreaterThan(100);
    for (const p of dosePaths) {
      const [, id, , ageText] = p.label.split(' ');
      const age = Number(ageText);
      const minMonths = catalog.ingredients.get(id)!.child!.minAgeMonths;
      if (age * 12 < minMonths) expect(p.reply.text).toMatch(/不用于|is not for/);
      else if (age >= 1 || p.label.includes(' kg')) expect(p.reply.text).toMatch(/\d+(?:～\d+)?毫克|\d+(?:–\d+)? mg/);
    }
  });
});
