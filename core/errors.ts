/**
 * An error with a stable code for clients, a message safe to show them, and the HTTP status.
 * Anything else that escapes a route is a 500 whose details stay in the log.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly publicMessage: string,
    logMessage?: string,
  ) {
    super(logMessage ?? publicMessage);
    this.name = 'AppError';
  }
}

export class NotReadyError extends AppError {
  constructor() {
    super(503, 'not_ready', 'The service is starting; try again in a few seconds.');
  }
}

/**
 * The database did not answer. Retryable: the channel says so (503 with Retry-After, or on the phone
 * "not processed, try again; in an emergency dial 120"). An emergency is answered before this is thrown.
 */
export class StoreUnavailableError extends AppError {
  readonly retryAfterSeconds = 5;
  constructor(cause: unknown) {
    super(
      503,
      'store_unavailable',
      'The service cannot reach its database right now; try again shortly.',
      `store unavailable: ${(cause as Error)?.message ?? cause}`,
    );
  }
}

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
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
