import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { loadFiles } from '@kanalindsigt/etl/load/load-files';
import { createWarehouseDataSource } from '@kanalindsigt/warehouse/data-source';
import { REPOSITORY_ROOT } from '@kanalindsigt/warehouse/repository-root';
import { SetupScope } from '@kanalindsigt/warehouse/testing/setup-scope';
import {
  assertDashboardBuilt,
  chromiumAvailable,
  CHROMIUM,
  danishPage,
  launchChromium,
} from './browser';
import { E2E_PASSWORD, startTestApp } from './test-app';

/** Screenshots and the printed PDF of every view: CI keeps artifacts/ as its artefacts. */
const ARTIFACTS = join(REPOSITORY_ROOT, 'artifacts');
const SCREENSHOTS = join(ARTIFACTS, 'screenshots');

/**
 * The smallest sample that gives every view data: the booking evaluation fits its seasonal
 * baseline on the months before the go-live (1 December 2020; 23 months from January 2019, less
 * the COVID closure, where its monthly dummies need 15) and needs months after it; 2021 is the
 * last whole year (the council's default period) and a year after 2020 (the year-earlier
 * comparison). Three years, half of what all views would show on the full sample.
 */
const DASHBOARD_PERIOD = { from: '2019-01-01', to: '2021-12-31' };
const LATEST_YEAR = DASHBOARD_PERIOD.to.slice(0, 4);

/**
 * Stated timeouts, generous for a 2-core machine shared with other work (the setup took 3 minutes
 * there at a load average of 5; a hang is what they guard against): the test app, the sample load
 * and Chromium; and the walk through every view with axe-core.
 */
const SETUP_MS = 300_000;
const EVERY_VIEW_MS = 180_000;

if (!chromiumAvailable()) {
  console.warn(
    `Skipping the browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`,
  );
}

