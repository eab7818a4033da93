import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { REPOSITORY_ROOT } from '@kanalindsigt/warehouse/repository-root';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import {
  assertDashboardBuilt,
  chromiumAvailable,
  CHROMIUM,
  danishPage,
  launchChromium,
} from './browser';
import { E2E_PASSWORD, seedTestUsers, startApp, type TestClient } from './test-app';

const run = promisify(execFile);

/**
 * A calls sheet kept by hand, in a shape no shipped mapping covers: Danish headers in an order of
 * its own, semicolons, Windows-1252 (Excel's "CSV (semikolonsepareret)"), day-first dates without
 * seconds, an outcome the column dictionary does not know ("Afbrudt"), a call that ends before it
 * starts, and a row entered twice.
 */
const SHEET_NAME = 'opkald-haandfoert-marts.csv';
const SHEET = Buffer.from(
  [
    'Udfald;Ventetid (sek);Kø;Opkaldstidspunkt;Lagt på;Opkalds-id;Besvaret kl;Taletid',
    'Besvaret;45;Borgerservice;04-03-2024 08:00;04-03-2024 08:06;H-001;04-03-2024 08:01;300',
    'Opgivet;120;Pension;04-03-2024 08:03;04-03-2024 08:05;H-002;;0',
    'Afbrudt;30;Borgerservice;04-03-2024 08:10;04-03-2024 08:11;H-003;;0',
    'Besvaret;20;Pension;04-03-2024 08:15;04-03-2024 08:12;H-004;04-03-2024 08:15;100',
    'Besvaret;45;Borgerservice;04-03-2024 08:00;04-03-2024 08:06;H-001;04-03-2024 08:01;300',
    'Besvaret;60;Ældrerådgivning;04-03-2024 09:00;04-03-2024 09:04;H-005;04-03-2024 09:01;180',
  ].join('\r\n') + '\r\n',
  // Latin-1 and Windows-1252 agree on every character of the sheet (æ, ø, å).
  'latin1',
);

if (!chromiumAvailable())
  console.warn(`Skipping the mapping assistant's browser test: no Chromium at ${CHROMIUM}.`);

/** axe-core's WCAG 2.1 A/AA rules: no serious or critical violation. */
async function seriousViolations(page: Page): Promise<{ rule: string; nodes: string[] }[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
}

const RECONCILIATION_ROWS = {
  'Rækker ind': 'rowsIn',
  Indlæst: 'rowsLoaded',
  'I karantæne': 'rowsQuarantined',
  Dubletter: 'rowsDuplicate',
} as const;
type Reconciliation = Record<
  (typeof RECONCILIATION_ROWS)[keyof typeof RECONCILIATION_ROWS],
  number
>;

/** The reconciliation table's figures, as numbers ("1.234" read the Danish way). */
async function reconciliation(page: Page): Promise<Reconciliation> {
  const figures: Partial<Reconciliation> = {};
  for (const row of await page.getByRole('table', { name: 'Afstemning' }).getByRole('row').all()) {
    const label = (await row.getByRole('rowheader').textContent()) ?? '';
    const key = RECONCILIATION_ROWS[label as keyof typeof RECONCILIATION_ROWS];
    figures[key] = Number(((await row.getByRole('cell').textContent()) ?? '').replace(/\./g, ''));
  }
  return figures as Reconciliation;
}

