/**
 * Who is calling the chat API. With CHAT_API_KEYS set, every request names its key
 * (`Authorization: Bearer <key>` or `X-Api-Key`), and a conversation is found by the key's label and the
 * session id together: one integrator's session id never opens another integrator's conversation.
 * Without keys the API is open and the session id alone is the address (local development).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../core/errors';
import type { WebSettings } from './web.settings';

export class UnauthorizedError extends AppError {
  constructor() {
    super(401, 'unauthorized', 'This API needs a valid key: Authorization: Bearer <key>.');
  }
}

/** The integrator's label, or null when the API is open. */
export function integratorOf(request: FastifyRequest, keys: WebSettings['apiKeys']): string | null {
  if (keys.length === 0) return null;
  const header = request.headers.authorization;
  const given =
    (typeof header === 'string' ? /^Bearer (.+)$/.exec(header)?.[1] : undefined) ?? request.headers['x-api-key'];
  if (typeof given !== 'string' || !given) throw new UnauthorizedError();
  const found = keys.find((k) => timingSafeEqual(digest(k.key), digest(given)));
  if (!found) throw new UnauthorizedError();
  return found.label;
}

/** "/" never occurs in a session id, so a namespaced address cannot be reached from the open API. */
export function chatAddress(integrator: string | null, sessionId: string): string {
  return integrator === null ? sessionId : `key/${integrator}/${sessionId}`;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
