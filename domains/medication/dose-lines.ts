import type { Lang } from '../../core/types';
import { catalog, ingredientName } from '../../knowledge/medicines/catalog';
import type { ConditionId, Ingredient, Product } from '../../knowledge/medicines/types';
import { pick } from '../../core/text';
import { certainIngredients } from './components';
import { childDose } from './dose-calculator';
import { adultDoseText, adultLimitText, childDoseText, productCapText } from './dose-text';
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
  const result = childDose(ingredient.child, person.weightKg ?? 0, person.ageYears, liquid?.mgPerMl);
  const lines = [childDoseText(name, person.weightKg ?? 0, result, lang)];
  if (person.ageYears === undefined) {
    const months = ingredient.child.minAgeMonths;
    lines.push(
      lang === 'zh' ? `${name}用于${months}个月以上的孩子。` : `${name} is for children over ${months} months.`,
    );
  }
  if (result.kind === 'dose' && liquid && liquid !== product) {
    lines.push(
      lang === 'zh'
        ? `毫升数按${pick(liquid.display, lang)}算，其他浓度要换算。`
        : `The mL are for ${pick(liquid.display, lang)}; other strengths differ.`,
    );
  }
  return { lines, sources: [...ingredient.child.sources, ...(liquid?.sources ?? [])] };
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
  if (product.labelDose && person.kind !== 'child') lines.push(pick(product.labelDose, lang));
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
  const single = ingredients.length === 1 ? ingredients[0] : undefined;
  // A product whose label states the dose in its own units: that dose leads, the ingredient gives the limits.
  const labelled = !!product?.labelDose && person.kind !== 'child';
  const forPerson = single
    ? person.kind === 'child'
      ? childLines(single, person, lang, product)
      : adultLines(single, person, lang, labelled)
    : person.kind === 'child'
      ? childNotesOf(ingredients, lang)
      : { lines: [], sources: [] };
  const fromProduct = product ? productLines(product, ingredients, person, lang) : { lines: [], note: [], sources: [] };
  const productNote = { lines: fromProduct.note, sources: [] };
  const other = cautionLines(ingredients, conditions, lang, false);
  const notes = ingredients.flatMap((i) => (i.notes ?? []).map((n) => pick(n, lang)));
  const parts = labelled
    ? [avoid, fromProduct, forPerson, productNote, other]
    : [avoid, forPerson, fromProduct, productNote, other];
  return {
    lines: [...parts.flatMap((p) => p.lines), ...notes],
    sources: [...parts.flatMap((p) => p.sources), ...ingredients.flatMap((i) => i.sources)],
  };
}

/** A combination product for a child: what each ingredient's label says about children. */
function childNotesOf(ingredients: Ingredient[], lang: Lang): DoseLines {
  const noted = ingredients.filter((i) => i.childNote);
  return { lines: [...new Set(noted.map((i) => pick(i.childNote!, lang)))], sources: noted.flatMap((i) => i.sources) };
}

/** True when this medicine is dosed by weight for a child of this age, so the weight is needed. */
export function needsChildWeight(medicine: string, ageYears?: number): boolean {
  const ids = certainIngredients(medicine);
  const child = ids.length === 1 ? catalog.ingredients.get(ids[0])?.child : undefined;
  if (!child) return false;
  return ageYears === undefined || ageYears * 12 >= child.minAgeMonths;
}
