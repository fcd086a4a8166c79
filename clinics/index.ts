export { createClinicHandler } from './clinic.handler';
export {
  loadClinicDirectory, validateClinicDirectory, ClinicDirectoryError, DEFAULT_CLINICS_FILE, CLINIC_TYPES, WEEKDAYS,
} from './directory';
export type { Clinic, ClinicDirectory, ClinicType, Hotline, Weekday } from './directory';
export { localClock, isOpenAt, isOpenAtNight, isOpenOnWeekend, nextOpening } from './opening-hours';
