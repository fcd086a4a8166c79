/**
 * The dashboard in real headless Chromium, on the same guarded browser profile as the chat page
 * (browser.ts): loopback only, CSP violations and script errors collected, full-page screenshots.
 */
import type { Browser } from 'playwright-core';
import { openGuardedPage, type GuardedPage } from './browser';

export { ARTIFACTS_DIR, CHROMIUM, chromiumAvailable, launchChromium } from './browser';

export type StaffBrowser = GuardedPage;

/** A fresh browser profile (no cookies) on a desktop-sized or phone-sized screen. */
export function openStaffBrowser(
  browser: Browser,
  origin: string,
  viewport = { width: 1280, height: 900 },
): Promise<StaffBrowser> {
  return openGuardedPage(browser, origin, { viewport, locale: 'zh-CN', deviceScaleFactor: 1 });
}
