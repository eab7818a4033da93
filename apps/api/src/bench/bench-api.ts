#!/usr/bin/env node
/**
 * `npm run bench:api`: how fast the API answers the dashboard at national scale.
 *
 * 1. Build (or reuse) a warehouse of all 98 municipalities for one year, simulated with volumes in
 *    proportion to their populations and loaded through the real ETL.
 * 2. Start the API in this process on a free port; for every dashboard query (dashboard-queries.ts)
 *    and municipality, time sequential requests over HTTP (p50, p95) and the raw GROUP BY over the
 *    facts that gives the same answer (median of a few runs), and their ratio raw ÷ p95.
 * 3. Load test: autocannon, 50 connections, on the quarterly-status query → p99, requests/s, errors.
 *
 * The last line is one JSON object with every figure and each target's verdict. A missed target is
 * reported, not failed: this is a measurement.
 *
 *   BENCH_SCALE=0.1          a tenth of every population, for a quick run (targets judged at 1 only
 *                            for the fact count)
 *   BENCH_LOAD_SECONDS=5     a shorter load test
 *   BENCH_REQUESTS=50        timed requests per query and municipality
 *   BENCH_DATABASE=name      the database to build in (default kanalindsigt_bench) on the server of
 *                            DATABASE_URL, or on the embedded server without it
 *   --rebuild                build even when the marker matches
 */
import './bench-environment';
import { join } from 'node:path';
import { provideDatabase } from '@kanalindsigt/warehouse/database-provider';
import { REPOSITORY_ROOT } from '@kanalindsigt/warehouse/repository-root';
import type { DataSource } from 'typeorm';
import { createApp } from '../app';
import { Warehouse } from '../database/warehouse';
import { municipalityScope } from '../database/municipality-scope';
import { benchAuthorization } from './bench-auth';
import {
  BENCH_MUNICIPALITIES,
  type BenchPeriod,
  DASHBOARD_QUERIES,
  type DashboardQuery,
  type GraphqlRequest,
  LOAD_TEST_QUERY,
} from './dashboard-queries';
import { median, percentile, speedup } from './latency';
import { type LoadTestFigures, runLoadTest } from './load-test';
import { type BuildFigures, provideNationalWarehouse } from './national-warehouse';

const TARGETS = {
  /** Contact facts (visits + calls + bookings) the national build must hold. */
  minContactFacts: 10_000_000,
  p95Ms: 50,
  /** Raw GROUP BY time ÷ API p95. */
  speedup: 20,
  loadP99Ms: 250,
  loadErrors: 0,
} as const;

const YEAR = 2025;
const SEED = 20250101;
const WARM_UP_REQUESTS = 5;
const RAW_RUNS = 3;
const LOAD_CONNECTIONS = 50;

