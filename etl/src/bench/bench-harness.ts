/**
 * What every measurement of `npm run bench:etl` shares: a scratch warehouse per measurement, the
 * measured load in a child process of its own, and the way figures are printed.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createWarehouseDataSource } from '@kanalindsigt/warehouse/data-source';
import { dropDatabase, recreateDatabase } from '@kanalindsigt/warehouse/database-admin';
import { migrateWarehouse } from '@kanalindsigt/warehouse/migrate';
import type { LoadSummary } from '../load/load-files';
import type { ChildLoadResult } from './load-child';

export const count = (n: number) => Math.round(n).toLocaleString('en-US');
export const round = (value: number, digits: number) => Number(value.toFixed(digits));
export const secondsSince = (started: number) => (performance.now() - started) / 1000;
export const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

/** Runs `work` in a fresh, migrated warehouse database on the server, dropped afterwards. */
export async function inScratchWarehouse<T>(
  serverUrl: string,
  name: string,
  work: (warehouse: { url: string; dataSource: DataSource }) => Promise<T>,
): Promise<T> {
  const url = await recreateDatabase(serverUrl, `kanalindsigt_bench_${name}`);
  const dataSource = createWarehouseDataSource(url);
  try {
    await dataSource.initialize();
    await migrateWarehouse(dataSource);
    return await work({ url, dataSource });
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await dropDatabase(url);
  }
}

/** A benchmark whose files did not load measures nothing: it stops. */
export function assertLoaded(what: string, summary: LoadSummary): void {
  const refused = summary.files.filter((file) => file.status !== 'loaded');
  if (refused.length > 0)
    throw new Error(
      `${what} did not load: ${refused.map((f) => `${f.file} ${f.status} ${f.message ?? ''}`).join('; ')}`,
    );
}

/**
 * Loads files of one kind in one run, in a child process (etl/dist/bench/load-child.js), and
 * returns its report; the run must load every file.
 */
export async function loadInChild(
  what: string,
  url: string,
  kind: string,
  municipalityCode: string,
  files: readonly string[],
): Promise<ChildLoadResult> {
  const result = await new Promise<ChildLoadResult>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(__dirname, 'load-child.js'), url, kind, municipalityCode, ...files],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve(JSON.parse(output) as ChildLoadResult);
      else reject(new Error(`the load child exited with code ${code}`));
    });
  });
  assertLoaded(what, result.summary);
  return result;
}
