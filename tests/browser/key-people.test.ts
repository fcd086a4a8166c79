/**
 * The key-people pages in real headless Chromium against the real service on loopback: a week of
 * check-ins (red answered three times, yellow once) behind it, a commissioner opens the compliance
 * view and sees the figure and its chart, opens a person's contact history, and re-grades her with a
 * reason (audited). No request leaves the origin, no CSP violation. Screenshot:
 * test-artifacts/key-people-compliance.png.
 */
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { ManualClock } from '../../core/clock';
import { chromiumAvailable, launchChromium, openStaffBrowser, type StaffBrowser } from '../../harness/dashboard-page';
import { checkInTexts, driveClock, REGISTER_HEADER } from '../../harness/key-people';
import { addStaff, STAFF_PASSWORD } from '../../harness/staff';
import { startFakeTwilioApi, type FakeTwilioApi } from '../../harness/twilio-fake-api';
import { startTestApp, type TestApp } from '../../harness/test-app';
import { postTwilio, twilioSid, TWILIO_TEST_ENV } from '../../harness/twilio-webhooks';

const requireChromium = process.env.CI === 'true' || process.env.REQUIRE_CHROMIUM === '1';
const describeBrowser = chromiumAvailable() || requireChromium ? describe : describe.skip;
const { OPERATOR_NUMBER: _desk, ...ENV } = TWILIO_TEST_ENV;
const MONDAY = new Date('2026-11-29T16:30:00Z');
const RED = '+8613800000031';
const YELLOW = '+8613800000032';

describeBrowser('the key-people pages in Chromium', () => {
  const clock = new ManualClock(MONDAY);
  let t: TestApp;
  let twilio: FakeTwilioApi;
  let browser: Browser;
  let origin: string;
  let b: StaffBrowser;

  beforeAll(async () => {
    twilio = await startFakeTwilioApi();
    t = await startTestApp(ENV, { twilioHttpClient: twilio.httpClient, clock, scheduleSweep: false });
    await addStaff(t, { username: 'wang', name: '王芳', role: 'commissioner', communities: ['gs-dg-xiyi'] });
    const csv = [
      REGISTER_HEADER,
      `王奶奶,${RED},gs-dg-xiyi,auto,85,hypertension,yes,yes,sms,09:00,`,
      `李爷爷,${YELLOW},gs-dg-xiyi,auto,70,hypertension,no,no,sms,15:00,`,
    ].join('\n');
    await t.services.keyPeople.register.importCsv(csv, 'import');
    await t.services.keyPeople.checkIns.plan();
    let red = 0;
    let yellow = 0;
    // Red answers all three; yellow answers the first only. Through Wednesday 23:00 of the next week.
    await driveClock(clock, [t], new Date(MONDAY.getTime() + 9 * 86_400_000), 60, async () => {
      for (const [phone, count, answer] of [
        [RED, red, true],
        [YELLOW, yellow, yellow === 0],
      ] as const) {
        if (checkInTexts(twilio, phone).length > count) {
          if (phone === RED) red++;
          else yellow++;
          if (answer) await postTwilio(t.app, '/twilio/sms', { MessageSid: twilioSid('SM'), From: phone, Body: '1' });
        }
      }
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    b = await openStaffBrowser(browser, origin);
  }, 300_000);
  afterAll(async () => {
    await b?.close();
    await browser?.close();
    await t?.close();
    await twilio?.close();
  });

  it('shows last week’s compliance figure and chart, the board, a contact history, and re-grades with a reason', async () => {
    const page = b.page;
    await page.goto(`${origin}/dashboard/key-people`);
    await page.getByLabel('用户名').fill('wang');
    await page.getByLabel('密码').fill(STAFF_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/dashboard/);
    await page.goto(`${origin}/dashboard/key-people`);
    await page.getByRole('heading', { name: /每周达标率/ }).waitFor();
    // Last week: red 1/1 reached three times; yellow 0/1 (answered once of two).
    const rows = page.locator('#compliance table.figures tbody tr');
    await expect(rows.nth(6).innerText()).resolves.toMatch(/1\/1 100%\s+0\/1 0%/);
    expect(await page.locator('#compliance-chart rect.bar-red').count()).toBeGreaterThan(0);
    await expect(page.locator('#key-people').innerText()).resolves.toMatch(/王奶奶[\s\S]*李爷爷|李爷爷[\s\S]*王奶奶/);
    await b.screenshot('key-people-compliance');

    await page.getByRole('link', { name: '王奶奶' }).click();
    await page.locator('#history').waitFor();
    await expect(page.locator('#history tbody tr').count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(page.locator('#history').innerText()).resolves.toMatch(/answered · well/);
    await page.locator('select[name="grade"]').selectOption('yellow');
    await page.getByLabel('调整分级的理由').fill('女儿已搬来同住');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('人工调整: 女儿已搬来同住').waitFor();
    await expect(page.locator('ul.audit').innerText()).resolves.toMatch(
      /regraded: [^—\n]*\bgrade\b[^—\n]*— 女儿已搬来同住/,
    );
    await b.screenshot('key-people-person');

    expect(b.offsite).toEqual([]);
    expect(await b.cspViolations()).toEqual([]);
    expect(b.errors).toEqual([]);
  }, 120_000);
});
