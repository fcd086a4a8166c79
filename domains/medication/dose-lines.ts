import type { Lang } from '../../core/types';
import { catalog, ingredientName } from '../../knowledge/medicines/catalog';
import type { ChildDose, ConditionId, Ingredient, Product } from '../../knowledge/medicines/types';
import { pick } from '../../core/text';
import { certainIngredients } from './components';
import { childDose } from './dose-calculator';
import {
  adultDoseText,
  adultLimitText,
  ageBandDoseText,
  childDoseText,
  productCapText,
  strengthCapsText,
} from './dose-text';
import type { Person } from './person';

/**
 * The sentences of a dose answer for one medicine and one person, most important first,
 * with the sources behind them. Warnings that forbid the medicine come before the dose.
 */
export interface DoseLines {
  lines: string[];
  sources: string[];
}

function cautionLines(
  ingredients: Ingredient[],
  conditions: readonly ConditionId[],
  lang: Lang,
  avoidOnly: boolean,
): DoseLines {
  const cautions = ingredients
    .flatMap((i) => i.cautions)
    .filter(
      (c) =>
        (avoidOnly ? c.level === 'avoid' : c.level !== 'avoid') && c.conditions.some((x) => conditions.includes(x)),
    );
  return { lines: [...new Set(cautions.map((c) => pick(c.text, lang)))], sources: cautions.flatMap((c) => c.sources) };
}

/** A children's liquid of the same single ingredient, to say the dose in mL too. */
function referenceLiquid(ingredientId: string, product?: Product): Product | undefined {
  if (product?.mgPerMl) return product;
  return [...catalog.products.values()].find(
    (p) => p.mgPerMl && p.ingredients.length === 1 && p.ingredients[0].id === ingredientId,
  );
}

function childLines(ingredient: Ingredient, person: Person, lang: Lang, product?: Product): DoseLines {
  const name = ingredientName(ingredient.id, lang);
  if (!ingredient.child) {
    const note = ingredient.childNote ? pick(ingredient.childNote, lang) : undefined;
    return { lines: note ? [note] : [], sources: ingredient.sources };
  }
  const liquid = referenceLiquid(ingredient.id, product);
  const lines: string[] = [];
  const sources = [...ingredient.child.sources, ...(liquid?.sources ?? [])];
  if (person.ageYears !== undefined && person.ageYears * 12 < ingredient.child.minAgeMonths) {
    const alternatives = youngerAlternatives(ingredient, person.ageYears, lang);
    const months = ingredient.child.minAgeMonths;
    // Age alone is no emergency: say what this baby can have instead, or to see a doctor when nothing fits.
    lines.push(
      alternatives.length > 0
        ? lang === 'zh'
          ? `${name}不用于${months}个月以下的宝宝。`
          : `${capitalize(name)} is not for babies under ${months} months.`
        : childDoseText(capitalize(name), 0, childDose(ingredient.child, 1, person.ageYears), lang),
      ...alternatives,
    );
    return { lines, sources };
  }
  if (person.weightKg !== undefined) {
    lines.push(
      childDoseText(
        name,
        person.weightKg,
        childDose(ingredient.child, person.weightKg, person.ageYears, liquid?.mgPerMl),
        lang,
      ),
    );
  } else {
    // Nobody knows the weight: the label's age band, dosed for the lightest child in it.
    const band = person.ageYears !== undefined ? ageBand(ingredient.child, person.ageYears) : undefined;
    if (!band) return { lines: [], sources };
    const lowest = {
      ...ingredient.child,
      mgPerKg: { min: ingredient.child.mgPerKg.min, max: ingredient.child.mgPerKg.min },
    };
    const result = childDose(lowest, band.weightKg.min, person.ageYears, liquid?.mgPerMl);
    lines.push(ageBandDoseText(name, person.ageYears!, band, result, lang));
    sources.push(...(ingredient.child.ageBands?.sources ?? []));
  }
  if (person.ageYears === undefined) {
    const months = ingredient.child.minAgeMonths;
    lines.push(
      lang === 'zh' ? `${name}用于${months}个月以上的孩子。` : `${name} is for children over ${months} months.`,
    );
  }
  if (liquid && liquid !== product) {
    lines.push(
      lang === 'zh'
        ? `毫升数按${pick(liquid.display, lang)}算，其他浓度要换算。`
        : `The mL are for ${pick(liquid.display, lang)}; other strengths differ.`,
    );
  }
  return { lines, sources };
}

function ageBand(rule: ChildDose, ageYears: number) {
  return rule.ageBands?.bands.find((b) => ageYears >= b.ageYears.min && ageYears < b.ageYears.max + 1);
}

