import { catalog } from '../../knowledge/medicines/catalog';

/**
 * What a named medicine is made of, for checking combinations: a product's active ingredients
 * (certain), what some versions contain (possible), an ingredient itself, or a chronic drug group.
 */
export interface Component {
  medicine: string;
  ingredient?: string;
  group?: string;
  certain: boolean;
}

export function componentsOf(medicine: string): Component[] {
  const product = catalog.products.get(medicine);
  if (product) {
    return [
      ...product.ingredients.map((i) => ({ medicine, ingredient: i.id, certain: true })),
      ...(product.mayContain ?? []).map((id) => ({ medicine, ingredient: id, certain: false })),
    ];
  }
  if (catalog.ingredients.has(medicine)) return [{ medicine, ingredient: medicine, certain: true }];
  if (catalog.chronicGroups.has(medicine)) return [{ medicine, group: medicine, certain: true }];
  return [];
}

/** Ingredient ids certainly in a medicine, in label order. */
export function certainIngredients(medicine: string): string[] {
  return componentsOf(medicine)
    .filter((c) => c.certain && c.ingredient)
    .map((c) => c.ingredient as string);
}
