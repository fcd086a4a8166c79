/**
 * Staff who work tickets: signing in (Argon2id passwords, database sessions, the sign-in throttle)
 * and the desk they work from, where every read and change is limited to the account's scope.
 */
export {
  StaffAuth,
  csrfMatches,
  hashToken,
  type AuthSettings,
  type LoginResult,
  type StaffSession,
} from './staff-auth.service';
export { StaffDesk, STAFF_STATUSES, actorOf, type SurgeFigures, type DeskRefusal } from './staff-desk.service';
export { hashPassword, verifyPassword, passwordProblem, MIN_PASSWORD_LENGTH } from './passwords';
export { AccountAdmin, type AccountInput, type AdminResult } from './account-admin';
