import type { Lang } from '../../core/types';
import { catalog, ingredientName, medicineName } from '../../knowledge/medicines/catalog';
import type { CombinationRule, ConditionId, Selector } from '../../knowledge/medicines/types';
import { joinList, pick } from '../../core/text';
import { componentsOf, type Component } from './components';

/**
 * Checks medicines taken together: the same ingredient twice (the commonest overdose in a cold
 * season: acetaminophen in several cold medicines), then the rules in combination-rules.json.
 */
export interface Finding {
  id: string;
  kind: 'duplicate' | 'pair' | 'condition';
  text: string;
  sources: string[];
  /** Ingredient named in a duplicate finding, for the reply's lead. */
  ingredient?: string;
  /** A duplicate that only some versions of a product would make (check the label). */
  possible?: boolean;
}

/** How findings are said: for a child (no adult limits), and with the names the person used. */
export interface CheckOptions {
  child?: boolean;
  /** "辛伐他汀" rather than the group's "他汀类降脂药". */
  nameOf?: (medicine: string, lang: Lang) => string;
}

const defaultName = (medicine: string, lang: Lang) => medicineName(medicine, lang);

function matches(c: Component, selector: Selector): boolean {
  if (selector.any) return true;
  if (selector.product) return c.medicine === selector.product;
  if (selector.group) return c.group === selector.group;
  if (selector.ingredient) return c.ingredient === selector.ingredient;
  const ingredient = c.ingredient ? catalog.ingredients.get(c.ingredient) : undefined;
  return !!selector.class && !!ingredient && ingredient.classes.includes(selector.class);
}

function duplicateFindings(medicines: readonly string[], lang: Lang, options: CheckOptions): Finding[] {
  const byIngredient = new Map<string, Component[]>();
  for (const c of medicines.flatMap(componentsOf)) {
    if (!c.ingredient) continue;
    byIngredient.set(c.ingredient, [...(byIngredient.get(c.ingredient) ?? []), c]);
  }
  const findings: Finding[] = [];
  for (const [id, comps] of byIngredient) {
    const meds = [...new Set(comps.map((c) => c.medicine))];
    if (meds.length < 2 || comps.filter((c) => c.certain).length === 0) continue;
    const ingredient = catalog.ingredients.get(id);
    if (!ingredient?.overdose) continue;
    const name = ingredientName(id, lang);
    const certain = meds.filter((m) => comps.some((c) => c.medicine === m && c.certain));
    const possible = meds.filter((m) => !certain.includes(m));
    const nameOf = options.nameOf ?? defaultName;
    findings.push({
      id: 'duplicate',
      kind: 'duplicate',
      ingredient: id,
      text: `${duplicateSentence(certain, possible, name, lang, nameOf)}${overdoseText(id, lang, options.child === true)}`,
      sources: ingredient.sources,
      possible: certain.length < 2,
    });
  }
  return findings;
}

/** Why the same ingredient twice is dangerous; for a child, the child's own limit (never an adult's). */
function overdoseText(id: string, lang: Lang, child: boolean): string {
  const ingredient = catalog.ingredients.get(id)!;
  if (!child) return pick(ingredient.overdose!, lang);
  const name = ingredientName(id, lang);
  const doses = ingredient.child?.maxDosesPerDay;
  if (!doses) return lang === 'zh' ? `孩子用药请先问药师或医生。` : `For a child, ask a pharmacist or doctor first.`;
  return lang === 'zh'
    ? `孩子的${name}按体重算，所有含它的药加在一起，24小时最多${doses}次。`
    : `A child's ${name} is dosed by weight, and all medicines containing it together count: at most ${doses} doses in 24 hours.`;
}

function duplicateSentence(
  certain: string[],
  possible: string[],
  name: string,
  lang: Lang,
  nameOf: (medicine: string, lang: Lang) => string,
): string {
  const named = (ids: string[]) =>
    joinList(
      ids.map((m) => nameOf(m, lang)),
      lang,
    );
  const verb = certain.length === 1 ? 'contains' : certain.length === 2 ? 'both contain' : 'all contain';
  // Two certain sources of one ingredient: say plainly what to do, not only what is in them.
  const both = certain.length === 2;
  const first =
    lang === 'zh'
      ? certain.length > 1
        ? `${named(certain)}都含有${name}，不要${both ? '两种' : ''}一起吃，选一种。`
        : `${named(certain)}含有${name}。`
      : certain.length > 1
        ? `${named(certain)} ${verb} ${name}: do not take ${both ? 'both' : 'them together'}; pick one. `
        : `${named(certain)} ${verb} ${name}. `;
  if (possible.length === 0) return capitalize(first);
  const second =
    lang === 'zh'
      ? `${named(possible)}也可能含有${name}（看说明书成分表）。`
      : `${named(possible)} may also contain ${name} (check the ingredient list). `;
  return capitalize(first + second);
}

/** English sentences may start with a lower-case name ("combination cold medicines…"). */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type PairKey = string;

