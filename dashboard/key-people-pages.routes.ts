/**
 * The key-people pages at /dashboard/key-people: the board and compliance chart, a person, and the
 * forms that add, edit, re-grade and mark infected (CSRF-checked, redirecting back; errors re-render
 * the form with 400 and nothing stored). Everything within the account's scope, like tickets.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors';
import { PERSON_FIELDS, type PersonInput, type RegisterResult } from '../domains/key-people';
import type { StaffSession } from '../domains/staff';
import type { DashboardContext } from './dashboard.context';
import { inputOf } from './key-people-api.routes';
import { langOf, pathOf } from './page-lang';
import { checkCsrf, loadSession } from './session.http';
import { keyPeoplePage, newPersonPage, personForm, personPage } from './views/key-people.view';
import { loginPage } from './views/login.view';
import type { PageFrame } from './views/layout.view';

type Form = Record<string, string | undefined>;
const PERSON_ID = /^[0-9a-f-]{36}$/;

function formInput(body: Form): PersonInput {
  const input: PersonInput = {};
  for (const f of PERSON_FIELDS) if (typeof body[f] === 'string') input[f] = body[f];
  return input;
}

export function keyPeoplePageRoutes(app: FastifyInstance, ctx: DashboardContext): void {
  const people = () => ctx.services().keyPeople;

  async function signedIn(request: FastifyRequest, reply: FastifyReply): Promise<StaffSession | undefined> {
    const session = await loadSession(ctx.services().auth, request);
    if (session) return session;
    reply
      .status(401)
      .type('text/html; charset=utf-8')
      .send(loginPage(langOf(request, reply), pathOf(request)));
    return undefined;
  }
  const frame = (request: FastifyRequest, reply: FastifyReply, session: StaffSession): PageFrame => ({
    lang: langOf(request, reply),
    title: langOf(request, reply) === 'zh' ? '重点人群' : 'Key people',
    session,
    path: pathOf(request),
  });
  const page = (reply: FastifyReply, body: string, status = 200) =>
    reply.status(status).type('text/html; charset=utf-8').send(body);

  app.get('/dashboard/key-people', async (request, reply) => {
    const session = await signedIn(request, reply);
    if (!session) return reply;
    const [board, weeks] = await Promise.all([
      people().board(session.account),
      people().compliance(session.account, 8),
    ]);
    return page(
      reply,
      keyPeoplePage(frame(request, reply, session), board, weeks, (id) => people().communityName(id)),
    );
  });

  app.get('/dashboard/key-people/new', async (request, reply) => {
    const session = await signedIn(request, reply);
    if (!session) return reply;
    const f = frame(request, reply, session);
    const form = personForm(f, '/dashboard/key-people', {}, people().grading, people().communities(session.account));
    return page(reply, newPersonPage(f, form));
  });

  app.post<{ Body: Form }>('/dashboard/key-people', async (request, reply) => {
    const session = await signedIn(request, reply);
    if (!session) return reply;
    checkCsrf(request, session);
    const input = formInput(request.body ?? {});
    const result = await people().create(session.account, input);
    if (result.ok) return reply.redirect(`/dashboard/key-people/${result.person.id}`, 303);
    const f = frame(request, reply, session);
    const form = personForm(
      f,
      '/dashboard/key-people',
      input,
      people().grading,
      people().communities(session.account),
      result.errors,
    );
    return page(reply, newPersonPage(f, form), result.code === 'conflict' ? 409 : 400);
  });

  app.get<{ Params: { id: string } }>('/dashboard/key-people/:id', async (request, reply) => {
    const session = await signedIn(request, reply);
    if (!session) return reply;
    return showPerson(request, reply, session, request.params.id);
  });

  async function showPerson(
    request: FastifyRequest,
    reply: FastifyReply,
    session: StaffSession,
    id: string,
    failed?: { input: PersonInput; result: Exclude<RegisterResult, { ok: true }> },
  ) {
    const detail = PERSON_ID.test(id) ? await people().detail(session.account, id) : null;
    if (!detail) throw new AppError(404, 'not_found', 'No such person.');
    const f = frame(request, reply, session);
    const input = failed?.input ?? {
      ...inputOf(detail.person),
      grade: detail.person.gradeSource === 'override' ? detail.person.grade : 'auto',
    };
    const form = personForm(
      f,
      `/dashboard/key-people/${id}`,
      input,
      people().grading,
      people().communities(session.account),
      failed?.result.errors,
      detail.person,
    );
    const status = failed ? (failed.result.code === 'conflict' ? 409 : 400) : 200;
    return page(reply, personPage(f, detail, form), status);
  }

  app.post<{ Params: { id: string }; Body: Form }>('/dashboard/key-people/:id', async (request, reply) => {
    const session = await signedIn(request, reply);
    if (!session) return reply;
    checkCsrf(request, session);
    const { id } = request.params;
    if (!PERSON_ID.test(id)) throw new AppError(404, 'not_found', 'No such person.');
    const input = formInput(request.body ?? {});
    const result = await people().update(session.account, id, input);
    if (result.ok) return reply.redirect(`/dashboard/key-people/${id}`, 303);
    if (result.code === 'not_found') throw new AppError(404, 'not_found', 'No such person.');
    return showPerson(request, reply, session, id, { input, result });
  });

  app.post<{ Params: { id: string }; Body: Form }>('/dashboard/key-people/:id/infected', async (request, reply) => {
    const session = await signedIn(request, reply);
    if (!session) return reply;
    checkCsrf(request, session);
    const { id } = request.params;
    const person = PERSON_ID.test(id)
      ? await people().setInfected(session.account, id, request.body?.infected === 'true')
      : null;
    if (!person) throw new AppError(404, 'not_found', 'No such person.');
    return reply.redirect(`/dashboard/key-people/${id}`, 303);
  });
}
