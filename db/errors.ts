/** Prisma's unique-constraint violation, whichever driver adapter raised it. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002';
}

/** Prisma's codes for a database out of reach: cannot connect, timed out, closed, pool exhausted. */
const UNREACHABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNREACHABLE_TEXT =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|terminating connection|server closed the connection|Can't reach database|the database system is (starting up|shutting down|in recovery)|connection (is )?(closed|ended)|timeout exceeded when trying to connect/i;

/** The database did not answer (as opposed to refusing a query): the request may be tried again later. */
export function isStoreUnreachable(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 4) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; name?: unknown };
  if (typeof e.code === 'string' && UNREACHABLE_CODES.has(e.code)) return true;
  if (typeof e.message === 'string' && UNREACHABLE_TEXT.test(e.message)) return true;
  return isStoreUnreachable(e.cause, depth + 1);
}
