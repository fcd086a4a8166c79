import type { IntentHandler } from '../conversation/types';
import { combinationHandler } from './combination.handler';
import { conditionHandler } from './condition.handler';
import { doseHandler } from './dose.handler';
import { safetyHandler } from './safety.handler';

export { combinationHandler, conditionHandler, doseHandler, safetyHandler };
export { findMedicines } from './lexicon';

/** The medication intents and their handlers, for the engine's routing table. */
export const medicationHandlers: {
  'medication.dose': IntentHandler;
  'medication.combination': IntentHandler;
  'medication.condition': IntentHandler;
  'medication.safety': IntentHandler;
} = {
  'medication.dose': doseHandler,
  'medication.combination': combinationHandler,
  'medication.condition': conditionHandler,
  'medication.safety': safetyHandler,
};
