import type { Static } from '@sinclair/typebox';
import type { Bilingual } from '../../core/types';
import { checkData } from '../schema/check';
import { getSource } from '../sources';
import redFlagsJson from './red-flags.json';
import type * as Schema from './schema';
import symptomsJson from './symptoms.json';

/** Home-care advice per symptom and the guideline's red flags, each with its sources. */

export type RedFlagGroup = 'all' | 'pregnancy' | 'child' | 'elderly';

export interface SourcedText {
  text: Bilingual;
  sources: string[];
}

export interface RedFlag extends SourcedText {
  id: string;
  group: RedFlagGroup;
}

export type SymptomAdvice = Static<typeof Schema.SymptomAdviceSchema>;

export interface CareGuidance {
  redFlags: RedFlag[];
  /** One sentence on when to get care, closing every clinical answer. */
  careClosing: SourcedText;
  /** Lead sentence when the screen says "urgent": a clinician today, not 120. */
  urgentLead: SourcedText;
  emergencyLine: SourcedText;
}

function checkSources(label: string, sources: string[]): string[] {
  if (sources.length === 0) return [`${label} has no source`];
  return sources.filter((id) => !getSource(id)).map((id) => `${label} cites unknown source "${id}"`);
}

function load(): { care: CareGuidance; symptoms: SymptomAdvice[] } {
  const care = redFlagsJson as unknown as CareGuidance;
  const symptoms = checkData('symptoms', 'knowledge/symptoms/symptoms.json', symptomsJson);
  const errors = [
    ...care.redFlags.flatMap((f) => checkSources(`red flag ${f.id}`, f.sources)),
    ...checkSources('careClosing', care.careClosing.sources),
    ...checkSources('urgentLead', care.urgentLead.sources),
    ...checkSources('emergencyLine', care.emergencyLine.sources),
    ...symptoms.flatMap((s) => checkSources(`symptom ${s.id}`, s.sources)),
  ];
  if (errors.length > 0) throw new Error(`Symptom knowledge is invalid: ${errors.join('; ')}`);
  return { care, symptoms };
}

const loaded = load();
export const careGuidance: CareGuidance = loaded.care;
export const symptomAdvice: readonly SymptomAdvice[] = loaded.symptoms;
