/** Medication safety: doses, combinations, conditions, expiry/storage/rumours (knowledge/medicines). */
import type { HandlerTable } from '../../core/types';
import { combinationHandler } from './combination.handler';
import { conditionHandler } from './condition.handler';
import { childWeightQuestion, doseHandler } from './dose.handler';
import { safetyHandler } from './safety.handler';
import { withOneName } from './one-name';

export { childWeightQuestion, combinationHandler, conditionHandler, doseHandler, safetyHandler };

export function createHandlers(): HandlerTable {
  return {
    'medication.dose': withOneName(doseHandler),
    'medication.combination': withOneName(combinationHandler),
    'medication.condition': withOneName(conditionHandler),
    'medication.safety': withOneName(safetyHandler),
  };
}
export { medicineQuestions } from './medicine-questions';
