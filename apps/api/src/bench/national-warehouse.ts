/**
 * The API benchmark's warehouse: every municipality of Denmark simulated for one year, with volumes
 * in proportion to its population, and loaded through the real ETL. Building it takes minutes, so a
 * marker (a comment on the database) records the parameters it was built with and a later run with
 * the same parameters reuses it.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DataSource } from 'typeorm';
import { loadFiles } from '@kanalindsigt/etl/load/load-files';
import { createWarehouseDataSource } from '@kanalindsigt/warehouse/data-source';
import {
  databaseName,
  ensureDatabaseExists,
  recreateDatabase,
} from '@kanalindsigt/warehouse/database-admin';
import { migrateWarehouse } from '@kanalindsigt/warehouse/migrate';
import { MUNICIPALITIES } from '@kanalindsigt/warehouse/reference/municipalities';
import { LOAD_ORDER } from '@kanalindsigt/etl/sample/sample-data';

export interface BuildParameters {
  year: number;
  /** Multiplies every population, hence every simulated volume (1 = the real populations). */
  scale: number;
  seed: number;
}

export interface MunicipalityToSimulate {
  code: string;
  population: number;
  seed: number;
}

export interface SimulatedMunicipality {
  code: string;
  dir: string;
  files: { kind: string; path: string; rows: number }[];
  seconds: number;
}

export interface FactCounts {
  visits: number;
  calls: number;
  bookings: number;
  contacts: number;
}

export interface BuildFigures {
  reused: boolean;
  municipalities: number;
  inhabitants: number;
  facts: FactCounts;
  rowsLoaded: number;
  rowsQuarantined: number;
  /** Wall clock of the whole build; simulation and loading overlap. */
  seconds: number;
  simulateSeconds: number;
  loadSeconds: number;
}

/** Bumped when the build itself changes in a way that calls for a rebuild. */
const BUILD_VERSION = 2;

export function municipalitiesToSimulate(parameters: BuildParameters): MunicipalityToSimulate[] {
  return MUNICIPALITIES.map((municipality) => ({
    code: municipality.code,
    population: Math.max(1, Math.round(municipality.population * parameters.scale)),
    // Each municipality gets its own stream of random numbers, the same on every build.
    seed: parameters.seed + Number(municipality.code),
  }));
}

/** What the marker holds: a rebuild is needed when any of it differs. */
export function buildMarker(parameters: BuildParameters, migrations: readonly string[]): string {
  return JSON.stringify({ buildVersion: BUILD_VERSION, ...parameters, migrations });
}

/**
 * Opens the benchmark database, building it unless its marker matches these parameters (or
 * `rebuild` is set). Returns the open data source and the build figures.
 */
export async function provideNationalWarehouse(
  url: string,
  parameters: BuildParameters,
  options: { rebuild: boolean; workDir: string; log: (line: string) => void },
): Promise<{ dataSource: DataSource; figures: BuildFigures }> {
  await ensureDatabaseExists(url);
  let dataSource = createWarehouseDataSource(url);
  await dataSource.initialize();
  await migrateWarehouse(dataSource);
  const marker = buildMarker(parameters, await migrationNames(dataSource));
  if (!options.rebuild && (await readMarker(dataSource)) === marker) {
    options.log('  reusing the warehouse built with the same parameters (--rebuild to rebuild)');
    return { dataSource, figures: await reusedFigures(dataSource, parameters) };
  }

  await dataSource.destroy();
  dataSource = createWarehouseDataSource(await recreateDatabase(url, databaseName(url)));
  await dataSource.initialize();
  await migrateWarehouse(dataSource);
  const figures = await build(dataSource, parameters, options);
  // Fresh statistics for the planner before anything is measured.
  await dataSource.query('VACUUM (ANALYZE)');
  await dataSource.query(
    `COMMENT ON DATABASE ${quoteIdentifier(databaseName(url))} IS ${quoteLiteral(marker)}`,
  );
  return { dataSource, figures };
}

