import type { Bilingual } from '../../core/types';
import { getSource } from '../sources';
import type { Names } from '../medicines/types';
import homeJson from './home-guidance.json';
import ruleSetsJson from './rule-sets.json';

/**
 * Isolation knowledge: release rules per jurisdiction (a rule set is one or more alternative
 * "paths", any one of which ends isolation) and home-isolation guidance by topic.
 */
export interface ReleasePath {
  /** Full days since the positive test (or symptom onset) that must have passed. */
  minFullDays?: number;
  /** Hours without fever, without fever medicine. */
  feverFreeHours?: number;
  symptomsImproved?: boolean;
  antigenNegative?: boolean;
  pcrCt35Twice?: boolean;
}

export interface RuleSet {
  id: string;
  name: Bilingual;
  countFrom: Bilingual;
  paths: ReleasePath[];
  notes: Bilingual[];
  sources: string[];
}

export interface HomeTopic {
  id: string;
  match: Names;
  text: Bilingual;
  sources: string[];
}

function checkSources(label: string, sources: string[]): string[] {
  if (sources.length === 0) return [`${label} has no source`];
  return sources.filter((id) => !getSource(id)).map((id) => `${label} cites unknown source "${id}"`);
}

function load(): { ruleSets: RuleSet[]; homeTopics: HomeTopic[] } {
  const ruleSets = ruleSetsJson as unknown as RuleSet[];
  const homeTopics = homeJson as unknown as HomeTopic[];
  const errors = [
    ...ruleSets.flatMap((r) => [
      ...checkSources(`rule set ${r.id}`, r.sources),
      ...(r.paths.length === 0 ? [`rule set ${r.id} has no release path`] : []),
    ]),
    ...homeTopics.flatMap((t) => checkSources(`home topic ${t.id}`, t.sources)),
  ];
  if (errors.length > 0) throw new Error(`Isolation knowledge is invalid: ${errors.join('; ')}`);
  return { ruleSets, homeTopics };
}

const loaded = load();
export const ruleSets: readonly RuleSet[] = loaded.ruleSets;
export const homeTopics: readonly HomeTopic[] = loaded.homeTopics;
