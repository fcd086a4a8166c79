/**
 * Key people (the State Council notice of 3 Jan 2023): the register with its grading, and proactive
 * check-ins whose answers come back through the conversation engine.
 */
import type { HandlerTable } from '../../core/types';
import { createCheckInHandler } from './check-in.handler';
import type { CheckInService } from './check-in.service';

export { CHECK_IN_JOBS, CheckInService, type CheckInSettings } from './check-in.service';
export { KeyPeopleRegister, type RegisterResult } from './register.service';
export { gradePerson } from './grading';
export { readPeopleCsv, parseCsv } from './people-csv';
export { PERSON_FIELDS, type PersonInput } from './person-input';
export { afterQuietHours, parseQuietHours, weekStartOf, planWeek, inQuietHours } from './schedule';
export { compliance, type ComplianceWeek } from './compliance';
export { registeredFacts } from './registered-facts';

export function createHandlers(deps: { checkIns?: CheckInService; emergencyNumber: string }): HandlerTable {
  if (!deps.checkIns) return {};
  return { 'checkin.answer': createCheckInHandler({ checkIns: deps.checkIns, emergencyNumber: deps.emergencyNumber }) };
}
export { KeyPeopleDesk, type PersonDetail, type BoardRow } from './key-people-desk';
