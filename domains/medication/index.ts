/** Medication safety: doses, combinations, conditions, expiry/storage/rumours (knowledge/medicines). */
import type { HandlerTable } from '../../core/types';
import { combinationHandler } from './combination.handler';
import { conditionHandler } from './condition.handler';
import { childWeightQuestion, doseHandler } from './dose.handler';
import { safetyHandler } from './safety.handler';

export { childWeightQuestion, combinationHandler, conditionHandler, doseHandler, safetyHandler };

export function createHandlers(): HandlerTable {
  return {
    'medication.dose': doseHandler,
    'medication.combination': combinationHandler,
    'medication.condition': conditionHandler,
    'medication.safety': safetyHandler,
  };
}
export { medicineQuestions } from './medicine-questions';
