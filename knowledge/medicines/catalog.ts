import type { Bilingual, Lang } from '../../core/types';
import chronicJson from './chronic-drugs.json';
import conditionsJson from './conditions.json';
import ingredientsJson from './ingredients.json';
import productsJson from './products.json';
import rulesJson from './combination-rules.json';
import safetyJson from './safety-topics.json';
import { validateCatalog } from './catalog-validation';
export type { MedicineCatalog } from './types';
import type {
  MedicineCatalog,
  ChronicDrugGroup,
  CombinationRule,
  ConditionGuidance,
  Ingredient,
  Product,
  SafetyTopic,
} from './types';

/**
 * The medicine knowledge base, loaded once. The JSON files are checked here at import time,
 * so a broken entry (unknown source, unknown ingredient) stops the service instead of
 * producing a wrong answer later.
 */
function byId<T extends { id: string }>(items: T[]): Map<T['id'], T> {
  return new Map(items.map((item) => [item.id, item]));
}

function loadCatalog(): MedicineCatalog {
  const catalog: MedicineCatalog = {
    ingredients: byId(ingredientsJson as unknown as Ingredient[]),
    products: byId(productsJson as unknown as Product[]),
    chronicGroups: byId(chronicJson as unknown as ChronicDrugGroup[]),
    conditions: byId(conditionsJson as unknown as ConditionGuidance[]),
    combinationRules: rulesJson as unknown as CombinationRule[],
    safetyTopics: safetyJson as unknown as SafetyTopic[],
  };
  const errors = validateCatalog(catalog);
  if (errors.length > 0) throw new Error(`Medicine knowledge base is invalid: ${errors.join('; ')}`);
  return catalog;
}

export const catalog: MedicineCatalog = loadCatalog();

export type MedicineKind = 'ingredient' | 'product' | 'category' | 'chronic';

export function medicineKind(id: string): MedicineKind | undefined {
  if (catalog.ingredients.has(id)) return 'ingredient';
  const product = catalog.products.get(id);
  if (product) return product.kind;
  return catalog.chronicGroups.has(id) ? 'chronic' : undefined;
}

/** The name to show for any medicine id: ingredient, product, category or chronic drug group. */
export function medicineName(id: string, lang: Lang): string {
  const named: { display?: Bilingual; names?: { zh: string[]; en: string[] } } | undefined =
    catalog.products.get(id) ?? catalog.chronicGroups.get(id) ?? catalog.ingredients.get(id);
  if (!named) return id;
  if (named.display) return named.display[lang];
  return named.names?.[lang][0] ?? named.names?.en[0] ?? id;
}

export function ingredientName(id: string, lang: Lang): string {
  const ingredient = catalog.ingredients.get(id);
  if (!ingredient) return id;
  const [first, second] = ingredient.names[lang];
  // "acetaminophen (paracetamol)": callers from the UK and the US both recognise it.
  return lang === 'en' && second && id === 'acetaminophen' ? `${first} (${second})` : first;
}
