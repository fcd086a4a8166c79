/**
 * GeoReport v2 under /open311/v2: discovery, services, a service's definition, requests (read and
 * file) and one request, each as .json or .xml. Filing needs an api_key from OPEN311_API_KEYS; reads
 * are public and show no personal data (open311.mapping.ts). Errors are the spec's list of
 * {code, description}, in the format asked for.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ChannelContext } from '../conversation/channel';
import type { OutsideRequest, TicketQuery, TicketRecord } from '../conversation/tickets.port';
import { isServiceCode, isTicketId, OPEN_STATUSES, TICKET_STATUSES } from '../core/tickets';
import type { Lang } from '../core/types';
import { errorsJson, requestJson, serviceDefinitionJson, serviceJson, w3cDate } from './open311.mapping';
import type { Open311Settings } from './open311.settings';
import { xmlDocument, xmlObjectDocument, type XmlValue } from './xml';

type Format = 'json' | 'xml';
type Ctx = ChannelContext<Open311Settings>;

export class Open311Error extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
  ) {
    super(description);
  }
}

const LIST_LIMIT = 200;
const MAX_FIELD = 4000;
/** Child element names of the XML lists. */
const CHILDREN: Record<string, string> = {
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

const formatParam = {
  type: 'object',
  required: ['format'],
  properties: { format: { type: 'string', enum: ['json', 'xml'] } },
};

const childOf = (parent: string) => CHILDREN[parent] ?? 'item';

export function send(reply: FastifyReply, format: Format, root: string, item: string, items: readonly object[]) {
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(items);
  return reply.type('text/xml; charset=utf-8').send(xmlDocument(root, item, items as XmlValue[], childOf));
}

function sendObject(reply: FastifyReply, format: Format, root: string, value: object) {
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(value);
  return reply
    .type('text/xml; charset=utf-8')
    .send(xmlObjectDocument(root, value as { [k: string]: XmlValue }, childOf));
}

export function sendError(reply: FastifyReply, format: Format, status: number, description: string) {
  reply.status(status);
  return send(reply, format, 'errors', 'error', errorsJson(status, description));
}

function langOf(request: FastifyRequest): Lang {
  const locale = (request.query as { locale?: string } | undefined)?.locale ?? '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}

export function open311Routes(app: FastifyInstance, ctx: Ctx): void {
  const desk = () => ctx.ports().tickets;

  app.get<{ Params: { format: Format } }>(
    '/discovery.:format',
    { schema: { hide: true, params: formatParam } },
    async (req, reply) => {
      const base = ctx.settings.publicBaseUrl ?? '';
      const doc = {
        changeset: '2026-12-01T00:00:00+08:00',
        contact: 'District health hotline',
        key_service: 'API keys are issued by the district health commission.',
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: `${base}/open311/v2`,
            changeset: '2026-12-01T00:00:00+08:00',
            type: 'production',
            formats: ['text/xml', 'application/json'],
          },
        ],
      };
      return sendObject(reply, req.params.format, 'discovery', doc);
    },
  );

  app.get<{ Params: { format: Format } }>(
    '/services.:format',
    { schema: { hide: true, params: formatParam } },
    async (req, reply) =>
      send(reply, req.params.format, 'services', 'service', desk().services(langOf(req)).map(serviceJson)),
  );

  app.get<{ Params: { code: string; format: Format } }>(
    '/services/:code.:format',
    {
      schema: {
        hide: true,
        params: { ...formatParam, properties: { ...formatParam.properties, code: { type: 'string' } } },
      },
    },
    async (req, reply) => {
      const service = desk()
        .services(langOf(req))
        .find((s) => s.code === req.params.code);
      if (!service) throw new Open311Error(404, `service_code ${req.params.code} not found`);
      return sendObject(reply, req.params.format, 'service_definition', serviceDefinitionJson(service));
    },
  );

  app.get<{ Params: { format: Format }; Querystring: Record<string, string> }>(
    '/requests.:format',
    { schema: { hide: true, params: formatParam } },
    async (req, reply) => {
      const query = listQuery(req.query);
      const tickets = query ? await desk().list(query) : [];
      return send(
        reply,
        req.params.format,
        'service_requests',
        'request',
        tickets.map((t) => publicRequest(ctx, t, langOf(req))),
      );
    },
  );

  app.get<{ Params: { id: string; format: Format } }>(
    '/requests/:id.:format',
    {
      schema: {
        hide: true,
        params: { ...formatParam, properties: { ...formatParam.properties, id: { type: 'string' } } },
      },
    },
    async (req, reply) => {
      const ticket = isTicketId(req.params.id) ? await desk().find(req.params.id) : null;
      if (!ticket) throw new Open311Error(404, `service_request_id ${req.params.id} not found`);
      return send(reply, req.params.format, 'service_requests', 'request', [publicRequest(ctx, ticket, langOf(req))]);
    },
  );

  app.post<{ Params: { format: Format }; Body: Record<string, unknown> }>(
    '/requests.:format',
    { schema: { hide: true, params: formatParam } },
    async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const label = keyLabel(ctx.settings.apiKeys, body.api_key);
      if (!label) throw new Open311Error(403, 'api_key is missing or not valid');
      const result = await desk().submit(outsideRequest(body, label, langOf(req)));
      if (!result.ok) throw new Open311Error(400, result.message);
      reply.status(201);
      const notice =
        langOf(req) === 'en' ? 'A community worker will contact the resident.' : '社区工作人员会联系居民。';
      return send(reply, req.params.format, 'service_requests', 'request', [
        { service_request_id: result.ticket.id, service_notice: notice, account_id: null },
      ]);
    },
  );
}

