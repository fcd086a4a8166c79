import { catalog } from '../../../knowledge/medicines/catalog';
import { homeTopics, ruleSets, situations } from '../../../knowledge/isolation/catalog';
import { symptomAdvice } from '../../../knowledge/symptoms/catalog';
import { careSources } from '../../../knowledge/red-flags/care';

/** Every sourced entry of the knowledge base with a label, for source checks in tests. */
export function allSourcedEntries(): Array<{ label: string; sources: string[] }> {
  const out: Array<{ label: string; sources: string[] }> = [];
  for (const i of catalog.ingredients.values()) {
    out.push({ label: `ingredient ${i.id}`, sources: i.sources });
    if (i.adult) out.push({ label: `ingredient ${i.id} adult`, sources: i.adult.sources });
    if (i.child) out.push({ label: `ingredient ${i.id} child`, sources: i.child.sources });
    i.cautions.forEach((c, n) => out.push({ label: `ingredient ${i.id} caution ${n}`, sources: c.sources }));
  }
  for (const p of catalog.products.values()) out.push({ label: `product ${p.id}`, sources: p.sources });
  for (const g of catalog.chronicGroups.values()) out.push({ label: `group ${g.id}`, sources: g.sources });
  for (const c of catalog.conditions.values()) out.push({ label: `condition ${c.id}`, sources: c.sources });
  for (const r of catalog.combinationRules) out.push({ label: `rule ${r.id}`, sources: r.sources });
  for (const t of catalog.safetyTopics) out.push({ label: `safety ${t.id}`, sources: t.sources });
  for (const s of symptomAdvice) out.push({ label: `symptom ${s.id}`, sources: s.sources });
  out.push({ label: 'care lines', sources: careSources(['pregnancy', 'child', 'elderly']) });
  for (const r of ruleSets) out.push({ label: `rule set ${r.id}`, sources: r.sources });
  for (const t of homeTopics) out.push({ label: `home topic ${t.id}`, sources: t.sources });
  for (const t of situations) out.push({ label: `situation ${t.id}`, sources: t.sources });
  return out;
}
