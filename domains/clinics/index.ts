/** Fever clinics and community health centres: nearest, open now, at night, at weekends. */
import type { HandlerTable } from '../../core/types';
import { createClinicHandler } from './clinic.handler';
import type { ClinicDirectory } from './directory';

export { createClinicHandler } from './clinic.handler';
export {
  loadClinicDirectory,
  validateClinicDirectory,
  ClinicDirectoryError,
  DEFAULT_CLINICS_FILE,
  CLINIC_TYPES,
  WEEKDAYS,
} from './directory';
export type { Clinic, ClinicDirectory, ClinicType, Hotline, Weekday } from './directory';
export { localClock, isOpenAt, isOpenAtNight, isOpenOnWeekend, nextOpening } from './opening-hours';

export function createHandlers(deps: { clinics: ClinicDirectory }): HandlerTable {
  return { 'clinic.find': createClinicHandler(deps.clinics) };
}
