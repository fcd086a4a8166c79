/**
 * The staff API on the embedded database, through HTTP as the dashboard uses it: sign-in, sessions
 * (expiry, logout, a disabled account), CSRF, the sign-in throttle, scope (another community's ticket
 * is 404 by id and absent from lists, figures and the CSV), claims that race, and the resident's SMS.
 */
import { ManualClock } from '../../core/clock';
import { startFakeTwilioApi, type FakeTwilioApi } from '../../harness/twilio-fake-api';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';
import { waitFor } from '../../harness/wait';
import {
  addStaff,
  GREEN_KITS_DONGYI,
  RED_DELIVERY_XIYI,
  sessionCookie,
  signIn,
  smsConversation,
  STAFF_PASSWORD,
  ticketIdIn,
} from '../../harness/staff';

const { OPERATOR_NUMBER: _desk, ...ENV } = TWILIO_TEST_ENV;
const clock = new ManualClock(new Date('2026-12-01T02:00:00Z'));
let t: TestApp;
let twilio: FakeTwilioApi;
let xiyiTicket: string;
let dongyiTicket: string;
const xiyiResident = '+8613900000101';

beforeAll(async () => {
  twilio = await startFakeTwilioApi();
  t = await startTestApp(ENV, { twilioHttpClient: twilio.httpClient, clock, scheduleSweep: false });
  await addStaff(t, { username: 'wang', name: '王专员', role: 'commissioner', communities: ['gs-dg-xiyi'] });
  await addStaff(t, { username: 'zhao', name: '赵专员', role: 'commissioner', communities: ['gs-dg-xiyi'] });
  await addStaff(t, { username: 'chen', name: '陈专员', role: 'commissioner', communities: ['gs-dg-dongyi'] });
  await addStaff(t, { username: 'li', name: '李组长', role: 'lead', district: '拱墅区', street: '大关街道' });
  xiyiTicket = ticketIdIn((await smsConversation(t.app, xiyiResident, RED_DELIVERY_XIYI)).at(-1));
  dongyiTicket = ticketIdIn((await smsConversation(t.app, '+8613900000102', GREEN_KITS_DONGYI)).at(-1));
});
afterAll(async () => {
  await t?.close();
  await twilio?.close();
});

