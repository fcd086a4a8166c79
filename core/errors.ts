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