interface QueryFigures {
  name: string;
  municipalityCode: string | null;
  p50Ms: number;
  p95Ms: number;
  rawMs: number;
  /** raw ÷ p95 */
  speedup: number;
  error: string | null;
  met: { p95: boolean; speedup: boolean };
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const count = (n: number) => n.toLocaleString('en-US');

function settings() {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const requests = Number(process.env.BENCH_REQUESTS ?? 50);
  const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
  for (const [name, value] of Object.entries({ scale, requests, loadSeconds }))
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(
        `${name} must be a positive number (BENCH_SCALE, BENCH_REQUESTS, BENCH_LOAD_SECONDS)`,
      );
  return {
    scale,
    requests: Math.round(requests),
    loadSeconds,
    database: process.env.BENCH_DATABASE ?? 'kanalindsigt_bench',
    rebuild: process.argv.includes('--rebuild'),
  };
}

/** One GraphQL request over HTTP; the answer's text, or an error naming what went wrong. */
async function post(
  graphqlUrl: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ ms: number; text: string; error: string | null }> {
  const started = performance.now();
  const response = await fetch(graphqlUrl, { method: 'POST', headers, body });
  const text = await response.text();
  const ms = performance.now() - started;
  const message = firstErrorMessage(text);
  if (!response.ok)
    return { ms, text, error: `HTTP ${response.status}: ${message ?? text.slice(0, 200)}` };
  return { ms, text, error: message };
}

/** The first GraphQL error's message: enough to say what broke, on the query's one line. */
function firstErrorMessage(text: string): string | null {
  try {
    return (JSON.parse(text) as { errors?: { message: string }[] }).errors?.[0]?.message ?? null;
  } catch {
    return null;
  }
}

const requestBody = (query: GraphqlRequest, period: BenchPeriod) =>
  JSON.stringify({ query: query.document, variables: query.variables(period) });

async function timeRaw(dataSource: DataSource, query: DashboardQuery, period: BenchPeriod) {
  const params = query.rawParams(period);
  await dataSource.query(query.rawSql, params); // warm the cache as the API requests are warm
  const times: number[] = [];
  for (let run = 0; run < RAW_RUNS; run += 1) {
    const started = performance.now();
    await dataSource.query(query.rawSql, params);
    times.push(performance.now() - started);
  }
  return median(times);
}

async function measureQuery(
  dataSource: DataSource,
  graphqlUrl: string,
  headers: Record<string, string>,
  query: DashboardQuery,
  period: BenchPeriod,
  requests: number,
): Promise<QueryFigures> {
  const body = requestBody(query, period);
  const times: number[] = [];
  let error: string | null = null;
  for (let i = 0; i < WARM_UP_REQUESTS + requests && !error; i += 1) {
    const answer = await post(graphqlUrl, headers, body);
    error = answer.error;
    if (i >= WARM_UP_REQUESTS) times.push(answer.ms);
  }
  const rawMs = await timeRaw(dataSource, query, period);
  const p95Ms = percentile(times, 95);
  const figures = {
    name: query.name,
    municipalityCode: query.national ? null : period.municipalityCode,
    p50Ms: round(percentile(times, 50), 2),
    p95Ms: round(p95Ms, 2),
    rawMs: round(rawMs, 1),
    speedup: round(speedup(rawMs, p95Ms), 1),
    error,
  };
  return {
    ...figures,
    met: {
      p95: !error && p95Ms <= TARGETS.p95Ms,
      speedup: !error && figures.speedup >= TARGETS.speedup,
    },
  };
}

/** The statement the row-level-security overhead is timed on: a small read of a monthly rollup. */
const RLS_PROBE_SQL = `SELECT sum(count_calls) FROM mart.call_monthly WHERE municipality_code = $1`;
const RLS_PROBE_RUNS = 200;

/**
 * What row-level security adds to each query of a request: the same small statement run as the
 * owner and as a request runs it (Warehouse.query inside a municipality scope of all 98 codes: its
 * own transaction as kanalindsigt_reader with the granted codes set, the policy checked per row).
 * Medians of sequential runs.
 */
async function measureRlsOverhead(dataSource: DataSource, municipalityCode: string) {
  const warehouse = new Warehouse(dataSource);
  const codes = (
    await dataSource.query<{ municipality_code: string }[]>(
      `SELECT municipality_code FROM dw.dim_municipality`,
    )
  ).map((row) => row.municipality_code);
  const time = async (run: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < WARM_UP_REQUESTS + RLS_PROBE_RUNS; i += 1) {
      const started = performance.now();
      await run();
      if (i >= WARM_UP_REQUESTS) times.push(performance.now() - started);
    }
    return median(times);
  };
  const ownerMs = await time(() => dataSource.query(RLS_PROBE_SQL, [municipalityCode]));
  const scopedMs = await time(() =>
    municipalityScope.run({ municipalityCodes: codes }, () =>
      warehouse.query(RLS_PROBE_SQL, [municipalityCode]),
    ),
  );
  return {
    query: RLS_PROBE_SQL,
    ownerP50Ms: round(ownerMs, 3),
    scopedP50Ms: round(scopedMs, 3),
    overheadMs: round(scopedMs - ownerMs, 3),
  };
}