/** Too young for this one: the fever medicines a child of this age can have, by weight. */
function youngerAlternatives(ingredient: Ingredient, ageYears: number, lang: Lang): string[] {
  const others = [...catalog.ingredients.values()].filter(
    (i) =>
      i.id !== ingredient.id && i.classes.includes('antipyretic') && i.child && ageYears * 12 >= i.child.minAgeMonths,
  );
  return others.map((i) =>
    lang === 'zh'
      ? `${i.child!.minAgeMonths}个月以上可以用${ingredientName(i.id, lang)}，按体重算剂量。`
      : `From ${i.child!.minAgeMonths} months, ${ingredientName(i.id, lang)} can be given, dosed by weight.`,
  );
}

function adultLines(ingredient: Ingredient, person: Person, lang: Lang, labelled = false): DoseLines {
  const lines: string[] = [];
  const dose = labelled ? adultLimitText(ingredient, lang) : adultDoseText(ingredient, lang);
  if (dose) lines.push(dose);
  if (ingredient.adult?.note) lines.push(pick(ingredient.adult.note, lang));
  if (person.kind === 'elderly' && ingredient.elderly) lines.push(pick(ingredient.elderly, lang));
  return { lines, sources: ingredient.adult?.sources ?? ingredient.sources };
}

/** Fever medicines whose daily limit decides how many tablets a day, whatever the label allows. */
const CAPPED_INGREDIENTS = ['acetaminophen', 'ibuprofen'];

function productLines(
  product: Product,
  ingredients: Ingredient[],
  person: Person,
  lang: Lang,
): DoseLines & { note: string[] } {
  const lines: string[] = [];
  if (product.minAgeYears !== undefined && person.kind === 'child') lines.push(minAgeLine(product, lang));
  if (product.labelDose && person.kind !== 'child') lines.push(pick(product.labelDose, lang));
  if (product.strengths && person.kind !== 'child') {
    const caps = strengthCapsText(product, lang);
    if (caps) lines.push(caps);
  }
  // Acetaminophen in any product (感冒灵 too); ibuprofen in single-ingredient ones.
  const capped =
    ingredients.find((i) => i.id === CAPPED_INGREDIENTS[0]) ??
    (ingredients.length === 1 ? ingredients.find((i) => CAPPED_INGREDIENTS.includes(i.id)) : undefined);
  // The daily limit decides how many a day when the label allows more (泰诺林, 泰诺, Advil).
  if (capped && !product.mgPerMl && person.kind !== 'child') {
    const cap = productCapText(product, capped, lang);
    if (cap) lines.push(cap);
  }
  return { lines, note: product.note ? [pick(product.note, lang)] : [], sources: product.sources };
}

/** "孕期一般首选对乙酰氨基酚": what to take instead when a condition rules this medicine out. */
function preferredInstead(ingredients: Ingredient[], conditions: readonly ConditionId[], lang: Lang): DoseLines {
  const ruledOut = new Set(ingredients.map((i) => i.id));
  for (const id of conditions) {
    const guidance = catalog.conditions.get(id);
    const prefer = guidance?.prefer.filter((p) => !ruledOut.has(p)) ?? [];
    if (!guidance || prefer.length === 0 || !guidance.avoid.some((a) => ruledOut.has(a))) continue;
    const names = prefer.map((p) => ingredientName(p, lang)).join(lang === 'zh' ? '或' : ' or ');
    const line =
      lang === 'zh'
        ? `${pick(guidance.display, lang)}一般首选${names}。`
        : `For ${pick(guidance.display, lang)}: ${names} is usually preferred.`;
    return { lines: [line], sources: guidance.sources };
  }
  return { lines: [], sources: [] };
}

export function doseLines(medicine: string, person: Person, conditions: readonly ConditionId[], lang: Lang): DoseLines {
  const product = catalog.products.get(medicine);
  const ingredients = certainIngredients(medicine)
    .map((id) => catalog.ingredients.get(id))
    .filter((i): i is Ingredient => !!i);
  const avoid = cautionLines(ingredients, conditions, lang, true);
  if (avoid.lines.length > 0) {
    // Giving the dose of a medicine the person should not take invites them to take it.
    const instead = preferredInstead(ingredients, conditions, lang);
    return { lines: [...avoid.lines, ...instead.lines], sources: [...avoid.sources, ...instead.sources] };
  }
  const withheld = ingredients
    .flatMap((i) => i.cautions)
    .filter((c) => c.noPlainDose && c.conditions.some((x) => conditions.includes(x)));
  if (withheld.length > 0 && person.kind !== 'child') {
    // Liver disease, daily drinking: a doctor's dose, so the usual adult numbers are not given.
    return {
      lines: [...new Set(withheld.map((c) => pick(c.text, lang)))],
      sources: withheld.flatMap((c) => c.sources),
    };
  }
  const single = ingredients.length === 1 ? ingredients[0] : undefined;
  // A product whose label states the dose in its own units: that dose leads, the ingredient gives the limits.
  const labelled = !!product?.labelDose && person.kind !== 'child';
  const forPerson = single
    ? person.kind === 'child'
      ? childLines(single, person, lang, product)
      : adultLines(single, person, lang, labelled)
    : person.kind === 'child'
      ? childNotesOf(ingredients, lang, product)
      : { lines: [], sources: [] };
  const fromProduct = product ? productLines(product, ingredients, person, lang) : { lines: [], note: [], sources: [] };
  // An adult product's note (its strengths, its forms) is not for a child who should not take it.
  const adultOnly = person.kind === 'child' && product?.minAgeYears !== undefined;
  const productNote = { lines: adultOnly ? [] : fromProduct.note, sources: [] };
  const other = cautionLines(ingredients, conditions, lang, false);
  const notes = ingredients.flatMap((i) => (i.notes ?? []).map((n) => pick(n, lang)));
  const parts =
    labelled || (person.kind === 'child' && product?.minAgeYears !== undefined)
      ? [avoid, fromProduct, forPerson, productNote, other]
      : [avoid, forPerson, fromProduct, productNote, other];
  return {
    lines: [...parts.flatMap((p) => p.lines), ...notes],
    sources: [...parts.flatMap((p) => p.sources), ...ingredients.flatMap((i) => i.sources)],
  };
}