function publicRequest(ctx: Ctx, t: TicketRecord, lang: Lang) {
  const service = ctx
    .ports()
    .tickets.services(lang)
    .find((s) => s.code === t.service);
  const community = t.communityId ? ctx.ports().tickets.communityName(t.communityId) : undefined;
  const where = [community, t.street, t.district].filter(Boolean).join(lang === 'zh' ? '，' : ', ') || null;
  const json = requestJson(t, service?.name ?? t.service, where, lang);
  return { ...json, expected_datetime: w3cDate(ctx.ports().tickets.expectedAt(t)) };
}

/** The list's filters; null when the ids asked for cannot be ticket ids, so nothing can match. */
function listQuery(q: Record<string, string>): TicketQuery | null {
  // Only ids of the form the desk issues reach the database (a NUL in a query is refused by PostgreSQL).
  const asked = q.service_request_id
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const ids = asked?.filter(isTicketId);
  if (asked?.length && !ids?.length) return null;
  const date = (name: string) => {
    if (!q[name]) return undefined;
    const d = new Date(q[name]!);
    if (Number.isNaN(d.getTime())) throw new Open311Error(400, `${name} must be a W3C date-time`);
    return d;
  };
  if (q.service_code && !isServiceCode(q.service_code))
    throw new Open311Error(400, `service_code ${q.service_code} not found`);
  if (q.status && q.status !== 'open' && q.status !== 'closed')
    throw new Open311Error(400, 'status must be open or closed');
  const closed = TICKET_STATUSES.filter((s) => !OPEN_STATUSES.includes(s));
  return {
    ...(ids?.length ? { ids } : {}),
    ...(q.service_code ? { service: q.service_code as TicketQuery['service'] } : {}),
    ...(q.status ? { status: q.status === 'open' ? [...OPEN_STATUSES] : closed } : {}),
    updatedAfter: date('start_date'),
    updatedBefore: date('end_date'),
    limit: LIST_LIMIT,
  };
}

/** The key's label for the audit trail: a hash prefix, never the key itself. */
function keyLabel(keys: readonly string[], given: unknown): string | undefined {
  if (typeof given !== 'string' || !given) return undefined;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  const match = keys.find((k) => timingSafeEqual(digest(k), digest(given)));
  return match ? `open311:${digest(match).toString('hex').slice(0, 8)}` : undefined;
}

function field(body: Record<string, unknown>, name: string): string | undefined {
  const v = body[name];
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string') throw new Open311Error(400, `${name} must be given once`);
  if (v.length > MAX_FIELD) throw new Open311Error(400, `${name} is too long`);
  return v.trim() || undefined;
}

/** attribute[code]=v and attribute[code][]=v1&attribute[code][]=v2, as GeoReport clients send them. */
function attributesOf(body: Record<string, unknown>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    const m = /^attribute\[([\w-]+)\](\[\])?$/.exec(key);
    if (!m) continue;
    const values = (Array.isArray(value) ? value : [value]).map(String);
    out[m[1]!] = m[2] || values.length > 1 ? values : values[0]!;
  }
  return out;
}

function outsideRequest(body: Record<string, unknown>, actor: string, lang: Lang): OutsideRequest {
  const code = field(body, 'service_code');
  if (!code) throw new Open311Error(400, 'service_code is required');
  if (!isServiceCode(code)) throw new Open311Error(400, `service_code ${code} not found`);
  const phone = field(body, 'phone');
  if (phone && !/^\+?[0-9][0-9\s-]{4,19}$/.test(phone)) throw new Open311Error(400, 'phone is not a phone number');
  const name = [field(body, 'first_name'), field(body, 'last_name')].filter(Boolean).join(' ') || undefined;
  return {
    requestKey: `open311:${randomUUID()}`,
    service: code,
    channel: 'open311',
    lang,
    actor,
    description: field(body, 'description'),
    address: field(body, 'address_string'),
    phone: phone?.replace(/[\s-]/g, ''),
    name,
    attributes: attributesOf(body),
  };
}