/**
 * Waits until the requests the load test left in flight have finished their queries (no other
 * session of the database active twice in a row), so that closing the API does not cut them off.
 */
async function settle(dataSource: DataSource): Promise<void> {
  let idle = 0;
  for (let waited = 0; idle < 2 && waited < 60_000; waited += 100) {
    const [row] = await dataSource.query<{ active: number }[]>(
      `SELECT count(*)::int AS active FROM pg_stat_activity
       WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
    );
    idle = row?.active === 0 ? idle + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function printBuild(build: BuildFigures, scale: number): void {
  const { facts } = build;
  console.log(
    `  ${build.municipalities} municipalities, ${count(build.inhabitants)} inhabitants (scale ${scale}), year ${YEAR}`,
  );
  console.log(
    `  contact facts ${count(facts.contacts)} (visits ${count(facts.visits)}, calls ${count(facts.calls)}, bookings ${count(facts.bookings)}); rows loaded ${count(build.rowsLoaded)}, quarantined ${count(build.rowsQuarantined)}`,
  );
  if (!build.reused)
    console.log(
      `  built in ${build.seconds.toFixed(0)} s (simulation ${build.simulateSeconds.toFixed(0)} s in a worker thread, overlapping the loads' ${build.loadSeconds.toFixed(0)} s)`,
    );
}

function printQueries(rows: QueryFigures[]): void {
  const header = ['query', 'municipality', 'p50 ms', 'p95 ms', 'raw ms', 'raw÷p95', 'targets'];
  const lines = rows.map((row) => [
    row.name,
    row.municipalityCode ?? 'all',
    row.p50Ms.toFixed(2),
    row.p95Ms.toFixed(2),
    row.rawMs.toFixed(1),
    `${row.speedup.toFixed(1)}×`,
    row.error
      ? `ERROR ${row.error}`
      : [
          row.met.p95 ? '' : `p95 > ${TARGETS.p95Ms} ms`,
          row.met.speedup ? '' : `< ${TARGETS.speedup}×`,
        ]
          .filter(Boolean)
          .join(', ') || 'met',
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...lines.map((line) => (line[i] ?? '').length)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(`  ${format(header)}`);
  for (const line of lines) console.log(`  ${format(line)}`);
}

async function main(): Promise<void> {
  const options = settings();
  const server = await provideDatabase(() => undefined);
  const benchUrl = new URL(server.url);
  benchUrl.pathname = `/${encodeURIComponent(options.database)}`;
  console.log(`PostgreSQL at ${benchUrl.host}, database ${options.database}`);
  console.log(`Warehouse: 98 municipalities × ${YEAR}, volumes scaled to population`);
  const { dataSource, figures: build } = await provideNationalWarehouse(
    benchUrl.toString(),
    { year: YEAR, scale: options.scale, seed: SEED },
    {
      rebuild: options.rebuild,
      workDir: join(REPOSITORY_ROOT, '.data', 'bench', 'api'),
      log: (line) => console.log(line),
    },
  );
  printBuild(build, options.scale);

  const app = await createApp({ databaseUrl: benchUrl.toString() });
  try {
    await app.listen(0, '127.0.0.1');
    const graphqlUrl = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: await benchAuthorization(graphqlUrl, dataSource),
    };

    console.log(
      `Queries: ${options.requests} sequential requests each after ${WARM_UP_REQUESTS} to warm up; raw GROUP BY over the facts, median of ${RAW_RUNS} warm runs; ratio = raw ÷ API p95`,
    );
    const rows: QueryFigures[] = [];
    for (const query of DASHBOARD_QUERIES) {
      const codes = query.national ? [BENCH_MUNICIPALITIES[0]] : BENCH_MUNICIPALITIES;
      for (const municipalityCode of codes) {
        const period = { municipalityCode, from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };
        rows.push(
          await measureQuery(dataSource, graphqlUrl, headers, query, period, options.requests),
        );
      }
    }
    printQueries(rows);
    const rls = await measureRlsOverhead(dataSource, BENCH_MUNICIPALITIES[0]);
    console.log(
      `Row-level security per query (${RLS_PROBE_RUNS} runs, median): ${rls.scopedP50Ms} ms as a request runs it, ${rls.ownerP50Ms} ms as the owner: +${rls.overheadMs} ms`,
    );

    const loadPeriod = {
      municipalityCode: BENCH_MUNICIPALITIES[0],
      from: `${YEAR}-10-01`,
      to: `${YEAR}-12-31`,
    };
    const loadLabel = LOAD_TEST_QUERY.standsInFor
      ? `${LOAD_TEST_QUERY.name}, standing in for ${LOAD_TEST_QUERY.standsInFor} until it is registered`
      : LOAD_TEST_QUERY.name;
    console.log(
      `Load test: ${LOAD_CONNECTIONS} connections for ${options.loadSeconds} s, ${loadLabel}, ${loadPeriod.municipalityCode} Q4 ${YEAR}`,
    );
    const body = requestBody(LOAD_TEST_QUERY, loadPeriod);
    const expected = await post(graphqlUrl, headers, body);
    if (expected.error) throw new Error(`the load test's query fails: ${expected.error}`);
    const load: LoadTestFigures = await runLoadTest({
      url: graphqlUrl,
      headers,
      body,
      expectedBody: expected.text,
      connections: LOAD_CONNECTIONS,
      seconds: options.loadSeconds,
    });
    await settle(dataSource);
    console.log(
      `  ${count(load.requests)} requests, ${count(Math.round(load.requestsPerSecond))}/s; latency p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, max ${load.maxMs} ms; errors ${load.errors} (non-2xx ${load.non2xx}, wrong answers ${load.mismatches}, connection errors ${load.connectionErrors} of which timeouts ${load.timeouts})`,
    );

    const met = {
      contactFacts: build.facts.contacts >= TARGETS.minContactFacts,
      p95: rows.every((row) => row.met.p95),
      speedup: rows.every((row) => row.met.speedup),
      loadP99: load.p99Ms <= TARGETS.loadP99Ms,
      loadErrors: load.errors <= TARGETS.loadErrors,
    };
    const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
    const missed = (key: 'p95' | 'speedup') =>
      rows
        .filter((row) => !row.met[key])
        .map((row) => `${row.name} ${row.municipalityCode ?? 'all'}`);
    console.log('Targets:');
    console.log(
      `  ≥ ${count(TARGETS.minContactFacts)} contact facts: ${verdict(met.contactFacts)} (${count(build.facts.contacts)}${options.scale === 1 ? '' : `, at scale ${options.scale}`})`,
    );
    console.log(
      `  p95 ≤ ${TARGETS.p95Ms} ms for every query: ${verdict(met.p95)}${met.p95 ? '' : ` (${missed('p95').join('; ')})`}`,
    );
    console.log(
      `  ≥ ${TARGETS.speedup}× faster than raw (raw ÷ p95) for every query: ${verdict(met.speedup)}${met.speedup ? '' : ` (${missed('speedup').join('; ')})`}`,
    );
    console.log(
      `  load p99 ≤ ${TARGETS.loadP99Ms} ms: ${verdict(met.loadP99)} (${load.p99Ms} ms); 0 errors: ${verdict(met.loadErrors)} (${load.errors})`,
    );
    console.log(
      JSON.stringify({
        year: YEAR,
        scale: options.scale,
        build: {
          ...build,
          seconds: round(build.seconds),
          simulateSeconds: round(build.simulateSeconds),
          loadSeconds: round(build.loadSeconds),
        },
        queries: rows,
        rowLevelSecurity: rls,
        loadTest: {
          query: LOAD_TEST_QUERY.name,
          standsInFor: LOAD_TEST_QUERY.standsInFor,
          ...loadPeriod,
          ...load,
        },
        targets: TARGETS,
        met,
      }),
    );
  } finally {
    await app.close();
    await dataSource.destroy();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
