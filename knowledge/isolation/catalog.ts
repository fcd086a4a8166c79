import type { Static } from '@sinclair/typebox';
import { checkData } from '../schema/check';
import { getSource } from '../sources';
import homeJson from './home-guidance.json';
import ruleSetsJson from './rule-sets.json';
import situationsJson from './situations.json';
import type * as Schema from './schema';

/**
 * Isolation knowledge: release rules per jurisdiction and home-isolation guidance by topic,
 * checked against schema.ts and for their sources when imported.
 */
export type ReleasePath = Static<typeof Schema.ReleasePathSchema>;
export type RuleSet = Static<typeof Schema.RuleSetSchema>;
export type HomeTopic = Static<typeof Schema.HomeTopicSchema>;
export type Situation = Static<typeof Schema.SituationSchema>;

function checkSources(label: string, sources: string[]): string[] {
  if (sources.length === 0) return [`${label} has no source`];
  return sources.filter((id) => !getSource(id)).map((id) => `${label} cites unknown source "${id}"`);
}

function load(): { ruleSets: RuleSet[]; homeTopics: HomeTopic[]; situations: Situation[] } {
  const ruleSets = checkData('isolationRuleSets', 'knowledge/isolation/rule-sets.json', ruleSetsJson);
  const homeTopics = checkData('homeGuidance', 'knowledge/isolation/home-guidance.json', homeJson);
  const situations = checkData('isolationSituations', 'knowledge/isolation/situations.json', situationsJson);
  const errors = [
    ...ruleSets.flatMap((r) => checkSources(`rule set ${r.id}`, r.sources)),
    ...homeTopics.flatMap((t) => checkSources(`home topic ${t.id}`, t.sources)),
    ...situations.flatMap((t) => checkSources(`situation ${t.id}`, t.sources)),
  ];
  if (errors.length > 0) throw new Error(`Isolation knowledge is invalid: ${errors.join('; ')}`);
  return { ruleSets, homeTopics, situations };
}

const loaded = load();
export const ruleSets: readonly RuleSet[] = loaded.ruleSets;
export const homeTopics: readonly HomeTopic[] = loaded.homeTopics;
/** In priority order: the first that a message names is the one answered (a close contact is not positive). */
export const situations: readonly Situation[] = loaded.situations;
