/**
 * The residents' chat page in real headless Chromium on a phone-sized screen (390×844), against the
 * real service on loopback. Each case asks something and checks what a resident sees; a screenshot
 * of each lands in test-artifacts/. No case may make a request outside the service's origin or
 * trip the Content-Security-Policy.
 */
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchChromium, openChatPage, type ChatPage } from '../../harness/browser';
import { startTestApp, type TestApp } from '../../harness/test-app';

const requireChromium = process.env.CI === 'true' || process.env.REQUIRE_CHROMIUM === '1';
const describeBrowser = chromiumAvailable() || requireChromium ? describe : describe.skip;

/** One thing a resident does on the page and what they must see; its screenshot is `<name>.png`. */
interface Scenario {
  name: string;
  url?: string;
  /** The service is there for checks of what the page's conversation stored. */
  run(chat: ChatPage, t: TestApp): Promise<void>;
}

const scenarios: Scenario[] = [
  {
    name: 'chat-medication-zh',
    async run(chat) {
      expect(await chat.page.getAttribute('html', 'lang')).toBe('zh-CN');
      await chat.send('布洛芬一次吃多少');
      await chat.botReply(/布洛芬.*毫克/);
      // Focus stays in the send box after sending, for the next question and for screen readers.
      expect(await chat.focused()).toBe('webchat-sendbox-input');
    },
  },
  {
    name: 'chat-emergency',
    async run(chat) {
      await chat.send('我爸突然叫不醒了，嘴唇发紫');
      await chat.botReply(/120/);
      const banner = chat.page.getByRole('alert').filter({ hasText: '危及生命' });
      await banner.waitFor();
      expect(await banner.textContent()).toContain('危及生命，请立即拨打120');
      const call = banner.getByRole('link', { name: '拨打 120' });
      expect(await call.getAttribute('href')).toBe('tel:120');
      const box = await call.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(48);
    },
  },
  {
    name: 'chat-english',
    async run(chat) {
      await chat.send('布洛芬一次吃多少');
      await chat.botReply(/布洛芬/);
      await chat.page.getByRole('link', { name: 'English' }).tap();
      await chat.page.waitForURL(/lang=en/);
      await chat.sendBox().waitFor();
      expect(await chat.page.getAttribute('html', 'lang')).toBe('en');
      expect(await chat.page.textContent('body')).toContain('You can ask for a family member');
      // The same conversation continues in English.
      await chat.botReply(/布洛芬/);
      await chat.send('How much paracetamol can I take in a day?');
      await chat.botReply(/paracetamol|acetaminophen/i);
    },
  },
  {
    name: 'chat-choices',
    async run(chat) {
      await chat.send('那个药');
      const actions = chat.page.getByRole('toolbar');
      const dose = actions.getByRole('button', { name: /吃多少/ });
      await dose.waitFor();
      for (const button of await actions.getByRole('button').all()) {
        expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(48);
      }
      await dose.tap();
      await chat.botReply(/药名/);
      // The tapped row is gone; focus went back to the send box, not to the page body.
      expect(await chat.focused()).toBe('webchat-sendbox-input');
    },
  },
  {
    name: 'chat-keyboard-open',
    async run(chat) {
      await chat.send('发热门诊在哪');
      await chat.botReply(/.+/);
      // An on-screen keyboard takes about half of a phone's height.
      await chat.sendBox().tap();
      await chat.page.setViewportSize({ width: 390, height: 420 });
      await chat.page.waitForTimeout(300);
      const box = (await chat.sendBox().boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(420);
      expect(await chat.page.locator('#intro').isVisible()).toBe(false);
      expect(await chat.fontSizePx(chat.sendBox())).toBeGreaterThanOrEqual(16);
    },
  },
  {
    name: 'chat-ticket',
    async run(chat, t) {
      await chat.send('我妈妈88岁了，一个人住，发烧了，家里没有退烧药，能请社区送点药吗？');
      await chat.botReply(/透析/);
      await chat.send('没有');
      await chat.botReply(/地址/);
      await chat.send('西一社区3幢2单元301');
      await chat.botReply(/电话/);
      await chat.send('13800138111');
      await chat.botReply(/请核对/);
      // Confirming is a suggested action, as the phone's "1" is on SMS.
      await chat.page.getByRole('toolbar').getByRole('button', { name: '确认提交' }).tap();
      const done = await chat.botReply(/编号T-\d{5,6}/);
      const id = /T-\d{5,6}/.exec((await done.textContent()) ?? '')![0];
      // The number the resident reads is the ticket the community desk now has.
      const ticket = await t.services.db.prisma.ticket.findUniqueOrThrow({ where: { id } });
      expect(ticket).toMatchObject({ service: 'drug_delivery', channel: 'web', contactPhone: '13800138111' });
      expect(await done.isVisible()).toBe(true);
    },
  },
];

describeBrowser('the chat page in Chromium', () => {
  let t: TestApp;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const chat = await openChatPage(browser, origin, scenario.url);
    try {
      await scenario.run(chat, t);
      await chat.screenshot(scenario.name);
      expect(chat.offsite).toEqual([]);
      expect(await chat.cspViolations()).toEqual([]);
      expect(chat.errors).toEqual([]);
    } finally {
      await chat.close();
    }
  });

  it('the offsite guard is not vacuous: a request for another origin is refused and listed', async () => {
    const chat = await openChatPage(browser, origin);
    try {
      await expect(chat.page.goto('http://cdn.example.org/webchat.js')).rejects.toThrow();
      expect(chat.offsite).toContain('http://cdn.example.org/webchat.js');
    } finally {
      await chat.close();
    }
  });
});
