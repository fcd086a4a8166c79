import type { IntentHandler, IntentId } from '../conversation/types';
import { createClinicHandler, loadClinicDirectory } from '../clinics';
import { createIsolationHandlers } from '../isolation';
import { medicationHandlers } from '../medication';
import { symptomHandler } from '../symptoms';

export { findMedicines } from '../medication/lexicon';

/**
 * Every knowledge-answering intent in one table for the conversation engine. Built once at start:
 * an unknown isolation rule set or a broken clinic file throws here, before the service listens.
 */
export function createKnowledgeHandlers(config: {
  isolationRuleSetId: string;
  clinicsFile?: string;
}): Partial<Record<IntentId, IntentHandler>> {
  return {
    ...medicationHandlers,
    ...createIsolationHandlers({ ruleSetId: config.isolationRuleSetId }),
    'symptom.advice': symptomHandler,
    'clinic.find': createClinicHandler(loadClinicDirectory(config.clinicsFile)),
  };
}
