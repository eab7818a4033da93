import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { REPOSITORY_ROOT } from '@kanalindsigt/warehouse/repository-root';
import { WEB_DIST } from '../app';
import { E2E_PASSWORD, startTestApp } from './test-app';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(REPOSITORY_ROOT, 'artifacts', 'screenshots');
const browserAvailable = existsSync(CHROMIUM);
if (!browserAvailable) {
  console.warn(
    `Skipping the browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`,
  );
}

(browserAvailable ? describe : describe.skip)('dashboard in Chromium', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html')))
      throw new Error('The dashboard is not built: run `npm run build` first.');
    app = await startTestApp();
    browser = await chromium.launch({
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
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in, opens in Danish and shows both charts with data', async () => {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 1000 },
      locale: 'da-DK',
      timezoneId: 'Europe/Copenhagen',
    });
    await page.goto(`${app.url}/fremmoede?kommune=0169&periode=all`);

    // Signed out, the page asks for a username and password first (helmet's CSP in force).
    await page.getByLabel('Brugernavn').fill('director');
    await page.getByLabel('Adgangskode').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('button', { name: 'Log ud' }).waitFor({ timeout: 20_000 });

    await page
      .locator('[data-testid="visits-by-service-chart"] .recharts-bar-rectangle')
      .first()
      .waitFor({ timeout: 20_000 });
    await page
      .locator('[data-testid="arrivals-heatmap"] td[data-value]')
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(
      await page.locator('[data-testid="visits-by-service-chart"] .recharts-bar-rectangle').count(),
    ).toBeGreaterThan(6);
    expect(
      await page.locator('[data-testid="arrivals-heatmap"] td[data-value]').count(),
    ).toBeGreaterThan(20);
    expect(await page.locator('h1').textContent()).toContain('Kanalindsigt');

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard.png'), fullPage: true });
    await page.close();
  });
});
