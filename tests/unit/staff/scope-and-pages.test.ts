/**
 * The pure parts of the dashboard: what an account's scope covers, the SLA countdown's colours,
 * the hotline's calendar days, and the HTML templates' escaping.
 */
import { scopeCovers, scopeOf, type StaffAccount } from '../../../core/staff';
import { daysBetween, dayOf, startOfDay } from '../../../core/days';
import { html, jsonForHtml } from '../../../dashboard/html';
import { slaState } from '../../../dashboard/views/sla.view';
import { csrfMatches } from '../../../domains/staff';

const account = (over: Partial<StaffAccount>): StaffAccount => ({
  id: 's1',
  username: 'x',
  name: 'X',
  phone: null,
  role: 'commissioner',
  street: null,
  district: null,
  communities: [],
  active: true,
  ...over,
});
const xiyi = { communityId: 'gs-dg-xiyi', street: '大关街道', district: '拱墅区' };
const dongyi = { communityId: 'gs-dg-dongyi', street: '大关街道', district: '拱墅区' };
const districtQueue = { communityId: null, street: null, district: '拱墅区' };
const elsewhere = { communityId: 'x', street: '湖墅街道', district: '拱墅区' };

describe('scopes', () => {
  it('a commissioner covers their communities only, never the district queue', () => {
    const s = scopeOf(account({ communities: ['gs-dg-xiyi'] }));
    expect([xiyi, dongyi, districtQueue].map((p) => scopeCovers(s, p))).toEqual([true, false, false]);
  });
  it('a street lead covers the street; a district lead the district and its own queue', () => {
    const street = scopeOf(account({ role: 'lead', district: '拱墅区', street: '大关街道' }));
    expect([xiyi, dongyi, districtQueue, elsewhere].map((p) => scopeCovers(street, p))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const district = scopeOf(account({ role: 'lead', district: '拱墅区' }));
    expect([xiyi, districtQueue, elsewhere].every((p) => scopeCovers(district, p))).toBe(true);
  });
  it('an inactive account, a commissioner of nothing and a lead of no district see nothing', () => {
    for (const a of [
      account({ active: false, role: 'admin' }),
      account({ communities: [] }),
      account({ role: 'lead', district: null }),
    ])
      expect(scopeOf(a)).toEqual({ kind: 'none' });
    expect(scopeOf(account({ role: 'admin' }))).toEqual({ kind: 'all' });
  });
});

describe('the SLA countdown', () => {
  const start = new Date('2026-12-01T02:00:00Z');
  const due = new Date('2026-12-01T02:30:00Z');
  it('is green with more than a third of the time left, amber under it, red once past', () => {
    expect(slaState(start, due, new Date('2026-12-01T02:19:00Z'))).toBe('ok');
    expect(slaState(start, due, new Date('2026-12-01T02:21:00Z'))).toBe('amber');
    expect(slaState(start, due, new Date('2026-12-01T02:30:01Z'))).toBe('red');
  });
});

describe('days in Asia/Shanghai', () => {
  it('a day starts at 16:00 UTC the day before', () => {
    expect(dayOf(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(dayOf(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
    expect(startOfDay('2026-12-01').toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(daysBetween(startOfDay('2026-11-29'), new Date('2026-12-01T02:00:00Z'))).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
    ]);
  });
});

describe('HTML templates', () => {
  it('escape every interpolated value, attributes included, but not fragments built the same way', () => {
    const evil = `"><script>alert('x')</script>&`;
    const out = html`<p title="${evil}">${evil}${html`<b>${evil}</b>`}</p>`.value;
    expect(out).not.toContain('<script>');
    expect(out).toContain('&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;');
    expect(out).toContain('<b>&quot;');
  });
  it('JSON in a script block cannot close it', () => {
    expect(jsonForHtml({ text: '</script><script>alert(1)</script>' }).value).not.toContain('</script>');
  });
});

describe('CSRF tokens', () => {
  it('match only the session’s own token', () => {
    const session = { token: 't', csrfToken: 'abc123', account: account({}) };
    expect(csrfMatches(session, 'abc123')).toBe(true);
    expect(csrfMatches(session, 'abc124')).toBe(false);
    expect(csrfMatches(session, 'abc')).toBe(false);
    expect(csrfMatches(session, undefined)).toBe(false);
  });
});

describe('the countdown label', () => {
  it('reads in both languages, minutes alone under an hour', async () => {
    const { countdownLabel } = await import('../../../dashboard/views/sla.view');
    const { textsFor } = await import('../../../dashboard/texts');
    expect(countdownLabel(25 * 60_000 + 5_000, textsFor('zh').countdown)).toBe('剩 25分钟');
    expect(countdownLabel(-(65 * 60_000), textsFor('zh').countdown)).toBe('超时 1小时5分');
    expect(countdownLabel(65 * 60_000, textsFor('en').countdown)).toBe('1 h 5 min left');
  });
});
