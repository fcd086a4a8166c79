/**
 * The pages at /dashboard: server-rendered, Chinese first (?lang=en switches, remembered in a cookie),
 * working without JavaScript (forms post and redirect back); htmx refreshes the queue. Without a
 * session every page is the sign-in form. Changes go through the same desk as the JSON API.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors';
import { isPriority, isServiceCode, isTicketId, isTicketStatus } from '../core/tickets';
import type { ChangeResult } from '../conversation/tickets.port';
import type { DashboardContext } from './dashboard.context';
import { clearSessionCookie, checkCsrf, loadSession, setSessionCookie } from './session.http';
import type { StaffSession } from '../domains/staff';
import { STAFF_STATUSES } from '../domains/staff';
import { queueFilter } from './staff-api.routes';
import { surgeCsv } from './ticket-json';
import { textsFor, type PageLang } from './texts';
import { langOf, pathOf } from './page-lang';
import { chartsPage } from './views/charts.view';
import { loginPage } from './views/login.view';
import { queuePage, queueRows, type QueueView } from './views/queue.view';
import { ticketPage } from './views/ticket.view';
import { layout, type PageFrame } from './views/layout.view';
import { html } from './html';

type Query = Record<string, string | undefined>;
type Form = Record<string, string | undefined>;

export function pageRoutes(app: FastifyInstance, ctx: DashboardContext): void {
  const { auth, desk } = { auth: () => ctx.services().auth, desk: () => ctx.services().desk };
  const clock = () => ctx.services().clock;

  /** The session, or the sign-in form sent instead (and undefined returned). */
  async function signedIn(request: FastifyRequest, reply: FastifyReply): Promise<StaffSession | undefined> {
    const session = await loadSession(auth(), request);
    if (session) return session;
    const lang = langOf(request, reply);
    reply
      .status(401)
      .type('text/html; charset=utf-8')
      .send(loginPage(lang, pathOf(request)));
    return undefined;
  }

  function frame(request: FastifyRequest, reply: FastifyReply, title: string, session: StaffSession): PageFrame {
    return { lang: langOf(request, reply), title, session, path: pathOf(request) };
  }

  app.get<{ Querystring: Query }>('/dashboard', async (request, reply) => {
    const session = await signedIn(request, reply);
    if (!session) return reply;
    const f = frame(request, reply, textsFor(langOf(request, reply)).queue, session);
    return reply.type('text/html; charset=utf-8').send(queuePage(f, await queueView(request.query, session)));
  });

  app.get<{ Querystring: Query }>('/dashboard/queue/rows', async (request, reply) => {
    const session = await loadSession(auth(), request);
    if (!session) throw new AppError(401, 'unauthenticated', 'Sign in first: no valid session.');
    const lang = langOf(request, reply);
    return reply.type('text/html; charset=utf-8').send(queueRows(lang, await queueView(request.query, session)).value);
  });

  async function queueView(query: Query, session: StaffSession): Promise<QueueView> {
    const filter = {
      status: isTicketStatus(query.status ?? '') ? query.status : undefined,
      service: query.service || undefined,
      priority: query.priority || undefined,
      community: query.community || undefined,
      mine: query.mine === 'true' ? 'true' : undefined,
    };
    const apiFilter = queueFilter(
      {
        ...filter,
        // The queue opens on the open tickets; a status filter shows that status only.
        status: filter.status ?? 'new,assigned,in_progress',
        service: filter.service && isServiceCode(filter.service) ? filter.service : undefined,
        priority: filter.priority && isPriority(filter.priority) ? filter.priority : undefined,
        mine: filter.mine as 'true' | undefined,
      },
      session.account.id,
    );
    const params = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => !!e[1]));
    return {
      tickets: await desk().queue(session.account, apiFilter),
      now: clock().now(),
      query: params.toString(),
      filter,
      communities: desk().communitiesFor(session.account),
      communityName: (id) => desk().communityName(id),
      catalog: ctx.catalog,
    };
  }

  app.post<{ Body: Form }>('/dashboard/login', async (request, reply) => {
    const lang = langOf(request, reply);
    const t = textsFor(lang);
    const username = String(request.body?.username ?? '').slice(0, 64);
    const password = String(request.body?.password ?? '').slice(0, 200);
    if (request.headers['sec-fetch-site'] === 'cross-site')
      throw new AppError(403, 'csrf_failed', 'Cross-site requests cannot sign in here.');
    const result =
      username && password
        ? await auth().login(username, password, request.ip, request.headers['user-agent'])
        : undefined;
    if (result?.ok) {
      setSessionCookie(request, reply, result.token, ctx.settings.sessionMaxHours);
      return reply.redirect('/dashboard', 303);
    }
    if (result && result.reason === 'throttled') {
      reply.header('retry-after', String(result.retryAfterSeconds));
      return reply
        .status(429)
        .type('text/html; charset=utf-8')
        .send(loginPage(lang, '/dashboard', t.throttled(Math.ceil(result.retryAfterSeconds / 60)), username));
    }
    return reply
      .status(401)
      .type('text/html; charset=utf-8')
      .send(loginPage(lang, '/dashboard', t.badLogin, username));
  });

  app.post<{ Body: Form }>('/dashboard/logout', async (request, reply) => {
    const session = await loadSession(auth(), request);
    if (session) {
      checkCsrf(request, session);
      await auth().logout(session.token);
    }
    clearSessionCookie(request, reply);
    return reply.redirect('/dashboard', 303);
  });

  app.get<{ Params: { id: string }; Querystring: Query }>('/dashboard/tickets/:id', async (request, reply) => {
    const session = await signedIn(request, reply);
    if (!session) return reply;
    return renderTicket(
      request,
      reply,
      session,
      request.params.id,
      200,
      doneMessage(request.query.done, langOf(request, reply)),
    );
  });

  async function renderTicket(
    request: FastifyRequest,
    reply: FastifyReply,
    session: StaffSession,
    id: string,
    status: number,
    message?: { kind: 'error' | 'done'; text: string },
  ) {
    const lang = langOf(request, reply);
    const t = textsFor(lang);
    const detail = isTicketId(id) ? await desk().detail(session.account, id) : null;
    if (!detail) {
      const f = frame(request, reply, t.ticket, session);
      return reply
        .status(404)
        .type('text/html; charset=utf-8')
        .send(
          layout(
            f,
            html`<p class="error" role="alert">${t.notFound}</p>
              <p><a href="/dashboard">${t.back}</a></p>`,
          ).value,
        );
    }
    const f = frame(request, reply, `${t.ticket} ${id}`, session);
    return reply
      .status(status)
      .type('text/html; charset=utf-8')
      .send(
        ticketPage(f, {
          detail,
          now: clock().now(),
          account: session.account,
          csrfToken: session.csrfToken,
          catalog: ctx.catalog,
          communityName: desk().communityName(detail.ticket.communityId),
          communities: desk().communitiesFor(session.account),
          message,
        }),
      );
  }

  /** A form's change: done → back to the ticket (303); refused → the ticket with why (404/409). */
  function change(path: string, run: (session: StaffSession, id: string, form: Form) => Promise<ChangeResult | 'bad'>) {
    app.post<{ Params: { id: string }; Body: Form }>(`/dashboard/tickets/:id/${path}`, async (request, reply) => {
      const session = await signedIn(request, reply);
      if (!session) return reply;
      checkCsrf(request, session);
      const id = request.params.id;
      const t = textsFor(langOf(request, reply));
      const result = isTicketId(id)
        ? await run(session, id, request.body ?? {})
        : ({ ok: false, reason: 'not_found' } as const);
      if (result === 'bad')
        return renderTicket(request, reply, session, id, 400, { kind: 'error', text: t.invalidTransition });
      if (result.ok) return reply.redirect(`/dashboard/tickets/${id}?done=${path}`, 303);
      if (result.reason === 'not_found') return renderTicket(request, reply, session, id, 404);
      const text = result.reason === 'conflict' ? t.conflict : t.invalidTransition;
      return renderTicket(request, reply, session, id, 409, { kind: 'error', text });
    });
  }

  change('claim', (s, id) => desk().claim(s.account, id));
  change('status', (s, id, form) => {
    const to = form.status ?? '';
    if (!isTicketStatus(to) || !STAFF_STATUSES.includes(to)) return Promise.resolve('bad');
    return desk().setStatus(s.account, id, to, form.note?.trim().slice(0, 2000) || undefined);
  });
  change('sla-pause', (s, id) => desk().pauseSla(s.account, id));
  change('sla-resume', (s, id) => desk().resumeSla(s.account, id));
  change('notes', (s, id, form) => {
    const note = form.note?.trim().slice(0, 2000);
    return note ? desk().addNote(s.account, id, note) : Promise.resolve('bad');
  });
  change('reassign', async (s, id, form) => {
    const result = await desk().reassign(
      s.account,
      id,
      { communityId: form.communityId || undefined, ...(form.unassign === 'true' ? { assigneeId: null } : {}) },
      form.note?.trim().slice(0, 2000) || undefined,
    );
    return 'message' in result ? 'bad' : result;
  });

  app.get<{ Querystring: Query }>('/dashboard/charts', async (request, reply) => {
    const session = await signedIn(request, reply);
    if (!session) return reply;
    const days = daysOf(request.query.days);
    const f = frame(request, reply, textsFor(langOf(request, reply)).charts, session);
    const figures = await desk().surge(session.account, days);
    return reply.type('text/html; charset=utf-8').send(chartsPage(f, figures, days, ctx.catalog));
  });

  app.get<{ Querystring: Query }>('/dashboard/export.csv', async (request, reply) => {
    const session = await signedIn(request, reply);
    if (!session) return reply;
    const csv = surgeCsv(await desk().surge(session.account, daysOf(request.query.days)));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="hotline-tickets.csv"')
      .send(csv);
  });
}

function daysOf(raw: string | undefined): number {
  const n = Number(raw ?? 14);
  return Number.isInteger(n) && n >= 1 && n <= 90 ? n : 14;
}

function doneMessage(done: string | undefined, lang: PageLang) {
  const t = textsFor(lang);
  if (done === 'claim') return { kind: 'done' as const, text: t.claimed };
  if (done && ['status', 'notes', 'reassign', 'sla-pause', 'sla-resume'].includes(done))
    return { kind: 'done' as const, text: '✓' };
  return undefined;
}
