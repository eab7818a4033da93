import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import type { DataSource } from 'typeorm';
import { writeFrontdeskExports } from '@kanalindsigt/simulator/frontdesk-export';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

/** Every row of the visit facts and rollups, reduced to one fingerprint per table. */
async function warehouseState(dataSource: DataSource) {
  const [state] = await dataSource.query(
    `SELECT (SELECT count(*)::int FROM dw.fact_visit) AS visits,
            (SELECT md5(string_agg(concat_ws('|', ticket_ref, ticket_created_at, called_at, service_ended_at, service_id,
                                             is_booked, outcome, wait_seconds, date_key), ',' ORDER BY ticket_ref))
             FROM dw.fact_visit) AS visits_md5,
            (SELECT md5(string_agg(concat_ws('|', date_key, service_id, is_booked, count_tickets, count_served, sum_wait_seconds),
                                   ',' ORDER BY date_key, service_id, is_booked)) FROM mart.visit_daily) AS daily_md5,
            (SELECT count(*)::int FROM etl.source_file) AS files`,
  );
  return state;
}

function runCli(databaseUrl: string, file: string): ChildProcess {
  return spawn(
    process.execPath,
    [CLI, 'load', 'visits', file, '--municipality', '0169', '--json'],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

describe('a load killed midway', () => {
  let killed: TestDatabase;
  let clean: TestDatabase;
  let exportFile: string;

  beforeAll(async () => {
    if (!existsSync(CLI))
      throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
    [killed, clean] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    // Three years in one file, so the COPY lasts long enough to be caught and killed.
    const dir = mkdtempSync(join(tmpdir(), 'killed-load-'));
    const years = await writeFrontdeskExports(
      {
        municipalityCode: '0169',
        population: 50_835,
        from: '2017-01-01',
        to: '2019-12-31',
        seed: 11,
      },
      dir,
    );
    const [first, ...rest] = years.map((y) => readFileSync(y.path, 'utf8'));
    exportFile = join(dir, 'three-years.csv');
    writeFileSync(
      exportFile,
      [first, ...rest.map((text) => text.slice(text.indexOf('\n') + 1))].join(''),
    );
  });
  afterAll(async () => {
    await Promise.all([killed?.drop(), clean?.drop()]);
  });

  it('leaves nothing behind, and rerunning gives exactly the result of one clean load', async () => {
    const child = runCli(killed.url, exportFile);
    const exited = once(child, 'exit');
    let caughtMidway = false;
    for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt += 1) {
      const active = await killed.dataSource.query(
        `SELECT 1 FROM pg_stat_activity
         WHERE datname = current_database() AND state = 'active' AND query LIKE 'COPY dw.fact_visit%'`,
      );
      if (active.length > 0) {
        child.kill('SIGKILL');
        caughtMidway = true;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await exited;
    expect(caughtMidway).toBe(true);
    // The killed connection's transaction must be gone before the state is read.
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const [{ n }] = await killed.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'kanalindsigt' AND state <> 'idle'`,
      );
      if (n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    expect(await warehouseState(killed.dataSource)).toMatchObject({
      visits: 0,
      files: 0,
    });

    const rerun = runCli(killed.url, exportFile);
    const [code] = await once(rerun, 'exit');
    expect(code).toBe(0);
    const cleanRun = runCli(clean.url, exportFile);
    await once(cleanRun, 'exit');

    const afterRerun = await warehouseState(killed.dataSource);
    expect(afterRerun.visits).toBeGreaterThan(60_000);
    expect(afterRerun).toEqual(await warehouseState(clean.dataSource));
    const runs = await killed.dataSource.query(
      `SELECT status, error_message FROM etl.run ORDER BY run_id`,
    );
    expect(runs).toEqual([
      {
        status: 'failed',
        error_message: expect.stringMatching(
          /^interrupted: process \d+ on .+ ended before the run finished$/,
        ),
      },
      { status: 'succeeded', error_message: null },
    ]);
  });
});