/** A combination product for a child: not a children's medicine, and what each ingredient's label says. */
function childNotesOf(ingredients: Ingredient[], lang: Lang, product?: Product): DoseLines {
  const noted = ingredients.filter((i) => i.childNote);
  const lines = [...new Set(noted.map((i) => pick(i.childNote!, lang)))];
  const sources = noted.flatMap((i) => i.sources);
  if (product && adultColdRemedy(product)) {
    const guidance = catalog.conditions.get('child');
    lines.unshift(adultColdRemedyLine(product, lang));
    sources.push(...(guidance?.sources ?? product.sources));
  }
  return { lines, sources };
}

function minAgeLine(product: Product, lang: Lang): string {
  return lang === 'zh'
    ? `${pick(product.display, lang)}只用于${product.minAgeYears}岁以上，孩子不要吃；用儿童剂型（混悬液或滴剂）。`
    : `${pick(product.display, lang)} is only for ${product.minAgeYears} and over, not for this child: use a children's liquid.`;
}

const adultColdRemedy = (product: Product) =>
  product.coldRemedy === true && !CHILDREN_PRODUCT.test(`${product.display.zh} ${product.display.en}`);

function adultColdRemedyLine(product: Product, lang: Lang): string {
  return lang === 'zh'
    ? `${pick(product.display, lang)}不是儿童用药，孩子不要吃。`
    : `${capitalize(pick(product.display, lang))} is not a children's medicine: do not give it to the child.`;
}

/**
 * For a child asked about a pair ("那孩子呢" after "布洛芬和感冒灵"): what rules either out for the child
 * (an adult cold remedy, a product with a minimum age, an ingredient below its minimum age), no doses.
 */
export function childExclusions(medicines: readonly string[], ageYears: number | undefined, lang: Lang): DoseLines {
  const lines: string[] = [];
  const sources: string[] = [];
  for (const medicine of medicines) {
    const product = catalog.products.get(medicine);
    if (product && adultColdRemedy(product)) {
      lines.push(adultColdRemedyLine(product, lang));
      sources.push(...(catalog.conditions.get('child')?.sources ?? product.sources));
    } else if (product?.minAgeYears !== undefined && (ageYears === undefined || ageYears < product.minAgeYears)) {
      lines.push(minAgeLine(product, lang));
      sources.push(...product.sources);
    } else {
      const ids = certainIngredients(medicine);
      const ingredient = ids.length === 1 ? catalog.ingredients.get(ids[0]) : undefined;
      const months = ingredient?.child?.minAgeMonths;
      if (ingredient && months !== undefined && ageYears !== undefined && ageYears * 12 < months) {
        const name = ingredientName(ingredient.id, lang);
        lines.push(
          lang === 'zh'
            ? `${name}不用于${months}个月以下的宝宝。`
            : `${capitalize(name)} is not for babies under ${months} months.`,
        );
        sources.push(...ingredient.child!.sources);
      }
    }
  }
  return { lines, sources };
}

/** Products made for children say so in their name ("小儿…", "Children's…"). */
const CHILDREN_PRODUCT = /小儿|儿童|children|infant/i;

/** True when this medicine is dosed by weight for a child of this age, so the weight is needed. */
export function needsChildWeight(medicine: string, ageYears?: number): boolean {
  const ids = certainIngredients(medicine);
  const child = ids.length === 1 ? catalog.ingredients.get(ids[0])?.child : undefined;
  if (!child) return false;
  return ageYears === undefined || ageYears * 12 >= child.minAgeMonths;
}

/** True when the label's age bands give this child a dose without a weight. */
export function hasAgeBand(medicine: string, ageYears?: number): boolean {
  const ids = certainIngredients(medicine);
  const child = ids.length === 1 ? catalog.ingredients.get(ids[0])?.child : undefined;
  return !!child && ageYears !== undefined && ageBand(child, ageYears) !== undefined;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
