/**
 * Open311 GeoReport v2 through the real app: every response checked against the published GeoReport v2
 * JSON schemas (tests/fixtures/open311, vendored), the XML ones after reading them back into the same
 * shape. Filing needs an api_key; reads never show a name, a phone number or a street address.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import requestSchema from '../fixtures/open311/georeport-v2/request.json';
import requestsSchema from '../fixtures/open311/georeport-v2/requests.json';
import serviceSchema from '../fixtures/open311/georeport-v2/service.json';
import servicesSchema from '../fixtures/open311/georeport-v2/services.json';
import definitionSchema from '../fixtures/open311/georeport-v2/service-definition.json';
import { startTestApp, type TestApp } from '../../harness/test-app';

const KEY = 'civic-client-key-0123456789';
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ OPEN311_API_KEYS: `another-key-abcdefghijkl,${KEY}` }, { scheduleSweep: false });
});
afterAll(() => t?.close());

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(requestSchema, 'request.json');
ajv.addSchema(serviceSchema, 'service.json');
const schemas: Record<string, ValidateFunction> = {
  services: ajv.compile(servicesSchema),
  definition: ajv.compile(definitionSchema),
  requests: ajv.compile(requestsSchema),
};
function valid(name: keyof typeof schemas, body: unknown) {
  const ok = schemas[name]!(body);
  if (!ok) throw new Error(`${name}: ${ajv.errorsText(schemas[name]!.errors)}\n${JSON.stringify(body)}`);
}

/** Reads GeoReport XML back into the JSON shape: repeated elements as arrays, empty ones as null. */
const LISTS = new Set(['service', 'request', 'attribute', 'value', 'error', 'endpoint', 'format']);
const parser = new XMLParser({ parseTagValue: false, isArray: (name) => LISTS.has(name) });
const NUMBERS = new Set(['order', 'lat', 'long']);
const BOOLEANS = new Set(['metadata', 'variable', 'required']);
/** XML wraps a list in a container element (<attributes><attribute/>…); JSON has the array itself. */
const CONTAINERS: Record<string, string> = {
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};
function typed(value: unknown, key = ''): unknown {
  if (value === '') return CONTAINERS[key] ? [] : null;
  if (Array.isArray(value)) return value.map((v) => typed(v, key));
  if (typeof value === 'object' && value !== null) {
    const inner = CONTAINERS[key] ? (value as Record<string, unknown>)[CONTAINERS[key]!] : undefined;
    if (inner !== undefined) return typed(inner, CONTAINERS[key]);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typed(v, k)]));
  }
  if (NUMBERS.has(key) || (key === 'code' && /^\d+$/.test(String(value)))) return Number(value);
  if (BOOLEANS.has(key)) return value === 'true';
  return value;
}
const xml = (body: string) => typed(parser.parse(body)) as Record<string, Record<string, unknown>>;

