#!/usr/bin/env node
/**
 * `npm run bench:web`: what a user waits for when opening the dashboard.
 *
 * 1. The initial JavaScript of the production build: the entry script and the modules it preloads
 *    (as index.html names them), each gzipped at level 9 as a server would send it, summed.
 * 2. Time to the first chart with data: the API and dashboard on localhost over the built-in sample
 *    (Høje-Taastrup 2017–2026, simulated and loaded through the real ETL once, then reused), a
 *    signed-in director opening the start view in headless Chromium with an empty browser cache;
 *    from the start of navigation until the first chart card is ready with data. Median of 5 loads.
 *    The API's response cache is off, so every load computes its answers.
 *
 * The last line is one JSON object with the figures and each target's verdict.
 *
 *   BENCH_DATABASE=name   the database (default kanalindsigt_bench_web) on the server of
 *                         DATABASE_URL, or on the embedded server without it
 *   CHROMIUM_PATH         the browser (default /usr/bin/chromium)
 */
import './bench-environment';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { hasSampleData, loadSampleData } from '@kanalindsigt/etl/sample/sample-data';
import { ensureDatabaseExists } from '@kanalindsigt/warehouse/database-admin';
import { createWarehouseDataSource } from '@kanalindsigt/warehouse/data-source';
import { provideDatabase } from '@kanalindsigt/warehouse/database-provider';
import { migrateWarehouse } from '@kanalindsigt/warehouse/migrate';
import { createApp, WEB_DIST } from '../app';
import { AuthRepository } from '../auth/auth.repository';
import { DEV_PASSWORD, seedDevAccounts } from '../auth/users';
import { Warehouse } from '../database/warehouse';
import { assertDashboardBuilt, danishPage, launchChromium } from '../e2e/browser';
import { median } from './latency';

const TARGETS = { initialJsGzipKb: 300, firstChartMs: 1500 } as const;
const LOADS = 5;

type ScriptSize = { file: string; bytes: number; gzip: number };

function scriptSizes(dist: string, files: readonly string[]): ScriptSize[] {
  return [...new Set(files)].map((file) => {
    const content = readFileSync(join(dist, file.replace(/^\//, '')));
    return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
}

const totalKb = (scripts: readonly ScriptSize[]) =>
  scripts.reduce((sum, script) => sum + script.gzip, 0) / 1000;

/** The entry script and the modules index.html preloads, with their gzipped sizes. */
export function initialJavaScript(dist: string): ScriptSize[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return scriptSizes(dist, [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
  ]);
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  assertDashboardBuilt();

  const scripts = initialJavaScript(WEB_DIST);
  const initialJsGzipKb = totalKb(scripts);
  log('Initial JavaScript (gzip -9):');
  for (const script of scripts)
    log(
      `  ${script.file}: ${(script.bytes / 1000).toFixed(1)} kB, gzip ${(script.gzip / 1000).toFixed(1)} kB`,
    );
  log(`  total: ${initialJsGzipKb.toFixed(1)} kB (target ≤ ${TARGETS.initialJsGzipKb} kB)`);

  const server = await provideDatabase(() => undefined);
  const url = new URL(server.url);
  url.pathname = `/${process.env.BENCH_DATABASE ?? 'kanalindsigt_bench_web'}`;
  await ensureDatabaseExists(url.toString());
  const dataSource = createWarehouseDataSource(url.toString(), 4);
  await dataSource.initialize();
  await migrateWarehouse(dataSource);
  if (!(await hasSampleData(dataSource))) {
    log('Loading the sample (Høje-Taastrup 2017–2026) once …');
    const sample = await loadSampleData(dataSource);
    log(
      `  ${sample.rowsLoaded} rows in ${((sample.simulateMs + sample.loadMs) / 1000).toFixed(0)} s (${sample.status})`,
    );
  } else log('Reusing the loaded sample.');
  await seedDevAccounts(new AuthRepository(new Warehouse(dataSource)));
  await dataSource.destroy();

  const app = await createApp({ databaseUrl: url.toString() });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const login = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username displayName role municipalityCodes } } }',
      variables: { u: 'director', p: DEV_PASSWORD },
    }),
  });
  const { data } = (await login.json()) as {
    data: { login: { token: string; expiresAt: string; user: Record<string, unknown> } };
  };
  const session = JSON.stringify({
    token: data.login.token,
    expiresAt: data.login.expiresAt,
    ...data.login.user,
  });

  const browser = await launchChromium();
  const loads: number[] = [];
  // Besides the initial script, the start view's own chunks (loaded lazily) until its first chart.
  const fetched = new Set<string>();
  try {
    for (let i = 0; i < LOADS; i += 1) {
      const page = await danishPage(browser);
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/assets/') && path.endsWith('.js')) fetched.add(path);
      });
      // Signed in as the tab would be after the sign-in page (the session lives in sessionStorage).
      await page.addInitScript(
        `sessionStorage.setItem('kanalindsigt.session', ${JSON.stringify(session)})`,
      );
      const started = performance.now();
      await page.goto(`${base}/?kommune=0169`);
      await page.locator('[data-testid][data-status="ready"]').first().waitFor({ timeout: 60_000 });
      const ms = performance.now() - started;
      loads.push(ms);
      log(`Load ${i + 1}: first chart with data after ${ms.toFixed(0)} ms`);
      await page.context().close();
    }
  } finally {
    await browser.close();
    await app.close();
    await server.stop();
  }
  const firstViewScripts = scriptSizes(WEB_DIST, [...fetched]);
  const firstViewJsGzipKb = totalKb(firstViewScripts);
  log(
    `JavaScript fetched until the start view's first chart: ${firstViewScripts.length} files, ${firstViewJsGzipKb.toFixed(1)} kB gzip`,
  );
  const firstChartMs = median(loads);
  log(
    `Median time to the first chart: ${firstChartMs.toFixed(0)} ms (target ≤ ${TARGETS.firstChartMs} ms)`,
  );
  console.log(
    JSON.stringify({
      initialJsGzipKb: Number(initialJsGzipKb.toFixed(1)),
      initialJsFiles: scripts.map((script) => script.file),
      firstViewJsGzipKb: Number(firstViewJsGzipKb.toFixed(1)),
      firstChartMs: Math.round(firstChartMs),
      loadsMs: loads.map(Math.round),
      targets: TARGETS,
      met: {
        initialJs: initialJsGzipKb <= TARGETS.initialJsGzipKb,
        firstChart: firstChartMs <= TARGETS.firstChartMs,
      },
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
