import type { Static } from '@sinclair/typebox';
import { checkData } from '../schema/check';
import { getSource } from '../sources';
import homeJson from './home-guidance.json';
import ruleSetsJson from './rule-sets.json';
import type * as Schema from './schema';

/**
 * Isolation knowledge: release rules per jurisdiction and home-isolation guidance by topic,
 * checked against schema.ts and for their sources when imported.
 */
export type ReleasePath = Static<typeof Schema.ReleasePathSchema>;
export type RuleSet = Static<typeof Schema.RuleSetSchema>;
export type HomeTopic = Static<typeof Schema.HomeTopicSchema>;

function checkSources(label: string, sources: string[]): string[] {
  if (sources.length === 0) return [`${label} has no source`];
  return sources.filter((id) => !getSource(id)).map((id) => `${label} cites unknown source "${id}"`);
}

function load(): { ruleSets: RuleSet[]; homeTopics: HomeTopic[] } {
  const ruleSets = checkData('isolationRuleSets', 'knowledge/isolation/rule-sets.json', ruleSetsJson);
  const homeTopics = checkData('homeGuidance', 'knowledge/isolation/home-guidance.json', homeJson);
  const errors = [
    ...ruleSets.flatMap((r) => checkSources(`rule set ${r.id}`, r.sources)),
    ...homeTopics.flatMap((t) => checkSources(`home topic ${t.id}`, t.sources)),
  ];
  if (errors.length > 0) throw new Error(`Isolation knowledge is invalid: ${errors.join('; ')}`);
  return { ruleSets, homeTopics };
}

const loaded = load();
export const ruleSets: readonly RuleSet[] = loaded.ruleSets;
export const homeTopics: readonly HomeTopic[] = loaded.homeTopics;
