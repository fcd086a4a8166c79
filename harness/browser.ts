/**
 * The chat page in real headless Chromium (Debian's `chromium` driven by playwright-core): the
 * service listening on loopback, every request the page makes recorded and anything for another
 * origin refused, CSP violations and script errors collected, phone-sized screenshots saved under
 * test-artifacts/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
/** Flags that keep Chromium from calling home or needing a sandbox in CI containers (NOTES). */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
export const ARTIFACTS_DIR = path.join(__dirname, '..', 'test-artifacts');
/** A phone: iPhone 12–15 in CSS pixels. */
export const PHONE = { width: 390, height: 844 };

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/**
 * The few browser globals the checks read inside the page. The project compiles without the DOM
 * library (service code must not see it), so they are typed here; the casts vanish in the code
 * Playwright sends to the page.
 */
interface PageGlobals {
  document: {
    activeElement: { getAttribute(name: string): string | null } | null;
    addEventListener(
      type: 'securitypolicyviolation',
      listener: (e: { effectiveDirective: string; blockedURI: string; sourceFile: string; lineNumber: number }) => void,
    ): void;
  };
  getComputedStyle(element: unknown): { fontSize: string };
  __csp: string[];
}

const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const BOT_TEXT = '.webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__text-content';

export interface ChatPage {
  page: Page;
  context: BrowserContext;
  /** Requests for any other origin: refused, and listed here. */
  offsite: string[];
  /** Script errors on the page. */
  errors: string[];
  sendBox(): Locator;
  send(text: string): Promise<void>;
  /** The hotline's message whose text matches, once it is shown. */
  botReply(matching: RegExp): Promise<Locator>;
  cspViolations(): Promise<string[]>;
  /** data-id of the element that has focus ("webchat-sendbox-input" for the send box). */
  focused(): Promise<string | null | undefined>;
  fontSizePx(locator: Locator): Promise<number>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openChatPage(browser: Browser, origin: string, url = '/chat'): Promise<ChatPage> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  const offsite: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (new URL(target).origin === origin) return route.continue();
    offsite.push(target);
    return route.abort('blockedbyclient');
  });
  // Requests the router does not see (blob:, data:, the favicon) are checked here too.
  context.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol !== 'data:' && target.origin !== origin) offsite.push(request.url());
  });
  await context.addInitScript(() => {
    const page = globalThis as unknown as PageGlobals;
    page.__csp = [];
    page.document.addEventListener('securitypolicyviolation', (e) =>
      page.__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(origin + url);
  await page.locator(SEND_BOX).waitFor();

  return {
    page,
    context,
    offsite,
    errors,
    sendBox: () => page.locator(SEND_BOX),
    async send(text) {
      await page.locator(SEND_BOX).fill(text);
      await page.keyboard.press('Enter');
    },
    async botReply(matching) {
      const reply = page.locator(BOT_TEXT).filter({ hasText: matching }).last();
      await reply.waitFor({ timeout: 15_000 });
      return reply;
    },
    cspViolations: () => page.evaluate(() => (globalThis as unknown as PageGlobals).__csp),
    focused: () =>
      page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('data-id')),
    fontSizePx: (locator) =>
      locator.evaluate((el) => parseFloat((globalThis as unknown as PageGlobals).getComputedStyle(el).fontSize)),
    async screenshot(name) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const file = path.join(ARTIFACTS_DIR, `${name}.png`);
      // Let Web Chat finish scrolling to the newest message.
      await page.waitForTimeout(300);
      await page.screenshot({ path: file });
      return file;
    },
    close: () => context.close(),
  };
}
