/**
 * The Open311 channel: GeoReport v2 at /open311/v2 for civic tools, on the ticket desk it is handed
 * through the ChannelContext (never the database or server code). Errors inside it, including
 * unknown paths and malformed requests, are the spec's list of {code, description}.
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { ChannelContext } from '../conversation/channel';
import { AppError, isStoreUnreachable, StoreUnavailableError } from '../core/errors';
import { Open311Error, open311Routes, sendError } from './open311.route';
import type { Open311Settings } from './open311.settings';

export type { Open311Settings } from './open311.settings';

const formatOf = (request: FastifyRequest) => (/\.xml(\?|$)/.test(request.url) ? 'xml' : 'json');

export async function open311Channel(app: FastifyInstance, ctx: ChannelContext<Open311Settings>): Promise<void> {
  app.setErrorHandler((thrown: FastifyError | Error, request, reply) => {
    // The database out of reach is a retryable 503, as everywhere else in the service.
    const err = isStoreUnreachable(thrown) ? new StoreUnavailableError(thrown) : thrown;
    if (err instanceof StoreUnavailableError) reply.header('retry-after', String(err.retryAfterSeconds));
    if (err instanceof Open311Error) return sendError(reply, formatOf(request), err.status, err.description);
    if (err instanceof AppError && err.statusCode >= 500) {
      request.log.error({ err }, err.message);
      return sendError(reply, formatOf(request), err.statusCode, err.publicMessage);
    }
    const status = (err as FastifyError).statusCode;
    if ((err as FastifyError).validation || (status && status >= 400 && status < 500))
      return sendError(reply, formatOf(request), status && status !== 500 ? status : 400, err.message);
    request.log.error({ err }, 'open311 failed');
    return sendError(reply, formatOf(request), 500, 'internal error');
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, formatOf(request), 404, 'not found'));
  open311Routes(app, ctx);
}