async function build(
  dataSource: DataSource,
  parameters: BuildParameters,
  options: { workDir: string; log: (line: string) => void },
): Promise<BuildFigures> {
  const started = performance.now();
  const municipalities = municipalitiesToSimulate(parameters);
  const outDir = join(options.workDir, `${parameters.year}-x${parameters.scale}`);
  await rm(outDir, { recursive: true, force: true });
  let simulateSeconds = 0;
  let loadSeconds = 0;
  let rowsLoaded = 0;
  let rowsQuarantined = 0;
  let done = 0;

  for await (const simulated of simulateInWorker(outDir, parameters.year, municipalities)) {
    simulateSeconds += simulated.seconds;
    const loading = performance.now();
    for (const kind of LOAD_ORDER) {
      const files = simulated.files.filter((file) => file.kind === kind).map((file) => file.path);
      if (files.length === 0) continue;
      const summary = await loadFiles(dataSource, {
        kind,
        files,
        municipalityCode: simulated.code,
        actor: 'bench:api',
      });
      const refused = summary.files.filter((file) => file.status !== 'loaded');
      if (refused.length > 0)
        throw new Error(
          `${kind} of ${simulated.code} did not load: ${refused.map((f) => `${f.file} ${f.status} ${f.message ?? ''}`).join('; ')}`,
        );
      rowsLoaded += summary.rowsLoaded;
      rowsQuarantined += summary.rowsQuarantined;
    }
    loadSeconds += (performance.now() - loading) / 1000;
    // The exports are not needed once loaded; a national year of them is gigabytes.
    await rm(simulated.dir, { recursive: true, force: true });
    done += 1;
    if (done % 10 === 0 || done === municipalities.length)
      options.log(
        `  ${done}/${municipalities.length} municipalities, ${rowsLoaded.toLocaleString('en-US')} rows loaded, ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
  }
  return {
    reused: false,
    municipalities: municipalities.length,
    inhabitants: municipalities.reduce((sum, m) => sum + m.population, 0),
    facts: await countFacts(dataSource),
    rowsLoaded,
    rowsQuarantined,
    seconds: (performance.now() - started) / 1000,
    simulateSeconds,
    loadSeconds,
  };
}

/** Simulated municipalities in order, from a worker thread that runs ahead of the loads. */
async function* simulateInWorker(
  outDir: string,
  year: number,
  municipalities: MunicipalityToSimulate[],
): AsyncGenerator<SimulatedMunicipality> {
  const worker = new Worker(join(__dirname, 'simulate-worker.js'), {
    workerData: { outDir, year, municipalities },
  });
  const ready: SimulatedMunicipality[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  worker.on('message', (message: SimulatedMunicipality) => {
    ready.push(message);
    wake?.();
  });
  worker.on('error', (error) => {
    failure = error;
    wake?.();
  });
  try {
    for (let received = 0; received < municipalities.length; received += 1) {
      while (ready.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
      yield ready.shift() as SimulatedMunicipality;
    }
  } finally {
    await worker.terminate();
  }
}

export async function countFacts(dataSource: DataSource): Promise<FactCounts> {
  const [row] = await dataSource.query<{ visits: string; calls: string; bookings: string }[]>(
    `SELECT (SELECT count(*) FROM dw.fact_visit) AS visits,
            (SELECT count(*) FROM dw.fact_call) AS calls,
            (SELECT count(*) FROM dw.fact_booking) AS bookings`,
  );
  const visits = Number(row?.visits ?? 0);
  const calls = Number(row?.calls ?? 0);
  const bookings = Number(row?.bookings ?? 0);
  return { visits, calls, bookings, contacts: visits + calls + bookings };
}

async function reusedFigures(
  dataSource: DataSource,
  parameters: BuildParameters,
): Promise<BuildFigures> {
  const municipalities = municipalitiesToSimulate(parameters);
  const [loaded] = await dataSource.query<{ rows_loaded: string; rows_quarantined: string }[]>(
    `SELECT coalesce(sum(count_rows_loaded), 0) AS rows_loaded,
            coalesce(sum(count_rows_quarantined), 0) AS rows_quarantined
     FROM etl.source_file WHERE superseded_by_file_id IS NULL`,
  );
  return {
    reused: true,
    municipalities: municipalities.length,
    inhabitants: municipalities.reduce((sum, m) => sum + m.population, 0),
    facts: await countFacts(dataSource),
    rowsLoaded: Number(loaded?.rows_loaded ?? 0),
    rowsQuarantined: Number(loaded?.rows_quarantined ?? 0),
    seconds: 0,
    simulateSeconds: 0,
    loadSeconds: 0,
  };
}

async function migrationNames(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.query<{ name: string }[]>(
    'SELECT name FROM typeorm_migrations ORDER BY id',
  );
  return rows.map((row) => row.name);
}

async function readMarker(dataSource: DataSource): Promise<string | null> {
  const [row] = await dataSource.query<{ marker: string | null }[]>(
    `SELECT shobj_description(oid, 'pg_database') AS marker
     FROM pg_database WHERE datname = current_database()`,
  );
  return row?.marker ?? null;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** COMMENT takes no bind parameters; the marker is our own JSON, quoted as a literal. */
function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