const post = (fields: Record<string, string | string[]>, format = 'json') => {
  const form = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) form.append(k, one);
  return t.app.inject({
    method: 'POST',
    url: `/open311/v2/requests.${format}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: form.toString(),
  });
};
const filing = {
  api_key: KEY,
  service_code: 'drug_delivery',
  address_string: '拱墅区大关街道西一社区7幢2单元402',
  first_name: '李',
  last_name: '秀英',
  phone: '13812345678',
  description: '老人独居，需要退烧药',
  'attribute[need]': '退烧药、抗原试剂',
  'attribute[age]': '84',
  'attribute[key_facts][]': ['lives_alone', 'chronic_disease'],
};

describe('Open311 GeoReport v2', () => {
  it('lists the services and their definitions, in JSON and XML, as the schemas say', async () => {
    const json = await t.app.inject('/open311/v2/services.json');
    expect(json.statusCode).toBe(200);
    valid('services', json.json());
    expect(json.json().map((s: { service_code: string }) => s.service_code)).toEqual([
      'drug_delivery',
      'transport',
      'doctor_callback',
      'human_callback',
      'other',
    ]);
    const asXml = await t.app.inject('/open311/v2/services.xml');
    expect(asXml.headers['content-type']).toMatch(/^text\/xml/);
    valid('services', xml(asXml.body).services!.service);

    for (const code of ['drug_delivery', 'transport', 'doctor_callback']) {
      const def = await t.app.inject(`/open311/v2/services/${code}.json?locale=en`);
      valid('definition', def.json());
      valid('definition', xml((await t.app.inject(`/open311/v2/services/${code}.xml`)).body).service_definition);
    }
    const facts = (await t.app.inject('/open311/v2/services/drug_delivery.json')).json().attributes;
    expect(facts.find((a: { code: string }) => a.code === 'key_facts')).toMatchObject({
      datatype: 'multivaluelist',
      values: expect.arrayContaining([{ key: 'lives_alone', name: '独居' }]),
    });
  });

  it('files a request with an api_key, then shows it without a name, a phone number or a street address', async () => {
    const res = await post(filing);
    expect(res.statusCode).toBe(201);
    const [created] = res.json();
    expect(created.service_request_id).toMatch(/^T-\d{5}$/);
    const ticket = await t.services.tickets.find(created.service_request_id);
    expect(ticket).toMatchObject({
      service: 'drug_delivery',
      channel: 'open311',
      communityId: 'gs-dg-xiyi',
      priority: 'yellow',
      contactPhone: '13812345678',
      contactName: '李 秀英',
    });
    const audit = await t.services.db.prisma.ticketEvent.findMany({ where: { ticketId: ticket!.id } });
    expect(audit).toEqual([
      expect.objectContaining({ kind: 'created', actor: expect.stringMatching(/^open311:[0-9a-f]{8}$/) }),
    ]);

    for (const url of [`/open311/v2/requests/${ticket!.id}.json`, '/open311/v2/requests.json']) {
      const read = await t.app.inject(url);
      expect(read.statusCode).toBe(200);
      valid('requests', read.json());
      for (const secret of ['13812345678', '秀英', '7幢2单元402', '退烧药']) expect(read.body).not.toContain(secret);
    }
    const one = (await t.app.inject(`/open311/v2/requests/${ticket!.id}.json`)).json()[0];
    expect(one).toMatchObject({ status: 'open', service_code: 'drug_delivery', address: '西一社区，大关街道，拱墅区' });
    expect(one.requested_datetime).toMatch(/\+08:00$/);
    const asXml = await t.app.inject(`/open311/v2/requests/${ticket!.id}.xml`);
    valid('requests', xml(asXml.body).service_requests!.request);
    expect(asXml.body).not.toContain('13812345678');

    await t.services.tickets.changeStatus(ticket!.id, 'cancelled', 'staff:test');
    const closed = await t.app.inject(`/open311/v2/requests.json?service_request_id=${ticket!.id}&status=closed`);
    expect(closed.json()).toEqual([expect.objectContaining({ service_request_id: ticket!.id, status: 'closed' })]);
  });

  it('answers an XML filing in XML', async () => {
    const res = await post(
      {
        ...filing,
        service_code: 'human_callback',
        'attribute[need]': [],
        'attribute[age]': [],
        'attribute[key_facts][]': [],
      },
      'xml',
    );
    expect(res.statusCode).toBe(201);
    expect(res.body).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?><service_requests><request><service_request_id>T-\d{5}<\/service_request_id>/,
    );
  });

  it.each([
    ['no api_key', { ...filing, api_key: '' }, 403],
    ['a wrong api_key', { ...filing, api_key: 'guessed-key-000000000000' }, 403],
    ['an unknown service', { ...filing, service_code: 'parking' }, 400],
    ['a missing required attribute', { ...filing, 'attribute[need]': '' }, 400],
    ['a value outside the list', { ...filing, 'attribute[key_facts][]': ['rich'] }, 400],
    ['an attribute the service does not have', { ...filing, 'attribute[destination]': '医院' }, 400],
    ['no address', { ...filing, address_string: '' }, 400],
  ])('refuses %s with the spec’s error list and stores nothing', async (_name, fields, status) => {
    const before = await t.services.db.prisma.ticket.count();
    const res = await post(fields as Record<string, string | string[]>);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toEqual([{ code: status, description: expect.any(String) }]);
    expect(await t.services.db.prisma.ticket.count()).toBe(before);
    const asXml = await post(fields as Record<string, string | string[]>, 'xml');
    expect(asXml.statusCode).toBe(status);
    expect(xml(asXml.body).errors!.error).toEqual([{ code: status, description: expect.any(String) }]);
  });

  it('lists nothing for ids no ticket can have, control characters included (found by the fuzz test)', async () => {
    for (const ids of ['%00%01%1F', 'x', 'T-1', "T-12345'--"]) {
      const res = await t.app.inject(`/open311/v2/requests.json?service_request_id=${ids}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual([]);
    }
  });

  it('answers unknown requests and services with 404 in the spec’s error list', async () => {
    for (const url of [
      '/open311/v2/requests/T-99999.json',
      '/open311/v2/services/parking.json',
      '/open311/v2/nothing.json',
    ]) {
      const res = await t.app.inject(url);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual([{ code: 404, description: expect.any(String) }]);
    }
    const discovery = await t.app.inject('/open311/v2/discovery.json');
    expect(discovery.json().endpoints[0]).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2' });
    expect(xml((await t.app.inject('/open311/v2/discovery.xml')).body).discovery!.endpoints).toBeDefined();
  });
});
