/**
 * A small XML writer for GeoReport v2 (XML is the format the spec requires; FixMyStreet speaks only
 * XML): elements named by the spec's fields, text escaped, arrays as repeated child elements, null
 * as an empty element. Nothing here knows tickets.
 */
export type XmlValue = string | number | boolean | null | undefined | XmlValue[] | { [key: string]: XmlValue };

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Characters XML 1.0 cannot carry at all, even escaped. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Element names come from our own field names; anything else is a programming error. */
function checkName(name: string): string {
  if (!/^[A-Za-z_][\w.-]*$/.test(name)) throw new Error(`not an XML element name: ${name}`);
  return name;
}

export function element(name: string, value: XmlValue, childName?: (parent: string) => string): string {
  const tag = checkName(name);
  if (value === null || value === undefined) return `<${tag}/>`;
  if (Array.isArray(value)) {
    const child = childName?.(name) ?? 'item';
    return `<${tag}>${value.map((v) => element(child, v, childName)).join('')}</${tag}>`;
  }
  if (typeof value === 'object') {
    const inner = Object.entries(value)
      .map(([k, v]) => element(k, v, childName))
      .join('');
    return `<${tag}>${inner}</${tag}>`;
  }
  return `<${tag}>${escapeXml(String(value))}</${tag}>`;
}

/** `<?xml …?><root><item>…</item>…</root>`: a list under its root, as GeoReport's responses are. */
export function xmlDocument(
  root: string,
  item: string,
  items: readonly XmlValue[],
  childName?: (parent: string) => string,
): string {
  const body = items.map((i) => element(item, i, childName)).join('');
  return `<?xml version="1.0" encoding="utf-8"?><${checkName(root)}>${body}</${root}>`;
}

/** `<?xml …?><root>…</root>` for one object (discovery, a service definition). */
export function xmlObjectDocument(
  root: string,
  value: { [key: string]: XmlValue },
  childName?: (parent: string) => string,
): string {
  return `<?xml version="1.0" encoding="utf-8"?>${element(root, value, childName)}`;
}
