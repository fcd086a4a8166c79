import { getSource } from '../sources';
import type { MedicineCatalog, Selector } from './types';

/**
 * What the schemas cannot check: references between entries and to sources. Runs after every file
 * has passed its schema (so classes and condition ids are already known to be valid).
 * Every problem found names the entry, so a reviewer can fix the data file directly.
 */
export function validateCatalog(catalog: MedicineCatalog): string[] {
  return [
    ...checkUniqueIds(catalog),
    ...checkSources(catalog),
    ...checkProducts(catalog),
    ...checkConditionsAndRules(catalog),
  ];
}

function checkUniqueIds(catalog: MedicineCatalog): string[] {
  const seen = new Set<string>();
  const errors: string[] = [];
  const ids = [...catalog.ingredients.keys(), ...catalog.products.keys(), ...catalog.chronicGroups.keys()];
  for (const id of ids) {
    if (seen.has(id)) errors.push(`medicine id "${id}" is used twice`);
    seen.add(id);
  }
  return errors;
}

interface SourcedEntry {
  label: string;
  sources: string[];
}

function sourcedEntries(catalog: MedicineCatalog): SourcedEntry[] {
  const entries: SourcedEntry[] = [];
  for (const ing of catalog.ingredients.values()) {
    entries.push({ label: `ingredient ${ing.id}`, sources: ing.sources });
    if (ing.adult) entries.push({ label: `ingredient ${ing.id} adult dose`, sources: ing.adult.sources });
    if (ing.child) entries.push({ label: `ingredient ${ing.id} child dose`, sources: ing.child.sources });
    ing.cautions.forEach((c, i) => entries.push({ label: `ingredient ${ing.id} caution ${i}`, sources: c.sources }));
  }
  const others = [
    ...[...catalog.products.values()].map((p) => ({ label: `product ${p.id}`, sources: p.sources })),
    ...[...catalog.chronicGroups.values()].map((g) => ({ label: `drug group ${g.id}`, sources: g.sources })),
    ...[...catalog.conditions.values()].map((c) => ({ label: `condition ${c.id}`, sources: c.sources })),
    ...catalog.combinationRules.map((r) => ({ label: `rule ${r.id}`, sources: r.sources })),
    ...catalog.safetyTopics.map((t) => ({ label: `safety topic ${t.id}`, sources: t.sources })),
  ];
  return [...entries, ...others];
}

function checkSources(catalog: MedicineCatalog): string[] {
  const errors: string[] = [];
  for (const entry of sourcedEntries(catalog)) {
    if (entry.sources.length === 0) errors.push(`${entry.label} has no source`);
    for (const id of entry.sources) if (!getSource(id)) errors.push(`${entry.label} cites unknown source "${id}"`);
  }
  return errors;
}

function checkProducts(catalog: MedicineCatalog): string[] {
  const errors: string[] = [];
  for (const product of catalog.products.values()) {
    const ids = [...product.ingredients.map((i) => i.id), ...(product.mayContain ?? [])];
    for (const id of ids) {
      if (!catalog.ingredients.has(id)) errors.push(`product ${product.id} names unknown ingredient "${id}"`);
    }
    for (const id of product.strengths ?? []) {
      if (!catalog.products.has(id)) errors.push(`product ${product.id} names unknown strength "${id}"`);
    }
  }
  return errors;
}

function checkSelector(catalog: MedicineCatalog, label: string, selector: Selector): string[] {
  const errors: string[] = [];
  if (selector.ingredient && !catalog.ingredients.has(selector.ingredient)) errors.push(`${label}: unknown ingredient`);
  if (selector.group && !catalog.chronicGroups.has(selector.group)) errors.push(`${label}: unknown drug group`);
  if (selector.product && !catalog.products.has(selector.product)) errors.push(`${label}: unknown product`);
  return errors;
}

function checkConditionsAndRules(catalog: MedicineCatalog): string[] {
  const errors: string[] = [];
  for (const rule of catalog.combinationRules) {
    errors.push(...checkSelector(catalog, `rule ${rule.id}`, rule.a));
    if (rule.kind === 'pair') errors.push(...checkSelector(catalog, `rule ${rule.id}`, rule.b));
  }
  for (const cond of catalog.conditions.values()) {
    for (const id of [...cond.prefer, ...cond.avoid]) {
      if (!catalog.ingredients.has(id)) errors.push(`condition ${cond.id} names unknown ingredient "${id}"`);
    }
  }
  return errors;
}
