/**
 * The session cookie and the checks every staff request passes: a session (else 401, or the login
 * form on a page), and on every state change the session's CSRF token and no cross-site origin.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors';
import { csrfMatches, type StaffAuth, type StaffSession } from '../domains/staff';

export const SESSION_COOKIE = 'hotline_staff';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member's session, once a staff route has looked it up. */
    staffSession?: StaffSession | null;
  }
}

/** Secure whenever the request reached us over https (directly or through the proxy in front). */
function isHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https' || request.headers['x-forwarded-proto'] === 'https';
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, maxHours: number): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps(request),
    maxAge: maxHours * 3600,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: isHttps(request) });
}

export async function loadSession(auth: StaffAuth, request: FastifyRequest): Promise<StaffSession | null> {
  if (request.staffSession === undefined)
    request.staffSession = await auth.authenticate(request.cookies[SESSION_COOKIE]);
  return request.staffSession;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A state change must carry the session's CSRF token (header, or `_csrf` in a form) and not come from another site. */
export function checkCsrf(request: FastifyRequest, session: StaffSession): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers['sec-fetch-site'] === 'cross-site')
    throw new AppError(403, 'csrf_failed', 'Cross-site requests cannot change anything here.');
  const header = request.headers[CSRF_HEADER];
  const form = (request.body as { _csrf?: unknown } | undefined)?._csrf;
  const sent = typeof header === 'string' ? header : typeof form === 'string' ? form : undefined;
  if (!csrfMatches(session, sent))
    throw new AppError(403, 'csrf_failed', 'The request did not carry this session’s CSRF token; reload the page.');
}

/** For the JSON API: the session, or 401. */
export async function requireSession(auth: StaffAuth, request: FastifyRequest): Promise<StaffSession> {
  const session = await loadSession(auth, request);
  if (!session) throw new AppError(401, 'unauthenticated', 'Sign in first: no valid session.');
  checkCsrf(request, session);
  return session;
}
