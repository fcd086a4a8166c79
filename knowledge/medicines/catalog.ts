import type { Bilingual, Lang } from '../../core/types';
import chronicJson from './chronic-drugs.json';
import conditionsJson from './conditions.json';
import ingredientsJson from './ingredients.json';
import productsJson from './products.json';
import rulesJson from './combination-rules.json';
import safetyJson from './safety-topics.json';
import { checkData } from '../schema/check';
import { validateCatalog } from './catalog-validation';
export type { MedicineCatalog } from './types';
import type { MedicineCatalog } from './types';

/**
 * The medicine knowledge base, loaded once. The JSON files are checked here at import time, first
 * against their schemas (schema.ts), then for what a schema cannot see (unknown source, unknown
 * ingredient), so a broken entry stops the service instead of producing a wrong answer later.
 */
const DIR = 'knowledge/medicines';

function byId<T extends { id: string }>(items: T[]): Map<T['id'], T> {
  return new Map(items.map((item) => [item.id, item]));
}

function loadCatalog(): MedicineCatalog {
  const catalog: MedicineCatalog = {
    ingredients: byId(checkData('ingredients', `${DIR}/ingredients.json`, ingredientsJson)),
    products: byId(checkData('products', `${DIR}/products.json`, productsJson)),
    chronicGroups: byId(checkData('chronicDrugs', `${DIR}/chronic-drugs.json`, chronicJson)),
    conditions: byId(checkData('conditions', `${DIR}/conditions.json`, conditionsJson)),
    combinationRules: checkData('combinationRules', `${DIR}/combination-rules.json`, rulesJson),
    safetyTopics: checkData('safetyTopics', `${DIR}/safety-topics.json`, safetyJson),
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
