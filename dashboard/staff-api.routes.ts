/**
 * The staff API behind the dashboard (CONTRACT.md "Staff accounts and the staff API"): sign-in and
 * out, the queue, a ticket, claim, status, notes, reassignment, the surge figures and their CSV.
 * Every route but login needs a session (401 without); every change needs its CSRF token (403).
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../core/errors';
import {
  PRIORITIES,
  SERVICE_CODES,
  TICKET_ID_PATTERN,
  TICKET_STATUSES,
  isTicketStatus,
  type TicketStatus,
} from '../core/tickets';
import type { StaffTicketFilter } from '../conversation/staff.port';
import type { ChangeResult } from '../conversation/tickets.port';
import type { StaffAccount } from '../core/staff';
import type { DashboardContext } from './dashboard.context';
import { STAFF_STATUSES } from '../domains/staff';
import { clearSessionCookie, requireSession, setSessionCookie } from './session.http';
import { accountJson, changed, detailJson, surgeCsv, ticketJson } from './ticket-json';

const TICKET_ID = { type: 'string', pattern: TICKET_ID_PATTERN } as const;
const NOTE = { type: 'string', minLength: 1, maxLength: 2000 } as const;

interface QueueQuery {
  status?: string;
  service?: string;
  priority?: string;
  community?: string;
  mine?: 'true' | 'false';
  unrouted?: 'true' | 'false';
  limit?: string;
}

export function staffApiRoutes(app: FastifyInstance, ctx: DashboardContext): void {
  const auth = () => ctx.services().auth;
  const desk = () => ctx.services().desk;

  app.post<{ Body: { username: string; password: string } }>(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['staff'],
        summary: 'Sign in: a session cookie and the CSRF token for changes',
        body: {
          type: 'object',
          required: ['username', 'password'],
          additionalProperties: false,
          properties: {
            username: { type: 'string', minLength: 1, maxLength: 64 },
            password: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const result = await auth().login(username, password, request.ip, request.headers['user-agent']);
      if (!result.ok && result.reason === 'throttled') {
        reply.header('retry-after', String(result.retryAfterSeconds));
        throw new AppError(429, 'too_many_attempts', 'Too many sign-in attempts; try again later.');
      }
      if (!result.ok) throw new AppError(401, 'invalid_credentials', 'Wrong username or password.');
      request.log.info({ staffId: result.account.id }, 'staff signed in');
      setSessionCookie(request, reply, result.token, ctx.settings.sessionMaxHours);
      return { account: accountJson(result.account), csrfToken: result.csrfToken };
    },
  );

  app.get(
    '/api/v1/auth/session',
    { schema: { tags: ['staff'], summary: 'The signed-in account' } },
    async (request) => {
      const session = await requireSession(auth(), request);
      return { account: accountJson(session.account), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags: ['staff'], summary: 'End this session' } },
    async (request, reply) => {
      const session = await requireSession(auth(), request);
      await auth().logout(session.token);
      clearSessionCookie(request, reply);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/auth/logout-everywhere',
    { schema: { tags: ['staff'], summary: 'End every session of this account, on every device' } },
    async (request, reply) => {
      const session = await requireSession(auth(), request);
      const ended = await auth().logoutEverywhere(session.account.id);
      clearSessionCookie(request, reply);
      return { ended };
    },
  );

  app.get<{ Querystring: QueueQuery }>(
    '/api/v1/tickets',
    {
      schema: {
        tags: ['staff'],
        summary: 'The queue: tickets the account may see, most urgent first',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            status: { type: 'string', pattern: `^(${TICKET_STATUSES.join('|')})(,(${TICKET_STATUSES.join('|')}))*$` },
            service: { type: 'string', enum: [...SERVICE_CODES] },
            priority: { type: 'string', enum: [...PRIORITIES] },
            community: { type: 'string', maxLength: 64 },
            mine: { type: 'string', enum: ['true', 'false'] },
            unrouted: { type: 'string', enum: ['true', 'false'] },
            // Query strings are not coerced (server/app.ts): numbers arrive as digits.
            limit: { type: 'string', pattern: '^[1-9][0-9]{0,2}$' },
          },
        },
      },
    },
    async (request) => {
      const session = await requireSession(auth(), request);
      const tickets = await desk().queue(session.account, queueFilter(request.query, session.account.id));
      return { tickets: tickets.map(ticketJson) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/tickets/:id',
    {
      schema: {
        tags: ['staff'],
        summary: 'A ticket with its transcript and audit trail (404 outside the account’s area)',
        params: { type: 'object', properties: { id: TICKET_ID } },
      },
    },
    async (request) => {
      const session = await requireSession(auth(), request);
      const detail = await desk().detail(session.account, request.params.id);
      if (!detail) throw new AppError(404, 'not_found', 'No such ticket.');
      return detailJson(detail);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/v1/tickets/:id/claim',
    {
      schema: {
        tags: ['staff'],
        summary: 'Take the ticket (409 when someone else holds it)',
        params: { type: 'object', properties: { id: TICKET_ID } },
      },
    },
    async (request) => {
      const session = await requireSession(auth(), request);
      const { ticket } = changed(await desk().claim(session.account, request.params.id));
      return { ticket: ticketJson({ ...ticket, assigneeName: session.account.name }) };
    },
  );

  app.post<{ Params: { id: string }; Body: { status: TicketStatus; note?: string } }>(
    '/api/v1/tickets/:id/status',
    {
      schema: {
        tags: ['staff'],
        summary: 'Change the status; the resident is texted when it is taken and when it is resolved',
        params: { type: 'object', properties: { id: TICKET_ID } },
        body: {
          type: 'object',
          required: ['status'],
          additionalProperties: false,
          properties: { status: { type: 'string', enum: [...STAFF_STATUSES] }, note: NOTE },
        },
      },
    },
    async (request) => {
      const session = await requireSession(auth(), request);
      const { status, note } = request.body;
      const { ticket } = changed(await desk().setStatus(session.account, request.params.id, status, note));
      return { ticket: ticketJson({ ...ticket, assigneeName: null }) };
    },
  );

  app.post<{ Params: { id: string }; Body: { note: string } }>(
    '/api/v1/tickets/:id/notes',
    {
      schema: {
        tags: ['staff'],
        summary: 'Add a note to the audit trail',
        params: { type: 'object', properties: { id: TICKET_ID } },
        body: { type: 'object', required: ['note'], additionalProperties: false, properties: { note: NOTE } },
      },
    },
    async (request, reply) => {
      const session = await requireSession(auth(), request);
      const note = request.body.note.trim();
      if (!note) throw new AppError(400, 'empty_note', 'note must contain something other than spaces');
      changed(await desk().addNote(session.account, request.params.id, note));
      return reply.status(201).send({ ok: true });
    },
  );

  for (const [path, run] of [
    ['sla-pause', (a, id, note) => desk().pauseSla(a, id, note)],
    ['sla-resume', (a, id, note) => desk().resumeSla(a, id, note)],
  ] as const satisfies readonly (readonly [
    string,
    (a: StaffAccount, id: string, note?: string) => Promise<ChangeResult>,
  ])[]) {
    app.post<{ Params: { id: string }; Body: { note?: string } | undefined }>(
      `/api/v1/tickets/:id/${path}`,
      {
        schema: {
          tags: ['staff'],
          summary:
            path === 'sla-pause'
              ? 'Waiting on the resident: stop the SLA clock'
              : 'The resident is back: restart the SLA clock, due times moved on by the pause',
          params: { type: 'object', properties: { id: TICKET_ID } },
        },
      },
      async (request) => {
        const session = await requireSession(auth(), request);
        const note = typeof request.body?.note === 'string' ? request.body.note.slice(0, 2000) : undefined;
        const { ticket } = changed(await run(session.account, request.params.id, note));
        return { ticket: ticketJson({ ...ticket, assigneeName: null }) };
      },
    );
  }

  app.post<{ Params: { id: string }; Body: { assigneeId?: string | null; communityId?: string; note?: string } }>(
    '/api/v1/tickets/:id/reassign',
    {
      schema: {
        tags: ['staff'],
        summary: 'Leads and admins: to another staff member (null: back to the queue) and/or a community',
        params: { type: 'object', properties: { id: TICKET_ID } },
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            assigneeId: { type: ['string', 'null'], maxLength: 64 },
            communityId: { type: 'string', maxLength: 64 },
            note: NOTE,
          },
        },
      },
    },
    async (request) => {
      const session = await requireSession(auth(), request);
      const { assigneeId, communityId, note } = request.body;
      if (assigneeId === undefined && communityId === undefined)
        throw new AppError(400, 'invalid_request', 'body needs assigneeId or communityId');
      const result = await desk().reassign(session.account, request.params.id, { assigneeId, communityId }, note);
      if (!result.ok && result.reason === 'forbidden') throw new AppError(403, 'forbidden', result.message);
      if (!result.ok && result.reason === 'bad_target') throw new AppError(400, 'invalid_target', result.message);
      const { ticket } = changed(result as Exclude<typeof result, { reason: 'forbidden' | 'bad_target' }>);
      return { ticket: ticketJson({ ...ticket, assigneeName: null }) };
    },
  );

  const days = { type: 'string', pattern: '^([1-9]|[1-8][0-9]|90)$' } as const;

  app.get<{ Querystring: { days?: string } }>(
    '/api/v1/stats',
    {
      schema: {
        tags: ['staff'],
        summary: 'The surge: tickets per day by service, open by priority, SLA met, contacts sent to 120 or kept away',
        querystring: { type: 'object', additionalProperties: false, properties: { days } },
      },
    },
    async (request) => {
      const session = await requireSession(auth(), request);
      return desk().surge(session.account, Number(request.query.days ?? 14));
    },
  );

  app.get<{ Querystring: { days?: string } }>(
    '/api/v1/stats.csv',
    {
      schema: {
        tags: ['staff'],
        summary: 'The same figures as CSV, one line a day',
        querystring: { type: 'object', additionalProperties: false, properties: { days } },
      },
    },
    async (request, reply) => {
      const session = await requireSession(auth(), request);
      const csv = surgeCsv(await desk().surge(session.account, Number(request.query.days ?? 14)));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="hotline-tickets.csv"')
        .send(csv);
    },
  );
}

export function queueFilter(q: QueueQuery, staffId: string): StaffTicketFilter {
  const status = q.status?.split(',').filter(isTicketStatus);
  return {
    status: status?.length ? status : undefined,
    service: q.service as StaffTicketFilter['service'],
    priority: q.priority as StaffTicketFilter['priority'],
    communityId: q.community || undefined,
    assigneeId: q.mine === 'true' ? staffId : undefined,
    unrouted: q.unrouted === 'true' || undefined,
    limit: Math.min(500, q.limit ? Number(q.limit) : 200),
  };
}
