/**
 * Admins manage accounts (the CLI creates the first): list, add, disable or enable, set a password.
 * JSON at /api/v1/staff and the page /dashboard/staff; anyone else gets 403 (a role, not a record:
 * nothing to hide by a 404). Disabling or a new password ends the account's sessions at once.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors';
import { STAFF_ROLES } from '../core/staff';
import type { AdminResult, StaffSession } from '../domains/staff';
import type { DashboardContext } from './dashboard.context';
import { checkCsrf, loadSession, requireSession } from './session.http';
import { accountJson } from './ticket-json';
import { staffPage } from './views/staff.view';
import { langOf, pathOf } from './page-lang';
import { loginPage } from './views/login.view';

interface NewAccountBody {
  username: string;
  role: string;
  password: string;
  name?: string;
  phone?: string;
  communities?: string[];
  street?: string;
  district?: string;
}

const STATUS_OF: Record<string, number> = { not_found: 404, username_taken: 409 };

function answer(result: AdminResult) {
  if (result.ok) return { account: accountJson(result.account) };
  throw new AppError(STATUS_OF[result.code] ?? 400, result.code, result.message);
}

export function staffAdminRoutes(app: FastifyInstance, ctx: DashboardContext): void {
  const admin = () => ctx.services().admin;
  const clock = () => ctx.services().clock;
  const requireAdmin = async (request: FastifyRequest): Promise<StaffSession> => {
    const session = await requireSession(ctx.services().auth, request);
    if (session.account.role !== 'admin') throw new AppError(403, 'forbidden', 'Only admins manage accounts.');
    return session;
  };

  app.get('/api/v1/staff', { schema: { tags: ['staff'], summary: 'Admins: every staff account' } }, async (request) => {
    await requireAdmin(request);
    return { staff: (await admin().list()).map(accountJson) };
  });

  app.post<{ Body: NewAccountBody }>(
    '/api/v1/staff',
    {
      schema: {
        tags: ['staff'],
        summary: 'Admins: add an account',
        body: {
          type: 'object',
          required: ['username', 'role', 'password'],
          additionalProperties: false,
          properties: {
            username: { type: 'string', maxLength: 32 },
            role: { type: 'string', enum: [...STAFF_ROLES] },
            password: { type: 'string', maxLength: 200 },
            name: { type: 'string', maxLength: 64 },
            phone: { type: 'string', maxLength: 16 },
            communities: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 64 } },
            street: { type: 'string', maxLength: 64 },
            district: { type: 'string', maxLength: 64 },
          },
        },
      },
    },
    async (request, reply) => {
      await requireAdmin(request);
      const { password, ...input } = request.body;
      return reply.status(201).send(answer(await admin().add(input, password)));
    },
  );

  app.patch<{ Params: { username: string }; Body: { active?: boolean; password?: string } }>(
    '/api/v1/staff/:username',
    {
      schema: {
        tags: ['staff'],
        summary: 'Admins: disable or enable an account, or set its password (both end its sessions)',
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: { active: { type: 'boolean' }, password: { type: 'string', maxLength: 200 } },
        },
      },
    },
    async (request) => {
      const session = await requireAdmin(request);
      const { username } = request.params;
      const { active, password } = request.body;
      if (active === false && username === session.account.username)
        throw new AppError(400, 'cannot_disable_self', 'An admin cannot disable their own account.');
      let result: AdminResult | undefined;
      if (password !== undefined) result = await admin().setPassword(username, password, clock().now());
      if (active !== undefined && (!result || result.ok))
        result = await admin().setActive(username, active, clock().now());
      return answer(result!);
    },
  );

  // ---------- the page ----------

  const page = async (request: FastifyRequest, reply: FastifyReply, status = 200, message?: string) => {
    const lang = langOf(request, reply);
    const session = await loadSession(ctx.services().auth, request);
    if (!session)
      return reply
        .status(401)
        .type('text/html; charset=utf-8')
        .send(loginPage(lang, pathOf(request)));
    if (session.account.role !== 'admin') throw new AppError(403, 'forbidden', 'Only admins manage accounts.');
    const html = staffPage(
      { lang, title: 'staff', session, path: pathOf(request) },
      { accounts: await admin().list(), communities: ctx.services().desk.communitiesFor(session.account), message },
    );
    return reply.status(status).type('text/html; charset=utf-8').send(html);
  };

  app.get('/dashboard/staff', (request, reply) => page(request, reply));

  app.post<{ Body: Record<string, string | string[] | undefined> }>('/dashboard/staff', async (request, reply) => {
    const session = await loadSession(ctx.services().auth, request);
    if (!session) return page(request, reply);
    checkCsrf(request, session);
    if (session.account.role !== 'admin') throw new AppError(403, 'forbidden', 'Only admins manage accounts.');
    const form = request.body ?? {};
    const one = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim() : undefined) || undefined;
    const many = (k: string) => (Array.isArray(form[k]) ? (form[k] as string[]) : one(k) ? [one(k)!] : []);
    let result: AdminResult;
    if (form.action === 'add') {
      result = await admin().add(
        {
          username: one('username') ?? '',
          role: one('role') ?? '',
          name: one('name'),
          phone: one('phone'),
          communities: many('communities'),
          street: one('street'),
          district: one('district'),
        },
        typeof form.password === 'string' ? form.password : '',
      );
    } else if ((form.action === 'disable' || form.action === 'enable') && one('username')) {
      if (form.action === 'disable' && one('username') === session.account.username)
        return page(request, reply, 400, 'cannot_disable_self');
      result = await admin().setActive(one('username')!, form.action === 'enable', clock().now());
    } else {
      return page(request, reply, 400, 'invalid_request');
    }
    if (!result.ok) return page(request, reply, STATUS_OF[result.code] ?? 400, `${result.code}: ${result.message}`);
    return reply.redirect('/dashboard/staff', 303);
  });
}
