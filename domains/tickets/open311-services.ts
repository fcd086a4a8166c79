/**
 * The catalog as Open311 sees it: a service's attributes are its slots, except the address and phone,
 * which GeoReport v2 has fields of its own (address_string, phone). A request from outside a
 * conversation is checked against them here.
 */
import type { Lang } from '../../core/types';
import type { OutsideRequest, ServiceInfo } from '../../conversation/tickets.port';
import { KEY_FACTS, type KeyFact, type ServiceCatalog } from '../../knowledge/services/catalog';

const STANDARD_FIELDS = new Set(['address', 'phone']);
/** Asked in a conversation but optional from a civic client, which may not know them. */
const OPTIONAL = new Set(['for_whom', 'age', 'key_facts']);
const MAX_VALUE = 500;

export function serviceInfos(catalog: ServiceCatalog, lang: Lang): ServiceInfo[] {
  return catalog.services.map((s) => ({
    code: s.code,
    name: s.name[lang],
    description: s.description[lang],
    group: s.group[lang],
    keywords: s.keywords,
    attributes: s.slots
      .filter((code) => !STANDARD_FIELDS.has(code))
      .map((code, i) => {
        const a = catalog.attributes.get(code)!;
        return {
          code,
          datatype: a.datatype,
          required: !OPTIONAL.has(code),
          order: i + 1,
          description: a.description[lang],
          ...(a.values ? { values: a.values.map((v) => ({ key: v.key, name: v.name[lang] })) } : {}),
        };
      }),
  }));
}

export type CheckedAttributes =
  | { ok: true; age?: number; keyFacts: KeyFact[]; attributes: Record<string, string | string[]> }
  | { ok: false; message: string };

export function checkOutsideAttributes(catalog: ServiceCatalog, request: OutsideRequest): CheckedAttributes {
  const info = serviceInfos(catalog, 'en').find((s) => s.code === request.service);
  if (!info) return { ok: false, message: `unknown service_code ${request.service}` };
  const given = request.attributes ?? {};
  const known = new Set(info.attributes.map((a) => a.code));
  const unknown = Object.keys(given).find((k) => !known.has(k));
  if (unknown) return { ok: false, message: `attribute[${unknown}] is not an attribute of ${request.service}` };
  const attributes: Record<string, string | string[]> = {};
  for (const a of info.attributes) {
    const raw = given[a.code];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((v) => v.trim()).filter(Boolean);
    if (values.length === 0) {
      if (a.required) return { ok: false, message: `attribute[${a.code}] is required for ${request.service}` };
      continue;
    }
    if (values.some((v) => v.length > MAX_VALUE)) return { ok: false, message: `attribute[${a.code}] is too long` };
    if (a.datatype === 'number' && !values.every((v) => /^\d{1,3}$/.test(v) && Number(v) <= 120))
      return { ok: false, message: `attribute[${a.code}] must be a whole number from 0 to 120` };
    if (a.values && !values.every((v) => a.values!.some((option) => option.key === v)))
      return { ok: false, message: `attribute[${a.code}] must be one of ${a.values.map((v) => v.key).join(', ')}` };
    if (a.datatype !== 'multivaluelist' && values.length > 1)
      return { ok: false, message: `attribute[${a.code}] takes one value` };
    attributes[a.code] = a.datatype === 'multivaluelist' ? values : values[0]!;
  }
  if (request.service !== 'human_callback' && !request.address && !request.recordingUrl)
    return { ok: false, message: 'address_string is required' };
  if (request.service === 'human_callback' && !request.phone) return { ok: false, message: 'phone is required' };
  const keyFacts = ((attributes.key_facts as string[] | undefined) ?? []).filter((f): f is KeyFact =>
    (KEY_FACTS as readonly string[]).includes(f),
  );
  const age = attributes.age !== undefined ? Number(attributes.age) : undefined;
  return { ok: true, age, keyFacts, attributes };
}
