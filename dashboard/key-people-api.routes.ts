/**
 * The register on the staff API (CONTRACT.md "Key people and check-ins"): the list and a person with
 * last contact and next due, within the account's scope like tickets (outside it: 404); adding,
 * editing and re-grading (audited, CSRF like every change); the compliance figure per week.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../core/errors';
import { GRADES } from '../core/key-people';
import { PERSON_FIELDS, type PersonInput, type RegisterResult } from '../domains/key-people';
import type { DashboardContext } from './dashboard.context';
import { checkInJson, eventJson, personJson } from './key-people-json';
import { requireSession } from './session.http';

const PERSON_ID = { type: 'string', pattern: '^[0-9a-f-]{36}$' } as const;
const PERSON_BODY = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(
    PERSON_FIELDS.map((f) => [f, { type: 'string', maxLength: f === 'notes' ? 2000 : 300 }]),
  ),
} as const;

function written(result: RegisterResult) {
  if (result.ok) return { person: personJson(result.person) };
  if (result.code === 'not_found') throw new AppError(404, 'not_found', 'No such person.');
  if (result.code === 'conflict') throw new AppError(409, 'conflict', result.errors.join('; '));
  throw new AppError(400, 'invalid_person', result.errors.join('; '));
}

export function keyPeopleApiRoutes(app: FastifyInstance, ctx: DashboardContext): void {
  const auth = () => ctx.services().auth;
  const people = () => ctx.services().keyPeople;

  app.get<{ Querystring: { community?: string; grade?: 'red' | 'yellow' | 'green' } }>(
    '/api/v1/key-people',
    {
      schema: {
        tags: ['staff'],
        summary: 'Key people the account may see, with their last contact and the next one due',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { community: { type: 'string', maxLength: 64 }, grade: { type: 'string', enum: [...GRADES] } },
        },
      },
    },
    async (request) => {
      const session = await requireSession(auth(), request);
      const list = await people().list(session.account, {
        communityId: request.query.community,
        grade: request.query.grade,
      });
      return { people: list.map(personJson) };
    },
  );

  app.get<{ Querystring: { weeks?: string } }>(
    '/api/v1/key-people/compliance',
    {
      schema: {
        tags: ['staff'],
        summary: 'Per week: red people reached ≥ 3 times, yellow ≥ 2 (the notice of 3 Jan 2023)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { weeks: { type: 'string', pattern: '^([1-9]|[1-4][0-9]|5[0-2])$' } },
        },
      },
    },
    async (request) => {
      const session = await requireSession(auth(), request);
      const weeks = await people().compliance(session.account, Number(request.query.weeks ?? 8));
      return {
        weeks: weeks.map((w) => ({ weekStart: w.weekStart.toISOString(), red: w.red, yellow: w.yellow })),
      };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/key-people/:id',
    {
      schema: {
        tags: ['staff'],
        summary: 'A key person with their contact history and the audit trail of changes (404 outside the area)',
        params: { type: 'object', properties: { id: PERSON_ID } },
      },
    },
    async (request) => {
      const session = await requireSession(auth(), request);
      const detail = await people().detail(session.account, request.params.id);
      if (!detail) throw new AppError(404, 'not_found', 'No such person.');
      const list = await people().list(session.account, { communityId: detail.person.communityId });
      const summary = list.find((p) => p.id === detail.person.id);
      return {
        person: personJson({
          ...detail.person,
          lastContactAt: summary?.lastContactAt ?? null,
          nextDueAt: summary?.nextDueAt ?? null,
        }),
        checkIns: detail.history.map(checkInJson),
        events: detail.events.map(eventJson),
      };
    },
  );

  app.post<{ Body: PersonInput }>(
    '/api/v1/key-people',
    { schema: { tags: ['staff'], summary: 'Add a person to the register', body: PERSON_BODY } },
    async (request, reply) => {
      const session = await requireSession(auth(), request);
      return reply.status(201).send(written(await people().create(session.account, request.body)));
    },
  );

  app.patch<{ Params: { id: string }; Body: PersonInput }>(
    '/api/v1/key-people/:id',
    {
      schema: {
        tags: ['staff'],
        summary: 'Edit or re-grade a person (a grade other than the rules’ needs grade_reason)',
        params: { type: 'object', properties: { id: PERSON_ID } },
        body: PERSON_BODY,
      },
    },
    async (request) => {
      const session = await requireSession(auth(), request);
      const detail = await people().detail(session.account, request.params.id);
      if (!detail) throw new AppError(404, 'not_found', 'No such person.');
      const merged = { ...inputOf(detail.person), ...request.body };
      return written(await people().update(session.account, request.params.id, merged));
    },
  );

  app.post<{ Params: { id: string }; Body: { infected: boolean } }>(
    '/api/v1/key-people/:id/infected',
    {
      schema: {
        tags: ['staff'],
        summary: 'Mark a person infected (a red person is then checked every day) or recovered',
        params: { type: 'object', properties: { id: PERSON_ID } },
        body: {
          type: 'object',
          required: ['infected'],
          additionalProperties: false,
          properties: { infected: { type: 'boolean' } },
        },
      },
    },
    async (request) => {
      const session = await requireSession(auth(), request);
      const person = await people().setInfected(session.account, request.params.id, request.body.infected);
      if (!person) throw new AppError(404, 'not_found', 'No such person.');
      return { person: personJson(person) };
    },
  );
}

/** A stored person as form input, so an edit that names a few fields keeps the others. */
export function inputOf(p: import('../core/key-people').KeyPerson): PersonInput {
  const yn = (b: boolean | null) => (b === null ? '' : b ? 'yes' : 'no');
  return {
    name: p.name,
    phone: p.phone,
    community: p.communityId,
    age: p.age === null ? '' : String(p.age),
    conditions: p.conditions.join(';'),
    disease_unstable: yn(p.diseaseUnstable),
    pregnant: yn(p.pregnant),
    lives_alone: yn(p.livesAlone),
    vaccinated: yn(p.vaccinated),
    channel: p.channel,
    contact_times: p.contactTimes.join(';'),
    opted_out: yn(p.optedOut),
    family_phone: p.familyPhone ?? '',
    family_name: p.familyName ?? '',
    notes: p.notes,
  };
}
