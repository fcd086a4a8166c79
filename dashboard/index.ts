/**
 * The commissioners' dashboard: staff sign-in and sessions, the staff JSON API (/api/v1/auth,
 * /api/v1/tickets, /api/v1/stats) and the pages at /dashboard, under a strict Content-Security-Policy
 * (everything from this origin, no inline script or style).
 */
import type { FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import type { DashboardContext } from './dashboard.context';
import { assetRoutes } from './assets.routes';
import { pageRoutes } from './pages.routes';
import { staffApiRoutes } from './staff-api.routes';
import { staffAdminRoutes } from './staff-admin.routes';
import { keyPeopleApiRoutes } from './key-people-api.routes';
import { keyPeoplePageRoutes } from './key-people-pages.routes';

export type { DashboardContext, DashboardSettings } from './dashboard.context';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export async function dashboardPlugin(app: FastifyInstance, ctx: DashboardContext): Promise<void> {
  await app.register(cookie);
  // This plugin is encapsulated: the hook and the cookie parser apply to its routes only.
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    // Staff pages and answers hold people's details: never cached by the browser or a proxy.
    if (!request.url.startsWith('/dashboard/assets/')) reply.header('cache-control', 'no-store');
    return payload;
  });
  staffApiRoutes(app, ctx);
  pageRoutes(app, ctx);
  staffAdminRoutes(app, ctx);
  keyPeopleApiRoutes(app, ctx);
  keyPeoplePageRoutes(app, ctx);
  assetRoutes(app);
}