function pairFindings(
  medicines: readonly string[],
  lang: Lang,
  reported: Map<PairKey, Set<string>>,
  nameOf: (medicine: string, lang: Lang) => string,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of catalog.combinationRules) {
    if (rule.kind !== 'pair') continue;
    const pair = firstPair(rule, medicines, reported);
    if (!pair) continue;
    reported.set(pair.key, (reported.get(pair.key) ?? new Set()).add(rule.id));
    const names = joinList(
      pair.meds.map((m) => nameOf(m, lang)),
      lang,
    );
    findings.push({
      id: rule.id,
      kind: 'pair',
      text: `${capitalize(names)}${lang === 'zh' ? '：' : ': '}${pick(rule.text, lang)}`,
      sources: rule.sources,
    });
  }
  return findings;
}

function firstPair(
  rule: Extract<CombinationRule, { kind: 'pair' }>,
  medicines: readonly string[],
  reported: Map<PairKey, Set<string>>,
): { key: PairKey; meds: [string, string] } | undefined {
  for (let i = 0; i < medicines.length; i += 1) {
    for (let j = i + 1; j < medicines.length; j += 1) {
      const key = [medicines[i], medicines[j]].sort().join('|');
      const already = reported.get(key);
      if (rule.skipIf?.some((id) => already?.has(id))) continue;
      if (pairMatches(rule, medicines[i], medicines[j]) || pairMatches(rule, medicines[j], medicines[i])) {
        return { key, meds: [medicines[i], medicines[j]] };
      }
    }
  }
  return undefined;
}

function isColdRemedy(medicine: string): boolean {
  return catalog.products.get(medicine)?.coldRemedy === true;
}

function pairMatches(rule: Extract<CombinationRule, { kind: 'pair' }>, x: string, y: string): boolean {
  // "One cold medicine at a time" is about the products, whatever (or however little) is in them.
  if (rule.a.coldRemedy || rule.b.coldRemedy) return isColdRemedy(x) && isColdRemedy(y);
  const xs = componentsOf(x);
  const ys = componentsOf(y);
  // A herbal product with no listed Western ingredient still counts as "another medicine".
  const xSide = rule.a.any ? true : xs.some((c) => c.certain && matches(c, rule.a));
  const ySide = rule.b.any ? true : ys.some((c) => c.certain && matches(c, rule.b));
  if (!xSide || !ySide) return false;
  if (rule.a.any || rule.b.any) return true;
  // Same ingredient on both sides is the duplicate finding's job.
  return xs.some(
    (a) =>
      a.certain &&
      matches(a, rule.a) &&
      ys.some((b) => b.certain && matches(b, rule.b) && b.ingredient !== a.ingredient),
  );
}

function conditionFindings(
  medicines: readonly string[],
  conditions: readonly ConditionId[],
  lang: Lang,
  fired: ReadonlySet<string> = new Set(),
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of catalog.combinationRules) {
    if (rule.kind !== 'condition' || !rule.conditions.some((c) => conditions.includes(c))) continue;
    if (rule.skipIf?.some((id) => fired.has(id))) continue;
    const hit = medicines.filter((m) => componentsOf(m).some((c) => c.certain && matches(c, rule.a)));
    if (hit.length === 0) continue;
    const names = joinList(
      hit.map((m) => medicineName(m, lang)),
      lang,
    );
    findings.push({
      id: rule.id,
      kind: 'condition',
      text: `${capitalize(names)}${lang === 'zh' ? '：' : ': '}${pick(rule.text, lang)}`,
      sources: rule.sources,
    });
  }
  return findings;
}

function pairKeysOfDuplicates(medicines: readonly string[], duplicates: Finding[]): Map<PairKey, Set<string>> {
  const reported = new Map<PairKey, Set<string>>();
  for (const finding of duplicates) {
    const meds = medicines.filter((m) => componentsOf(m).some((c) => c.ingredient === finding.ingredient));
    for (let i = 0; i < meds.length; i += 1) {
      for (let j = i + 1; j < meds.length; j += 1)
        reported.set([meds[i], meds[j]].sort().join('|'), new Set(['duplicate']));
    }
  }
  return reported;
}

/** Findings most important first: duplicates, then pair rules, then the person's conditions. */
export function checkCombination(
  medicines: readonly string[],
  conditions: readonly ConditionId[],
  lang: Lang,
  options: CheckOptions = {},
): Finding[] {
  const duplicates = duplicateFindings(medicines, lang, options);
  // Only a certain double dose makes the pair rules redundant: "Advil may contain phenylephrine"
  // must not hide "DayQuil and Advil are two fever medicines".
  const pairs = pairFindings(
    medicines,
    lang,
    pairKeysOfDuplicates(
      medicines,
      duplicates.filter((d) => !d.possible),
    ),
    options.nameOf ?? defaultName,
  );
  const fired = new Set(pairs.map((p) => p.id));
  // A certain double dose first, then what the rules say about the pair, then "some versions
  // may also contain…": the reply's length budget drops from the end.
  return [
    ...duplicates.filter((d) => !d.possible),
    ...pairs,
    ...duplicates.filter((d) => d.possible),
    ...conditionFindings(medicines, conditions, lang, fired),
  ];
}

/** Conditions alone (one medicine named): which condition rules apply to it. */
export function checkConditions(
  medicines: readonly string[],
  conditions: readonly ConditionId[],
  lang: Lang,
): Finding[] {
  return conditionFindings(medicines, conditions, lang);
}