/** Polls from Node (the dashboard's CSP rightly forbids evaluating strings in the page). */
async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`still waiting after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The sample loads clean. Two of the ETL's golden files, loaded as the municipality's own exports
 * would arrive, give the data-quality view something to show: a service label the mapping does not
 * know, and a row quarantined for an unknown ticket type (file, row and column named). They are
 * dated March 2024; moved into the fixture's last year, they leave its latest period whole.
 */
async function loadOwnExports(databaseUrl: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-own-exports-'));
  const files = [
    'etl/test-data/visits/ok/frontdesk-five-tickets.csv',
    'etl/test-data/visits/not-ok/unknown-ticket-type.csv',
  ].map((file) => {
    const copy = join(dir, basename(file));
    const text = readFileSync(join(REPOSITORY_ROOT, file), 'utf8');
    writeFileSync(copy, text.replaceAll('-2024 ', `-${LATEST_YEAR} `));
    return copy;
  });
  const dataSource = createWarehouseDataSource(databaseUrl, 1);
  await dataSource.initialize();
  try {
    await loadFiles(dataSource, { kind: 'visits', files, municipalityCode: '0169', actor: 'e2e' });
  } finally {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function signIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('button', { name: 'Log ud' }).waitFor({ timeout: 30_000 });
}

/** The navigation's views, as (label, path). */
async function navigation(page: Page): Promise<{ label: string; path: string }[]> {
  const links = page.getByRole('navigation', { name: 'Visninger' }).getByRole('link');
  const views: { label: string; path: string }[] = [];
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href')) ?? '';
    views.push({
      label: (await link.textContent()) ?? '',
      path: new URL(href, 'http://x').pathname,
    });
  }
  return views;
}

/**
 * Cards the sample cannot fill, and why: they must say so (status 'empty'), not fail.
 */
const EMPTY_ON_THE_SAMPLE: Record<string, string> = {
  'inclusion-assisted-chart':
    'the simulated queue exports do not record assisted self-service at the counter',
};

/**
 * Waits until no chart card is loading, then asserts every card is ready and has data: rows in
 * its table and, where it draws a recharts chart, drawn marks.
 */
async function expectEveryChartWithData(page: Page, view: string): Promise<number> {
  const cards = page.locator('[data-testid][data-status]');
  await cards.first().waitFor({ timeout: 30_000 });
  await waitUntil(async () => (await page.locator('[data-status="loading"]').count()) === 0);
  const states = await cards.evaluateAll((elements) =>
    elements.map((card) => ({
      id: card.getAttribute('data-testid'),
      status: card.getAttribute('data-status'),
      tableRows: card.querySelectorAll('.table-export tbody tr').length,
      hasChart: card.querySelector('.recharts-surface') !== null,
      marks: card.querySelectorAll(
        '.recharts-bar-rectangle, .recharts-line-curve, .recharts-area-area, .recharts-rectangle, .recharts-sector',
      ).length,
    })),
  );
  for (const card of states) {
    if (card.id && card.id in EMPTY_ON_THE_SAMPLE && card.status === 'empty') continue;
    expect({ view, ...card, status: card.status }).toEqual(
      expect.objectContaining({ view, id: card.id, status: 'ready' }),
    );
    expect({ view, id: card.id, hasRows: card.tableRows > 0 }).toEqual({
      view,
      id: card.id,
      hasRows: true,
    });
    if (card.hasChart)
      expect({ view, id: card.id, drawn: card.marks > 0 }).toEqual({
        view,
        id: card.id,
        drawn: true,
      });
  }
  return states.length;
}

/**
 * Spidsbelastning's "De næste 8 uger": the part is there, its three cards have data (rows, drawn
 * lines, heatmap cells); the sample's rota ends on the last data day, and the card says so.
 */
async function expectForecastPart(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'De næste 8 uger' }).waitFor();
  const lines = (id: string) => page.locator(`[data-testid="${id}"] .recharts-line-curve`).count();
  expect(await lines('forecast-daily')).toBeGreaterThan(0);
  expect(await lines('staffing-need')).toBeGreaterThan(0);
  expect(
    await page.locator('[data-testid="forecast-heatmap"] td.heatmap__cell[data-value]').count(),
  ).toBeGreaterThan(0);
  await page.getByText('Ingen vagtplan indlæst for perioden').waitFor();
}

/** axe-core's WCAG 2.1 A/AA rules: no serious or critical violation. */
async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      view,
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  expect(serious).toEqual([]);
}

(chromiumAvailable() ? describe : describe.skip)('dashboard in Chromium', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let browser: Browser;
  const scope = new SetupScope();

  beforeAll(async () => {
    assertDashboardBuilt();
    app = await startTestApp(scope, {}, DASHBOARD_PERIOD);
    await loadOwnExports(app.databaseUrl);
    browser = await scope.start(launchChromium, (started) => started.close());
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, SETUP_MS);
  afterAll(() => scope.close());

  it(
    'goes through every view as admin: charts with data, no serious accessibility violation, a screenshot each',
    async () => {
      const page = await danishPage(browser);
      await page.goto(app.url);
      await page.getByLabel('Brugernavn').waitFor();
      await expectNoSeriousViolations(page, 'Log ind');
      await page.screenshot({ path: join(SCREENSHOTS, 'log-ind.png'), fullPage: true });
      await signIn(page, `${app.url}/?kommune=0169`, 'admin');
      expect(await page.locator('html').getAttribute('lang')).toBe('da');
      const views = await navigation(page);
      expect(views.map((view) => view.label)).toEqual([
        'Overblik',
        'Kanaler',
        'Fremmøde',
        'Spidsbelastning',
        'Tidsbestilling',
        'Effektivisering',
        'Digital inklusion',
        'Datakvalitet',
        'Indlæsning',
      ]);
      // The Import view has no charts: mapping-assistant.e2e-spec.ts goes through it.
      for (const view of views.filter((v) => v.path !== '/indlaesning')) {
        await page
          .getByRole('navigation', { name: 'Visninger' })
          .getByRole('link', { name: view.label })
          .click();
        await page.getByRole('heading', { level: 2, name: view.label }).waitFor();
        expect(new URL(page.url()).pathname).toBe(view.path);
        const cards = await expectEveryChartWithData(page, view.label);
        expect({ view: view.label, cards: cards > 0 }).toEqual({ view: view.label, cards: true });
        if (view.path === '/spidsbelastning') await expectForecastPart(page);
        await expectNoSeriousViolations(page, view.label);
        const name = view.path === '/' ? 'overblik' : view.path.slice(1);
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      }
      await page.context().close();
    },
    EVERY_VIEW_MS,
  );

  it('changes the data and the URL with the filters, and reproduces the view from the link', async () => {
    const page = await danishPage(browser);
    await signIn(page, `${app.url}/fremmoede?kommune=0169&periode=${LATEST_YEAR}`, 'director');
    const firstRow = page.locator('[data-testid="visits-by-service-chart"] tbody tr').first();
    await firstRow.waitFor({ state: 'attached' });
    const before = await firstRow.textContent();

    const request = page.waitForRequest(
      (candidate) =>
        candidate.url().endsWith('/graphql') && (candidate.postData() ?? '').includes('2020-01-01'),
    );
    await page.getByLabel('Periode', { exact: true }).selectOption('2020');
    await request;
    expect(new URL(page.url()).searchParams.get('periode')).toBe('2020');
    await waitUntil(async () => (await firstRow.textContent()) !== before);

    // The link opens the same view and period: in a new tab (which signs in anew, as the session
    // lives in the tab) after sign-in.
    const copy = await page.context().newPage();
    await signIn(copy, page.url(), 'director');
    await copy.getByRole('heading', { level: 2, name: 'Fremmøde' }).waitFor();
    expect(await copy.getByLabel('Periode', { exact: true }).inputValue()).toBe('2020');
    await page.context().close();
  });

  it('downloads what a chart shows as CSV and XLSX, and prints the quarterly status as an A4 PDF', async () => {
    const page = await danishPage(browser);
    await signIn(page, `${app.url}/fremmoede?kommune=0169&periode=${LATEST_YEAR}`, 'director');
    const card = page.locator('[data-testid="visits-by-service-chart"]');
    await card.locator('[data-status="ready"], .table-export').first().waitFor();

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: /Hent CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const tableRows = await card.locator('.table-export tbody tr').count();
    expect(text.trim().split('\r\n')).toHaveLength(tableRows + 1);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: /Hent Excel/ }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(
      readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');

    await page
      .getByRole('navigation', { name: 'Visninger' })
      .getByRole('link', { name: 'Overblik' })
      .click();
    await expectEveryChartWithData(page, 'Overblik');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(ARTIFACTS, 'kvartalsstatus.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    await page.context().close();
  });

  it('shows a council only its view, with no serious accessibility violation at tablet width, in English too', async () => {
    const page = await danishPage(browser, 768);
    await signIn(page, `${app.url}/effektivisering?kommune=0169`, 'council');
    expect((await navigation(page)).map((view) => view.label)).toEqual(['Digital inklusion']);
    await page.getByRole('heading', { level: 2, name: 'Digital inklusion' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/digital-inklusion');
    await expectEveryChartWithData(page, 'Digital inklusion (council)');
    await expectNoSeriousViolations(page, 'Digital inklusion (council)');
    await page.screenshot({
      path: join(SCREENSHOTS, 'digital-inklusion-raad-tablet.png'),
      fullPage: true,
    });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Digital inclusion' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.context().close();
  });
});
