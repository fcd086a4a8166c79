/**
 * The one place failures become responses: every 5xx the service can give, with what a client may do
 * about it (Retry-After on the retryable ones) and nothing internal in the body.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { NotReadyError, StoreUnavailableError } from '../../../core/errors';
import { ConversationBusyError } from '../../../db/turn-lock';
import { registerErrorHandler } from '../../../server/error-handler';

function appThrowing(err: Error): FastifyInstance {
  const app = Fastify({ logger: false });
  registerErrorHandler(app);
  app.get('/x', async () => {
    throw err;
  });
  return app;
}

const unreachable = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('the error handler', () => {
  it.each([
    ['the database out of reach (driver error)', unreachable(), 'store_unavailable', '5'],
    ['the store unavailable', new StoreUnavailableError(new Error('x')), 'store_unavailable', '5'],
    ['still starting', new NotReadyError(), 'not_ready', '5'],
    ['a conversation busy beyond the lock wait', new ConversationBusyError(), 'conversation_busy', '2'],
  ])('%s: 503 %s with Retry-After %s', async (_what, err, code, seconds) => {
    const res = await appThrowing(err).inject({ url: '/x' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe(seconds);
    expect(res.json().error.code).toBe(code);
    expect(res.body).not.toContain('5432');
  });

  it('anything unexpected: 500 internal_error, saying nothing of what went wrong', async () => {
    const res = await appThrowing(new Error('secret table "Caller" column "phone"')).inject({ url: '/x' });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('internal_error');
    expect(res.body).not.toMatch(/secret|Caller|phone|stack/);
    expect(res.headers['retry-after']).toBeUndefined();
  });
});
