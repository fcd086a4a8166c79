import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, errorBody, isStoreUnreachable, NotReadyError, StoreUnavailableError } from '../core/errors';

/** Starting up or the database away: clients may try again after this. */
const RETRY_AFTER_SECONDS = 5;

function retryAfter(err: AppError): number | undefined {
  const own = (err as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  if (typeof own === 'number') return own;
  return err instanceof StoreUnavailableError || err instanceof NotReadyError ? RETRY_AFTER_SECONDS : undefined;
}

/** One place turns failures into responses: 4xx say what was wrong, 5xx say nothing internal. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((thrown: FastifyError | AppError | Error, request, reply) => {
    // A database out of reach on any route is the same retryable 503 the engine gives, never a 500.
    const err =
      !(thrown instanceof AppError) && isStoreUnreachable(thrown) ? new StoreUnavailableError(thrown) : thrown;
    if (err instanceof AppError) {
      if (err.statusCode >= 500) request.log.error({ err }, err.message);
      const seconds = retryAfter(err);
      if (seconds !== undefined) reply.header('retry-after', String(seconds));
      return reply.status(err.statusCode).send(errorBody(err.code, err.publicMessage));
    }
    const fe = err as FastifyError;
    if (fe.validation) {
      return reply.status(400).send(errorBody('invalid_request', validationMessage(fe)));
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply.status(fe.statusCode).send(errorBody(clientCode(fe), fe.message));
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send(errorBody('internal_error', 'Something went wrong on our side. Please try again.'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(errorBody('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`));
  });
}

function validationMessage(err: FastifyError): string {
  const first = err.validation?.[0];
  if (!first) return err.message;
  const where = first.instancePath
    ? first.instancePath.slice(1).replace(/\//g, '.')
    : (first.params as { missingProperty?: string })?.missingProperty;
  const context = err.validationContext ?? 'body';
  if (first.keyword === 'required')
    return `${context}.${(first.params as { missingProperty: string }).missingProperty} is required`;
  if (first.keyword === 'additionalProperties')
    return `${context} has an unknown field "${(first.params as { additionalProperty: string }).additionalProperty}"`;
  return `${context}${where ? '.' + where : ''} ${first.message}`;
}

function clientCode(err: FastifyError): string {
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'unsupported_media_type';
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'payload_too_large';
  if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return 'invalid_json';
  if (err.statusCode === 400 && /JSON/i.test(err.message)) return 'invalid_json';
  return 'bad_request';
}
