import { element, escapeXml, xmlDocument } from '../../../open311/xml';
import { w3cDate } from '../../../open311/open311.mapping';

describe('Open311 XML writer', () => {
  it('escapes text and drops characters XML cannot carry', () => {
    expect(escapeXml('<script>"a" & \'b\'</script>\u0001')).toBe(
      '&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos;&lt;/script&gt;',
    );
  });

  it('writes objects, nulls and lists with the child names given', () => {
    const children = (p: string) => (p === 'values' ? 'value' : 'item');
    expect(
      element('attribute', { code: 'need', required: true, order: 2, values: [{ key: 'a' }], note: null }, children),
    ).toBe(
      '<attribute><code>need</code><required>true</required><order>2</order><values><value><key>a</key></value></values><note/></attribute>',
    );
    expect(xmlDocument('services', 'service', [{ service_code: 'x' }])).toBe(
      '<?xml version="1.0" encoding="utf-8"?><services><service><service_code>x</service_code></service></services>',
    );
  });

  it('refuses a field name that is not an element name', () => {
    expect(() => element('bad name', 'x')).toThrow(/not an XML element name/);
  });

  it('writes dates with the +08:00 offset', () => {
    expect(w3cDate(new Date('2026-12-01T02:00:00Z'))).toBe('2026-12-01T10:00:00+08:00');
    expect(w3cDate(null)).toBeNull();
  });
});
