/**
 * Tickets and services in GeoReport v2's field names. A public read never shows a name, a phone
 * number, a street address or what the person said: the location is the community (a neighbourhood,
 * not an address) and the description is left out, because these are health requests.
 */
import type { ServiceInfo, TicketRecord } from '../conversation/tickets.port';
import { open311Status, STATUS_NOTES } from '../core/tickets';
import type { Lang } from '../core/types';

export interface CommunityName {
  (ticket: TicketRecord): string | null;
}

/** ISO 8601 with the service's own offset (China Standard Time has no daylight saving). */
export function w3cDate(d: Date | null): string | null {
  if (!d) return null;
  const local = new Date(d.getTime() + 8 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '');
  return `${local}+08:00`;
}

export function serviceJson(s: ServiceInfo) {
  return {
    service_code: s.code,
    service_name: s.name,
    description: s.description,
    metadata: s.attributes.length > 0,
    type: 'realtime',
    keywords: s.keywords.join(','),
    group: s.group,
  };
}

export function serviceDefinitionJson(s: ServiceInfo) {
  return {
    service_code: s.code,
    attributes: s.attributes.map((a) => ({
      variable: true,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: a.datatype === 'number' ? 'whole number' : null,
      order: a.order,
      description: a.description,
      ...(a.values ? { values: a.values } : {}),
    })),
  };
}

export function requestJson(t: TicketRecord, serviceName: string, where: string | null, lang: Lang) {
  return {
    service_request_id: t.id,
    status: open311Status(t.status),
    status_notes: STATUS_NOTES[t.status][lang],
    service_name: serviceName,
    service_code: t.service,
    description: null,
    agency_responsible: where,
    service_notice: null,
    requested_datetime: w3cDate(t.createdAt)!,
    updated_datetime: w3cDate(t.updatedAt),
    expected_datetime: w3cDate(t.resolutionDueAt),
    address: where,
    address_id: t.communityId,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null,
  };
}

export function errorsJson(code: number, description: string) {
  return [{ code, description }];
}
