/**
 * The community service catalog, loaded once and checked: each file against its schema, then the
 * references between them (a service's slots are attributes, its calendar exists, every service has
 * its SLA targets, every cited source exists). A bad edit stops the start naming the file.
 */
import { checkData, KnowledgeDataError } from '../schema/check';
import { getSource } from '../sources';
import attributesJson from './attributes.json';
import catalogJson from './catalog.json';
import priorityRulesJson from './priority-rules.json';
import slaJson from './sla.json';
import type { AttributeDefinition, PriorityRule, ServiceDefinition, SlaFile } from './types';

export * from './types';

export interface ServiceCatalog {
  services: readonly ServiceDefinition[];
  attributes: ReadonlyMap<string, AttributeDefinition>;
  sla: SlaFile;
  priorityRules: readonly PriorityRule[];
}

const SERVICE_CODES = ['drug_delivery', 'transport', 'doctor_callback', 'human_callback', 'other'];

function problemsOf(catalog: ServiceCatalog): string[] {
  const problems: string[] = [];
  const calendars = new Set(catalog.sla.calendars.map((c) => c.id));
  const cite = (where: string, sources: readonly string[]) => {
    if (sources.length === 0) problems.push(`${where}: cites no source`);
    for (const id of sources.filter((s) => !getSource(s))) problems.push(`${where}: unknown source "${id}"`);
  };
  for (const code of SERVICE_CODES) {
    if (!catalog.services.some((s) => s.code === code)) problems.push(`catalog.json: service "${code}" is missing`);
    if (!catalog.sla.targets.some((t) => t.service === code)) problems.push(`sla.json: no targets for "${code}"`);
  }
  for (const s of catalog.services) {
    for (const slot of s.slots.filter((a) => !catalog.attributes.has(a)))
      problems.push(`catalog.json (code "${s.code}"): slot "${slot}" is not in attributes.json`);
    if (s.calendar && !calendars.has(s.calendar))
      problems.push(`catalog.json (code "${s.code}"): calendar "${s.calendar}" is not in sla.json`);
    cite(`catalog.json (code "${s.code}")`, s.sources);
  }
  for (const t of catalog.sla.targets) {
    const service = catalog.services.find((s) => s.code === t.service);
    const usesCalendar = [t.red, t.yellow, t.green].some((x) => x.clock === 'calendar');
    if (usesCalendar && !service?.calendar)
      problems.push(`sla.json (service "${t.service}"): a calendar clock needs the service's calendar`);
    cite(`sla.json (service "${t.service}")`, t.sources);
  }
  catalog.sla.calendars.forEach((c) => cite(`sla.json (calendar "${c.id}")`, c.sources));
  cite('sla.json escalation', catalog.sla.escalation.sources);
  const ids = new Set<string>();
  for (const r of catalog.priorityRules) {
    if (ids.has(r.id)) problems.push(`priority-rules.json (id "${r.id}"): id is used twice`);
    ids.add(r.id);
    if (Object.keys(r.when).length === 0) problems.push(`priority-rules.json (id "${r.id}"): "when" is empty`);
    cite(`priority-rules.json (id "${r.id}")`, r.sources);
  }
  return problems;
}

function loadServiceCatalog(): ServiceCatalog {
  const dir = 'knowledge/services';
  const catalog: ServiceCatalog = {
    services: checkData('services', `${dir}/catalog.json`, catalogJson),
    attributes: new Map(
      checkData('serviceAttributes', `${dir}/attributes.json`, attributesJson).map((a) => [a.code, a]),
    ),
    sla: checkData('serviceLevels', `${dir}/sla.json`, slaJson),
    priorityRules: checkData('priorityRules', `${dir}/priority-rules.json`, priorityRulesJson),
  };
  const problems = problemsOf(catalog);
  if (problems.length) throw new KnowledgeDataError(dir, problems);
  return catalog;
}

export const serviceCatalog: ServiceCatalog = loadServiceCatalog();
