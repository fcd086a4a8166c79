import type { Static } from '@sinclair/typebox';
import { checkData } from '../schema/check';
import { getSource } from '../sources';
import type * as Schema from './schema';
import symptomsJson from './symptoms.json';

/**
 * Home-care advice per symptom, each with its sources. When to get care is not here: it is said
 * from the red-flag rule table (knowledge/red-flags/care.ts), the one list of red flags.
 */

export type SymptomAdvice = Static<typeof Schema.SymptomAdviceSchema>;

function checkSources(label: string, sources: string[]): string[] {
  if (sources.length === 0) return [`${label} has no source`];
  return sources.filter((id) => !getSource(id)).map((id) => `${label} cites unknown source "${id}"`);
}

function load(): SymptomAdvice[] {
  const symptoms = checkData('symptoms', 'knowledge/symptoms/symptoms.json', symptomsJson);
  const errors = symptoms.flatMap((s) => checkSources(`symptom ${s.id}`, s.sources));
  if (errors.length > 0) throw new Error(`Symptom knowledge is invalid: ${errors.join('; ')}`);
  return symptoms;
}

export const symptomAdvice: readonly SymptomAdvice[] = load();
