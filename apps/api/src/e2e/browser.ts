import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { WEB_DIST } from '../app';

/**
 * Debian's Chromium driven by Playwright, for the dashboard's end-to-end tests and `bench:web`.
 * `.ci/run` installs it (apt-get install chromium) where it is missing.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM);

export function assertDashboardBuilt(): void {
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error('The dashboard is not built: run `npm run build` first.');
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/**
 * A Danish user's browser: Danish locale, Copenhagen time, a laptop-sized window. It asks for
 * reduced motion, which the charts honour by drawing at once, so a screenshot taken when a chart
 * is ready shows it whole rather than halfway through its animation.
 */
export async function danishPage(browser: Browser, width = 1280): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 1000 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    acceptDownloads: true,
    reducedMotion: 'reduce',
  });
  return context.newPage();
}