describe('without a session', () => {
  it('the API answers 401 and the page is the sign-in form', async () => {
    for (const url of ['/api/v1/tickets', `/api/v1/tickets/${xiyiTicket}`, '/api/v1/stats', '/api/v1/stats.csv']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect([url, res.statusCode, res.json().error.code]).toEqual([url, 401, 'unauthenticated']);
    }
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/tickets/${xiyiTicket}/claim` })).statusCode).toBe(401);
    const page = await t.app.inject({ method: 'GET', url: '/dashboard' });
    expect(page.statusCode).toBe(401);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('<form method="post" action="/dashboard/login">');
    expect(page.body).toContain('登录');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'/);
  });
});

describe('signing in', () => {
  it('sets an HttpOnly SameSite session cookie, Secure only behind https, and refuses a wrong password with 401', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'wang', password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'nobody', password: STAFF_PASSWORD },
    });
    expect(unknown.statusCode).toBe(401);

    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'WANG', password: STAFF_PASSWORD },
    });
    expect(plain.statusCode).toBe(200);
    expect(plain.json().account).toMatchObject({ username: 'wang', role: 'commissioner', communities: ['gs-dg-xiyi'] });
    expect(plain.json().account.passwordHash).toBeUndefined();
    const cookie = String(plain.headers['set-cookie']);
    expect(cookie).toMatch(/^hotline_staff=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const https = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: 'wang', password: STAFF_PASSWORD },
    });
    expect(String(https.headers['set-cookie'])).toMatch(/Secure/);
    // Only a hash of the token is stored.
    const token = sessionCookie(plain.headers['set-cookie']).split('=')[1]!;
    expect(await t.services.db.prisma.staffSession.count({ where: { tokenHash: token } })).toBe(0);
  });

  it('locks an account after repeated failures (429 with Retry-After), even with the right password, until the window ends', async () => {
    await addStaff(t, { username: 'target', role: 'commissioner', communities: ['gs-dg-xiyi'] });
    const attempt = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '10.0.0.9',
        payload: { username: 'target', password },
      });
    for (let i = 0; i < 5; i++) expect((await attempt('guess ' + i)).statusCode).toBe(401);
    const locked = await attempt(STAFF_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too_many_attempts');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    clock.advanceMinutes(16);
    expect((await attempt(STAFF_PASSWORD)).statusCode).toBe(200);
  });

  it('limits attempts per client address across accounts', async () => {
    const attempt = (i: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '10.0.0.77',
        payload: { username: `spray${i}`, password: 'password123' },
      });
    const codes: number[] = [];
    for (let i = 0; i < 31; i++) codes.push((await attempt(i)).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 401)).toBe(true);
    expect(codes[30]).toBe(429);
    clock.advanceMinutes(16);
  });
});

describe('sessions', () => {
  it('logout ends the session: the same cookie is then 401', async () => {
    const s = await signIn(t.app, 'wang');
    expect((await s.inject({ method: 'GET', url: '/api/v1/tickets' })).statusCode).toBe(200);
    expect((await s.inject({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    expect((await s.inject({ method: 'GET', url: '/api/v1/tickets' })).statusCode).toBe(401);
  });

  it('ends after 30 idle minutes, and after 12 hours however active', async () => {
    const idle = await signIn(t.app, 'wang');
    clock.advanceMinutes(29);
    expect((await idle.inject({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(200);
    clock.advanceMinutes(31);
    expect((await idle.inject({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);

    const busy = await signIn(t.app, 'wang');
    for (let h = 0; h < 11 * 3 + 2; h++) {
      clock.advanceMinutes(20);
      expect((await busy.inject({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(200);
    }
    clock.advanceMinutes(20);
    expect((await busy.inject({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
  });

  it('"log out everywhere" and disabling an account end every session of it at once', async () => {
    const a = await signIn(t.app, 'zhao');
    const b = await signIn(t.app, 'zhao');
    expect((await a.inject({ method: 'POST', url: '/api/v1/auth/logout-everywhere' })).json()).toEqual({ ended: 2 });
    expect((await b.inject({ method: 'GET', url: '/api/v1/tickets' })).statusCode).toBe(401);

    await addStaff(t, { username: 'leaver', role: 'commissioner', communities: ['gs-dg-xiyi'] });
    const c = await signIn(t.app, 'leaver');
    const { AccountAdmin } = await import('../../domains/staff');
    const { loadCommunityDirectory } = await import('../../domains/tickets');
    const admin = new AccountAdmin(t.services.dashboard.accounts, loadCommunityDirectory());
    expect((await admin.setActive('leaver', false, clock.now())).ok).toBe(true);
    expect((await c.inject({ method: 'GET', url: '/api/v1/tickets' })).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'leaver', password: STAFF_PASSWORD },
    });
    expect(again.statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('a change without the session’s token is 403 and changes nothing; a cross-site one too', async () => {
    const s = await signIn(t.app, 'wang');
    const bare = await s.inject({
      method: 'POST',
      url: `/api/v1/tickets/${xiyiTicket}/notes`,
      csrf: false,
      payload: { note: 'x' },
    });
    expect(bare.statusCode).toBe(403);
    expect(bare.json().error.code).toBe('csrf_failed');
    const forged = await s.inject({
      method: 'POST',
      url: `/api/v1/tickets/${xiyiTicket}/notes`,
      csrf: false,
      headers: { 'x-csrf-token': 'A'.repeat(43) },
      payload: { note: 'x' },
    });
    expect(forged.statusCode).toBe(403);
    const crossSite = await s.inject({
      method: 'POST',
      url: `/api/v1/tickets/${xiyiTicket}/notes`,
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { note: 'x' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(await t.services.db.prisma.ticketEvent.count({ where: { ticketId: xiyiTicket, kind: 'note' } })).toBe(0);
  });
});

describe('scope', () => {
  it('a commissioner sees only their communities: another community’s ticket is 404 by id, absent from lists, figures and CSV', async () => {
    const wang = await signIn(t.app, 'wang');
    const chen = await signIn(t.app, 'chen');
    const list = (await wang.inject({ method: 'GET', url: '/api/v1/tickets' })).json().tickets as { id: string }[];
    expect(list.map((k) => k.id)).toContain(xiyiTicket);
    expect(list.map((k) => k.id)).not.toContain(dongyiTicket);
    const other = await wang.inject({ method: 'GET', url: `/api/v1/tickets/${dongyiTicket}` });
    expect(other.statusCode).toBe(404);
    // The same answer as a ticket that does not exist: ids leak nothing.
    const none = await wang.inject({ method: 'GET', url: '/api/v1/tickets/T-99999' });
    expect([other.statusCode, other.json()]).toEqual([none.statusCode, none.json()]);
    for (const path of ['claim', 'notes', 'status']) {
      const payload = path === 'notes' ? { note: 'x' } : path === 'status' ? { status: 'resolved' } : undefined;
      const res = await wang.inject({ method: 'POST', url: `/api/v1/tickets/${dongyiTicket}/${path}`, payload });
      expect([path, res.statusCode]).toEqual([path, 404]);
    }
    expect((await t.services.tickets.find(dongyiTicket))?.status).toBe('new');
    expect((await wang.inject({ method: 'GET', url: `/dashboard/tickets/${dongyiTicket}` })).statusCode).toBe(404);

    const wangStats = (await wang.inject({ method: 'GET', url: '/api/v1/stats?days=3' })).json();
    const chenStats = (await chen.inject({ method: 'GET', url: '/api/v1/stats?days=3' })).json();
    const created = (s: { days: { created: Record<string, number> }[] }) =>
      s.days.reduce((n, d) => n + Object.values(d.created).reduce((a, b) => a + b, 0), 0);
    expect(created(wangStats)).toBe(1);
    expect(wangStats.openByPriority).toEqual({ red: 1, yellow: 0, green: 0 });
    expect(chenStats.openByPriority).toEqual({ red: 0, yellow: 0, green: 1 });
    const csv = await wang.inject({ method: 'GET', url: '/api/v1/stats.csv?days=3' });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toMatch(/^day,created_drug_delivery,/);
    const header = lines[0]!.split(',');
    const total = lines.slice(1).reduce((n, l) => n + Number(l.split(',')[header.indexOf('created_total')]), 0);
    expect(total).toBe(1);

    // The street's lead sees both communities of the street.
    const li = await signIn(t.app, 'li');
    const leadList = (await li.inject({ method: 'GET', url: '/api/v1/tickets' })).json().tickets as { id: string }[];
    expect(leadList.map((k) => k.id)).toEqual(expect.arrayContaining([xiyiTicket, dongyiTicket]));
  });
});

describe('working a ticket', () => {
  it('two simultaneous claims: one 200, one 409; then resolving texts the resident both updates', async () => {
    const wang = await signIn(t.app, 'wang');
    const zhao = await signIn(t.app, 'zhao');
    const [a, b] = await Promise.all([
      wang.inject({ method: 'POST', url: `/api/v1/tickets/${xiyiTicket}/claim` }),
      zhao.inject({ method: 'POST', url: `/api/v1/tickets/${xiyiTicket}/claim` }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? wang : zhao;
    const loser = a.statusCode === 200 ? zhao : wang;
    expect((a.statusCode === 409 ? a : b).json().error.code).toBe('conflict');
    // The loser still cannot take it over.
    expect((await loser.inject({ method: 'POST', url: `/api/v1/tickets/${xiyiTicket}/claim` })).statusCode).toBe(409);

    const note = await winner.inject({
      method: 'POST',
      url: `/api/v1/tickets/${xiyiTicket}/notes`,
      payload: { note: '已电话联系，30分钟内送到' },
    });
    expect(note.statusCode).toBe(201);
    const bad = await winner.inject({
      method: 'POST',
      url: `/api/v1/tickets/${xiyiTicket}/status`,
      payload: { status: 'done' },
    });
    expect(bad.statusCode).toBe(400);
    const resolved = await winner.inject({
      method: 'POST',
      url: `/api/v1/tickets/${xiyiTicket}/status`,
      payload: { status: 'resolved', note: '药已送到' },
    });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().ticket.status).toBe('resolved');

    const detail = (await winner.inject({ method: 'GET', url: `/api/v1/tickets/${xiyiTicket}` })).json();
    expect(detail.events.map((e: { kind: string; toStatus: string | null }) => [e.kind, e.toStatus])).toEqual([
      ['created', 'new'],
      ['claim', 'assigned'],
      ['note', null],
      ['status', 'in_progress'],
      ['status', 'resolved'],
    ]);
    expect(detail.events[1].actorName).toMatch(/专员/);
    expect(detail.transcript[0]).toMatchObject({ direction: 'in', text: RED_DELIVERY_XIYI[0] });

    const texts = () => twilio.requests.filter((r) => r.form.To === xiyiResident).map((r) => r.form.Body ?? '');
    const both = await waitFor(() => (texts().length >= 2 ? texts() : undefined), 'both SMS to the resident');
    expect(both).toEqual([
      expect.stringMatching(new RegExp(`${xiyiTicket}已由社区工作人员受理`)),
      expect.stringMatching(/已办结/),
    ]);
  });

  it('escapes what residents wrote: a script tag in a request is text on the page', async () => {
    const { ticket } = (await t.services.tickets.submit({
      requestKey: 'test:xss',
      service: 'drug_delivery',
      channel: 'open311',
      lang: 'zh',
      actor: 'open311:test',
      description: '<script>alert("x")</script><img src=x onerror=alert(1)>',
      address: '西一社区1幢<b>1</b>室',
      phone: '13800000000',
      name: '"><script>alert(2)</script>',
      attributes: { need: '<script>alert(3)</script>', age: '70' },
    })) as { ticket: { id: string } };
    const wang = await signIn(t.app, 'wang');
    const page = await wang.inject({ method: 'GET', url: `/dashboard/tickets/${ticket.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/<script>alert/);
    expect(page.body).not.toMatch(/<img src=x/);
    expect(page.body).not.toContain('<b>1</b>');
    expect(page.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const queue = await wang.inject({ method: 'GET', url: '/dashboard' });
    expect(queue.body).toContain(ticket.id);
    expect(queue.body).not.toMatch(/<script>alert/);
  });
});

describe('leads and admins', () => {
  it('a lead reassigns within their street; a commissioner may not (403)', async () => {
    const { ticket } = (await t.services.tickets.submit({
      requestKey: 'test:route-me',
      service: 'drug_delivery',
      channel: 'open311',
      lang: 'zh',
      actor: 'open311:test',
      description: '退烧药',
      address: '东一社区2幢',
      phone: '13800000001',
      attributes: { need: '退烧药', age: '60' },
    })) as { ticket: { id: string } };
    const wang = await signIn(t.app, 'wang');
    const refused = await wang.inject({
      method: 'POST',
      url: `/api/v1/tickets/${ticket.id}/reassign`,
      payload: { communityId: 'gs-dg-xiyi' },
    });
    expect(refused.statusCode).toBe(403);
    const li = await signIn(t.app, 'li');
    const outside = await li.inject({
      method: 'POST',
      url: `/api/v1/tickets/${ticket.id}/reassign`,
      payload: { communityId: 'gs-hs-xiaohe' },
    });
    expect(outside.statusCode).toBe(400);
    const moved = await li.inject({
      method: 'POST',
      url: `/api/v1/tickets/${ticket.id}/reassign`,
      payload: { communityId: 'gs-dg-xiyi', note: '地址在西一' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().ticket.communityId).toBe('gs-dg-xiyi');
    // Now it is the Xiyi commissioner's to see.
    expect((await wang.inject({ method: 'GET', url: `/api/v1/tickets/${ticket.id}` })).statusCode).toBe(200);
  });

  it('only admins manage accounts; a new account signs in, a duplicate is 409, a weak password 400, disabling ends its sessions', async () => {
    await addStaff(t, { username: 'root', role: 'admin' });
    const wang = await signIn(t.app, 'wang');
    expect((await wang.inject({ method: 'GET', url: '/api/v1/staff' })).statusCode).toBe(403);
    expect((await wang.inject({ method: 'GET', url: '/dashboard/staff' })).statusCode).toBe(403);
    const root = await signIn(t.app, 'root');
    const payload = {
      username: 'sun',
      role: 'commissioner',
      name: '孙专员',
      communities: ['gs-dg-dongyi'],
      password: 'a long enough one',
    };
    const created = await root.inject({ method: 'POST', url: '/api/v1/staff', payload });
    expect(created.statusCode).toBe(201);
    expect(created.json().account).toMatchObject({ username: 'sun', communities: ['gs-dg-dongyi'], active: true });
    expect((await root.inject({ method: 'POST', url: '/api/v1/staff', payload })).statusCode).toBe(409);
    const weak = await root.inject({
      method: 'POST',
      url: '/api/v1/staff',
      payload: { ...payload, username: 'sun2', password: 'short' },
    });
    expect([weak.statusCode, weak.json().error.code]).toEqual([400, 'weak_password']);
    const nowhere = await root.inject({
      method: 'POST',
      url: '/api/v1/staff',
      payload: { ...payload, username: 'sun3', communities: ['no-such-place'] },
    });
    expect([nowhere.statusCode, nowhere.json().error.code]).toEqual([400, 'invalid_scope']);

    const sun = await signIn(t.app, 'sun', 'a long enough one');
    expect((await sun.inject({ method: 'GET', url: '/api/v1/tickets' })).statusCode).toBe(200);
    const off = await root.inject({ method: 'PATCH', url: '/api/v1/staff/sun', payload: { active: false } });
    expect([off.statusCode, off.json().account.active]).toEqual([200, false]);
    expect((await sun.inject({ method: 'GET', url: '/api/v1/tickets' })).statusCode).toBe(401);
    const self = await root.inject({ method: 'PATCH', url: '/api/v1/staff/root', payload: { active: false } });
    expect(self.statusCode).toBe(400);

    // The page: an admin adds an account with a form (CSRF token in the form).
    const page = await root.inject({ method: 'GET', url: '/dashboard/staff' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('孙专员');
    const form = new URLSearchParams({
      _csrf: root.csrf,
      action: 'add',
      username: 'zhou',
      name: '周专员',
      password: 'another long one',
      role: 'commissioner',
      communities: 'gs-dg-xiyi',
    });
    const added = await root.inject({
      method: 'POST',
      url: '/dashboard/staff',
      csrf: false,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form.toString(),
    });
    expect([added.statusCode, added.headers.location]).toEqual([303, '/dashboard/staff']);
    expect((await signIn(t.app, 'zhou', 'another long one')).csrf).toBeTruthy();
  });
});

describe('waiting on the resident', () => {
  it('pausing stops the SLA clock and resuming moves the due times on by the pause, within scope only', async () => {
    const { ticket } = (await t.services.tickets.submit({
      requestKey: 'test:pause',
      service: 'drug_delivery',
      channel: 'open311',
      lang: 'zh',
      actor: 'open311:test',
      description: '抗原试剂',
      address: '西一社区8幢',
      phone: '13800000002',
      attributes: { need: '抗原试剂', age: '40' },
    })) as { ticket: { id: string; resolutionDueAt: Date } };
    const chen = await signIn(t.app, 'chen');
    expect((await chen.inject({ method: 'POST', url: `/api/v1/tickets/${ticket.id}/sla-pause` })).statusCode).toBe(404);
    const wang = await signIn(t.app, 'wang');
    const paused = await wang.inject({
      method: 'POST',
      url: `/api/v1/tickets/${ticket.id}/sla-pause`,
      payload: { note: '家中无人' },
    });
    expect(paused.statusCode).toBe(200);
    expect(paused.json().ticket.slaPausedAt).not.toBeNull();
    clock.advanceMinutes(25);
    const resumed = await wang.inject({ method: 'POST', url: `/api/v1/tickets/${ticket.id}/sla-resume` });
    expect(resumed.statusCode).toBe(200);
    expect(new Date(resumed.json().ticket.resolutionDueAt).getTime() - ticket.resolutionDueAt.getTime()).toBe(
      25 * 60_000,
    );
  });
});