(chromiumAvailable() ? describe : describe.skip)('the mapping assistant in Chromium', () => {
  // An empty warehouse with its reference data (catalogue, calendar, municipalities): no sample.
  let db: TestDatabase | undefined;
  let cliDb: TestDatabase | undefined;
  let app: TestClient | undefined;
  let browser: Browser | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'mapping-assistant-e2e-'));

  beforeAll(async () => {
    assertDashboardBuilt();
    db = await createTestDatabase();
    await seedTestUsers(db.dataSource);
    app = await startApp(db.url);
    browser = await launchChromium();
  }, 120_000);

  // Each step on its own, so that one failing still closes what the others started.
  afterAll(async () => {
    const steps = [
      () => browser?.close(),
      () => app?.close(),
      () => db?.drop(),
      () => cliDb?.drop(),
      () => rmSync(dir, { recursive: true, force: true }),
    ];
    const failures: unknown[] = [];
    for (const step of steps) await Promise.resolve(step()).catch((error) => failures.push(error));
    if (failures.length > 0) throw failures[0];
  }, 60_000);

  it('proposes a mapping for a new format, takes one correction, loads it, and the download loads alike through the CLI', async () => {
    if (!app || !browser || !db) throw new Error('setup failed');
    const warehouse = db;
    const page = await danishPage(browser);
    await page.goto(`${app.url}/indlaesning?kommune=0169`);
    await page.getByLabel('Brugernavn').fill('admin');
    await page.getByLabel('Adgangskode').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { level: 2, name: 'Indlæs en fil' }).waitFor();

    await page.getByLabel('Slags data').selectOption('calls');
    await page
      .getByLabel('Fil (CSV eller XLSX, højst 10 MB)')
      .setInputFiles({ name: SHEET_NAME, mimeType: 'text/csv', buffer: SHEET });
    await page.getByRole('button', { name: 'Læs filen' }).click();
    await page.getByRole('heading', { name: '3. Ret mappingen' }).waitFor();

    // What was detected.
    const detected = page.locator('.import-detected');
    const detectedText = (await detected.textContent()) ?? '';
    expect(detectedText).toContain('windows-1252');
    expect(detectedText).toContain('semikolon (;)');
    expect(detectedText).toContain('»Opkaldstidspunkt«: dd-MM-yyyy HH:mm');
    // The proposal, as a form.
    expect(await page.getByLabel('Kolonne (arrivedAt)', { exact: true }).inputValue()).toBe(
      'Opkaldstidspunkt',
    );
    expect(await page.getByLabel('Kolonne (endedAt)', { exact: true }).inputValue()).toBe(
      'Lagt på',
    );
    expect(await page.getByLabel('Kolonne (callRef)', { exact: true }).inputValue()).toBe(
      'Opkalds-id',
    );
    expect(await page.getByLabel('Kolonne (answeredAt)', { exact: true }).inputValue()).toBe(
      'Besvaret kl',
    );
    expect(await page.getByLabel('Kolonne (queueSeconds)', { exact: true }).inputValue()).toBe(
      'Ventetid (sek)',
    );

    // The one correction: "Afbrudt" is an abandoned call.
    await page.getByLabel('»Afbrudt« betyder').selectOption('abandoned');
    await page.getByRole('button', { name: 'Prøv indlæsning' }).click();
    const summary = page.getByTestId('dry-run-summary');
    await summary.waitFor();
    // The call that ends before it starts breaks two rules; each reason is counted.
    expect({
      summary: await summary.textContent(),
      reasons: await page
        .getByRole('table', { name: 'Karantæneårsager' })
        .getByRole('row')
        .allTextContents(),
    }).toEqual({
      summary: '6 rækker ind: 4 kan indlæses, 1 i karantæne, 1 dubletter',
      reasons: [
        'KolonneÅrsagRækker',
        'Lagt påis before Opkaldstidspunkt1',
        'Besvaret klis after Lagt på1',
      ],
    });
    // Nothing is written by the dry run.
    expect(await warehouse.dataSource.query('SELECT count(*)::int AS n FROM dw.fact_call')).toEqual(
      [{ n: 0 }],
    );

    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Navn på mappingen').fill('Håndført opkaldsark');
    await page.getByRole('button', { name: 'Gem mapping' }).click();
    await page.getByText('Mappingen »Håndført opkaldsark« er gemt.').waitFor();

    await page.getByRole('button', { name: 'Indlæs fil' }).click();
    await page
      .locator('[data-testid="import-progress"][data-status="loaded"]')
      .waitFor({ timeout: 60_000 });
    await page.getByText('Filen er indlæst.').waitFor();
    const loaded = await reconciliation(page);
    expect(loaded).toEqual({ rowsIn: 6, rowsLoaded: 4, rowsQuarantined: 1, rowsDuplicate: 1 });
    expect(await seriousViolations(page)).toEqual([]);

    // The saved mapping, downloaded as the CLI's mapping file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent »Håndført opkaldsark« som JSON' }).click(),
    ]);
    const mappingPath = join(dir, download.suggestedFilename());
    await download.saveAs(mappingPath);
    await page.context().close();

    // The same file through the CLI into a fresh warehouse: the same reconciliation.
    const sheetPath = join(dir, SHEET_NAME);
    writeFileSync(sheetPath, SHEET);
    cliDb = await createTestDatabase();
    const cli = await run(
      process.execPath,
      [
        join(REPOSITORY_ROOT, 'etl/dist/cli.js'),
        'load',
        'calls',
        sheetPath,
        '--municipality',
        '0169',
        '--mapping',
        mappingPath,
        '--json',
      ],
      { env: { ...process.env, DATABASE_URL: cliDb.url }, cwd: REPOSITORY_ROOT },
    );
    const [file] = (
      JSON.parse(cli.stdout) as {
        files: {
          rowsIn: number;
          rowsLoaded: number;
          rowsQuarantined: number;
          rowsDuplicate: number;
        }[];
      }
    ).files;
    expect(file).toMatchObject(loaded);
  }, 180_000);
});
