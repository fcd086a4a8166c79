/**
 * The service's pages in real headless Chromium (Debian's `chromium` driven by playwright-core
 * 1.64.1): the service listening on loopback, every request a page makes recorded and anything for
 * another origin refused, CSP violations and script errors collected, screenshots saved under
 * test-artifacts/. The chat page (phone-sized) is driven here; the dashboard in dashboard-page.ts.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';

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
 * Playwright sends to the page (which is why each callback spells the cast out: it runs in the page,
 * where no helper of this module exists).
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

/** A fresh browser profile (no cookies) that may only reach `origin`. */
export interface GuardedPage {
  page: Page;
  context: BrowserContext;
  /** Requests for any other origin: refused, and listed here. */
  offsite: string[];
  /** Script errors on the page. */
  errors: string[];
  cspViolations(): Promise<string[]>;
  /** Saves test-artifacts/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openGuardedPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions,
  shot: { fullPage: boolean; settleMs: number } = { fullPage: true, settleMs: 0 },
): Promise<GuardedPage> {
  const context = await browser.newContext(options);
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
    if (target.protocol !== 'data:' && target.protocol !== 'blob:' && target.origin !== origin)
      offsite.push(request.url());
  });
  await context.addInitScript(() => {
    const g = globalThis as unknown as PageGlobals;
    g.__csp = [];
    g.document.addEventListener('securitypolicyviolation', (e) =>
      g.__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => errors.push(err.message));
  return {
    page,
    context,
    offsite,
    errors,
    cspViolations: () => page.evaluate(() => (globalThis as unknown as PageGlobals).__csp),
    async screenshot(name) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const file = path.join(ARTIFACTS_DIR, `${name}.png`);
      if (shot.settleMs > 0) await page.waitForTimeout(shot.settleMs);
      await page.screenshot({ path: file, fullPage: shot.fullPage });
      return file;
    },
    close: () => context.close(),
  };
}

const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const BOT_TEXT = '.webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__text-content';

export interface ChatPage extends GuardedPage {
  sendBox(): Locator;
  send(text: string): Promise<void>;
  /** The hotline's message whose text matches, once it is shown. */
  botReply(matching: RegExp): Promise<Locator>;
  /** data-id of the element that has focus ("webchat-sendbox-input" for the send box). */
  focused(): Promise<string | null | undefined>;
  fontSizePx(locator: Locator): Promise<number>;
}

export async function openChatPage(browser: Browser, origin: string, url = '/chat'): Promise<ChatPage> {
  // The viewport only, as a phone shows it; the wait lets Web Chat finish scrolling to the newest message.
  const guarded = await openGuardedPage(
    browser,
    origin,
    { viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' },
    { fullPage: false, settleMs: 300 },
  );
  const { page } = guarded;
  await page.goto(origin + url);
  await page.locator(SEND_BOX).waitFor();
  return {
    ...guarded,
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
    focused: () =>
      page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('data-id')),
    fontSizePx: (locator) =>
      locator.evaluate((el) => parseFloat((globalThis as unknown as PageGlobals).getComputedStyle(el).fontSize)),
  };
}
