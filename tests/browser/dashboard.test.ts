/**
 * The commissioners' dashboard in real headless Chromium against the real service on loopback:
 * a resident's SMS request (signed Twilio webhooks) → a commissioner signs in, finds it at the top of
 * the queue, claims it, resolves it → the resident has both SMS (the local fake of Twilio's REST API).
 * Another community's commissioner cannot see it. Screenshots: test-artifacts/dashboard-*.png.
 */
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { ManualClock } from '../../core/clock';
import { chromiumAvailable, launchChromium, openStaffBrowser, type StaffBrowser } from '../../harness/dashboard-page';
import {
  addStaff,
  GREEN_KITS_DONGYI,
  RED_DELIVERY_XIYI,
  smsConversation,
  STAFF_PASSWORD,
  ticketIdIn,
} from '../../harness/staff';
import { startFakeTwilioApi, type FakeTwilioApi } from '../../harness/twilio-fake-api';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';
import { waitFor } from '../../harness/wait';

const requireChromium = process.env.CI === 'true' || process.env.REQUIRE_CHROMIUM === '1';
const describeBrowser = chromiumAvailable() || requireChromium ? describe : describe.skip;
const { OPERATOR_NUMBER: _desk, ...ENV } = TWILIO_TEST_ENV;

describeBrowser('the dashboard in Chromium', () => {
  // Business time starts at the wall clock's (messages are stamped by the database's own clock).
  const clock = new ManualClock(new Date());
  let t: TestApp;
  let twilio: FakeTwilioApi;
  let browser: Browser;
  let origin: string;
  const open: StaffBrowser[] = [];
  const resident = '+8613900000201';

  beforeAll(async () => {
    twilio = await startFakeTwilioApi();
    t = await startTestApp(ENV, { twilioHttpClient: twilio.httpClient, clock, scheduleSweep: false });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    await addStaff(t, { username: 'wang', name: '王芳', role: 'commissioner', communities: ['gs-dg-xiyi'] });
    await addStaff(t, { username: 'chen', name: '陈明', role: 'commissioner', communities: ['gs-dg-dongyi'] });
  });
  afterAll(async () => {
    for (const b of open) await b.close();
    await browser?.close();
    await t?.close();
    await twilio?.close();
  });

  const staffBrowser = async (viewport?: { width: number; height: number }) => {
    const b = await openStaffBrowser(browser, origin, viewport);
    open.push(b);
    return b;
  };
  const signIn = async (b: StaffBrowser, username: string) => {
    await b.page.goto(`${origin}/dashboard`);
    await b.page.getByLabel('用户名').fill(username);
    await b.page.getByLabel('密码').fill(STAFF_PASSWORD);
    await b.page.getByRole('button', { name: '登录' }).click();
    await b.page.getByRole('heading', { name: /工单队列/ }).waitFor();
  };

  it('a resident’s SMS request is worked from the top of the queue to resolved, and the resident hears both times', async () => {
    // Earlier, a green request in the same community: the red one must still come first.
    const now = clock.now();
    clock.set(new Date(now.getTime() - 60 * 60_000));
    ticketIdIn(
      (
        await smsConversation(t.app, '+8613900000202', [
          '请社区送两盒抗原试剂到西一社区5幢1单元202，我自己用，我30岁',
          '没有',
          '1',
        ])
      ).at(-1),
    );
    clock.set(now);
    const id = ticketIdIn((await smsConversation(t.app, resident, RED_DELIVERY_XIYI)).at(-1));
    // And someone the screen sends to 120: the charts count both kinds of contact.
    const [emergency] = await smsConversation(t.app, '+8613900000209', ['我爸突然叫不醒了，嘴唇发紫']);
    expect(emergency).toMatch(/120/);

    const b = await staffBrowser();
    await b.page.goto(`${origin}/dashboard`);
    // No session: the sign-in form, in Chinese.
    expect(await b.page.getAttribute('html', 'lang')).toBe('zh-CN');
    await b.page.getByRole('button', { name: '登录' }).waitFor();
    await signIn(b, 'wang');

    const rows = b.page.locator('#queue-rows tr[data-ticket]');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.first().getAttribute('data-ticket')).toBe(id);
    expect(await rows.first().locator('.badge').textContent()).toBe('红');
    // 30 minutes to a first response for a red delivery: green countdown at first.
    expect(await rows.first().locator('.sla').getAttribute('class')).toMatch(/sla-ok/);
    await b.screenshot('dashboard-queue');

    await rows.first().getByRole('link', { name: id }).click();
    await b.page.getByRole('heading', { name: new RegExp(id) }).waitFor();
    const body = () => b.page.textContent('main');
    expect(await body()).toContain('88');
    expect(await body()).toContain('独居');
    expect(await body()).toContain(RED_DELIVERY_XIYI[0]);
    expect(await b.page.getByRole('link', { name: /拨打电话/ }).getAttribute('href')).toBe(`tel:${resident}`);
    await b.page.getByRole('button', { name: '我来处理' }).click();
    await b.page.getByText('已由你受理。').waitFor();
    await b.page.getByLabel('更改状态').selectOption('resolved');
    await b.page.getByPlaceholder('备注').first().fill('药已送到门口');
    await b.page.getByRole('button', { name: '保存' }).click();
    await b.page.locator('.status', { hasText: '已办结' }).waitFor();
    expect(await b.page.locator('.audit').textContent()).toMatch(/受理.*王芳[\s\S]*已办结/);
    await b.screenshot('dashboard-ticket');

    const texts = () => twilio.requests.filter((r) => r.form.To === resident).map((r) => r.form.Body ?? '');
    const both = await waitFor(() => (texts().length >= 2 ? texts() : undefined), 'both SMS to the resident');
    expect(both).toEqual([
      expect.stringMatching(new RegExp(`${id}已由社区工作人员受理`)),
      expect.stringMatching(/已办结/),
    ]);

    await b.page.getByRole('link', { name: '疫情态势' }).click();
    await b.page.getByRole('heading', { name: /疫情态势/ }).waitFor();
    // uPlot drew the three charts from the page's own figures.
    await b.page.locator('#chart-contacts canvas').waitFor();
    expect(await b.page.locator('.chart canvas').count()).toBe(3);
    // The table's columns summed over the days shown (a run across midnight splits the days, not the sums):
    // five services, resolved, SLA met, contacts, sent to 120, home, clinic, community.
    const table = await b.page
      .locator('#figures-by-day tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) =>
          [...(r as unknown as { querySelectorAll(s: string): { textContent: string }[] }).querySelectorAll('td')].map(
            (td) => td.textContent,
          ),
        ),
      );
    const total = (col: number) => table.reduce((n, row) => n + (Number(row[col]) || 0), 0);
    expect([0, 1, 2, 3, 4, 5].map(total)).toEqual([2, 0, 0, 0, 0, 1]);
    expect(table.map((row) => row[6]).filter((v) => v !== '—')).toEqual(['100%']);
    expect([7, 8, 9, 10, 11].map(total)).toEqual([3, 1, 0, 0, 2]);
    await b.screenshot('dashboard-charts');

    await b.page.getByRole('link', { name: 'English' }).click();
    await b.page.getByRole('heading', { name: /The surge/ }).waitFor();
    expect(await b.page.getAttribute('html', 'lang')).toBe('en');

    expect(b.offsite).toEqual([]);
    expect(b.errors).toEqual([]);
    expect(await b.cspViolations()).toEqual([]);
  });

  it('another community’s commissioner cannot see it: not in the queue, and its page is not found', async () => {
    ticketIdIn((await smsConversation(t.app, '+8613900000203', GREEN_KITS_DONGYI)).at(-1));
    const id = ticketIdIn((await smsConversation(t.app, '+8613900000204', RED_DELIVERY_XIYI)).at(-1));
    const b = await staffBrowser({ width: 390, height: 844 });
    await signIn(b, 'chen');
    const ids = await b.page
      .locator('#queue-rows tr[data-ticket]')
      .evaluateAll((rows) =>
        rows.map((r) => (r as unknown as { getAttribute(n: string): string }).getAttribute('data-ticket')),
      );
    expect(ids.length).toBe(1);
    expect(ids).not.toContain(id);
    await b.screenshot('dashboard-queue-phone');
    const res = await b.page.goto(`${origin}/dashboard/tickets/${id}`);
    expect(res?.status()).toBe(404);
    expect(await b.page.textContent('main')).toContain('没有这个工单');
    expect(await b.page.textContent('main')).not.toContain('西一社区3幢');
  });

  it('a new red ticket appears in an open queue without a reload', async () => {
    const b = await staffBrowser();
    await signIn(b, 'wang');
    const before = await b.page.locator('#queue-rows tr[data-ticket]').count();
    const id = ticketIdIn((await smsConversation(t.app, '+8613900000205', RED_DELIVERY_XIYI)).at(-1));
    await b.page.locator(`#queue-rows tr[data-ticket="${id}"]`).waitFor({ timeout: 30_000 });
    expect(await b.page.locator('#queue-rows tr[data-ticket]').count()).toBe(before + 1);
    // The refreshed rows were re-ticked by dashboard.js with the page's own words and the server's clock.
    expect(await b.page.locator(`#queue-rows tr[data-ticket="${id}"] .sla`).textContent()).toMatch(/^剩 (29|30)分钟$/);
    expect(b.errors).toEqual([]);
    expect(await b.cspViolations()).toEqual([]);
  });
});
