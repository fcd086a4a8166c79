/** Symptom care at home, with when to get care; warning-sign questions answered from the red-flag table. */
import type { HandlerTable } from '../../core/types';
import { symptomHandler } from './symptom.handler';

export { symptomHandler };

export function createHandlers(): HandlerTable {
  return { 'symptom.advice': symptomHandler };
}
export { asksAboutReading, asksAboutTemperature, reportsSpo2, reportsTemperature } from './readings';
