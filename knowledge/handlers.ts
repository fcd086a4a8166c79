import type { IntentHandler, IntentId } from '../conversation/types';
import { createClinicHandler, type ClinicDirectory } from '../clinics';
import { createIsolationHandlers } from '../isolation';
import { medicationHandlers } from '../medication';
import { symptomHandler } from '../symptoms';

export { findMedicines } from '../medication/lexicon';

/**
 * Every knowledge-answering intent in one table for the conversation engine. Built once at start:
 * an unknown isolation rule set throws here. The clinic directory is loaded (and validated) by the caller.
 */
export function createKnowledgeHandlers(config: {
  isolationRuleSetId: string;
  clinics: ClinicDirectory;
}): Partial<Record<IntentId, IntentHandler>> {
  return {
    ...medicationHandlers,
    ...createIsolationHandlers({ ruleSetId: config.isolationRuleSetId }),
    'symptom.advice': symptomHandler,
    'clinic.find': createClinicHandler(config.clinics),
  };
}
