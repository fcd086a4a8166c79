/** Names shown on the pages, from the catalog (one place for each fact), and times in the hotline's zone. */
import type { ServiceCatalog } from '../../knowledge/services/catalog';
import { HOTLINE_TIME_ZONE } from '../../core/days';
import type { PageLang } from '../texts';

export function serviceName(catalog: ServiceCatalog, code: string, lang: PageLang): string {
  return catalog.services.find((s) => s.code === code)?.name[lang] ?? code;
}

export function attributeLabel(catalog: ServiceCatalog, code: string, lang: PageLang): string {
  return catalog.attributes.get(code)?.label[lang] ?? code;
}

/** A key-population fact's name (attributes.json, key_facts values). */
export function keyFactName(catalog: ServiceCatalog, key: string, lang: PageLang): string {
  const values = (catalog.attributes.get('key_facts') as { values?: { key: string; name: Record<PageLang, string> }[] })
    ?.values;
  return values?.find((v) => v.key === key)?.name[lang] ?? key;
}

export function timeOf(at: Date): string {
  return at.toLocaleString('sv-SE', { timeZone: HOTLINE_TIME_ZONE, hour12: false }).slice(0, 16);
}
