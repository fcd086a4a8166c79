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

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}
