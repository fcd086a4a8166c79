/**
 * The dashboard in real headless Chromium (Debian's `chromium` driven by playwright-core 1.64.1,
 * launched as the web chat's browser tests launch it): the service listening on loopback, any request
 * for another origin refused and recorded, CSP violations and script errors collected, screenshots
 * saved under test-artifacts/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** The browser globals the checks read (the project compiles without the DOM library). */
interface PageGlobals {
  document: {
    addEventListener(
      type: 'securitypolicyviolation',
      listener: (e: { effectiveDirective: string; blockedURI: string; sourceFile: string; lineNumber: number }) => void,
    ): void;
  };
  __csp: string[];
}

export interface StaffBrowser {
  page: Page;
  context: BrowserContext;
  offsite: string[];
  errors: string[];
  cspViolations(): Promise<string[]>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** A fresh browser profile (no cookies) on a desktop-sized or phone-sized screen. */
export async function openStaffBrowser(
  browser: Browser,
  origin: string,
  viewport = { width: 1280, height: 900 },
): Promise<StaffBrowser> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1 });
  const offsite: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (new URL(target).origin === origin) return route.continue();
    offsite.push(target);
    return route.abort('blockedbyclient');
  });
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
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    close: () => context.close(),
  };
}
