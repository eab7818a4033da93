import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { REPOSITORY_ROOT } from '@kanalindsigt/warehouse/repository-root';
import { loadFiles, type LoadSummary } from '../load/load-files';
import { simulateMunicipality } from '@kanalindsigt/simulator/simulate-municipality';

/** The sample the product starts with: every source kind for Høje-Taastrup, 2017-01-01 to 2026-10-31. */
export const SAMPLE = {
  municipalityCode: '0169',
  population: 50_835,
  from: '2017-01-01',
  to: '2026-10-31',
  seed: 20201201,
} as const;

/** Population first: the other kinds' per-inhabitant figures divide by it. */
export const LOAD_ORDER = [
  'population',
  'visits',
  'calls',
  'calls-aggregate',
  'bookings',
  'booking-slots',
  'selfservice',
  'staffing',
] as const;

export interface SampleLoad {
  status: 'succeeded' | 'failed';
  /** One load summary per source kind, in load order. */
  loads: (LoadSummary & { kind: string })[];
  rowsIn: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  simulateMs: number;
  loadMs: number;
}

export async function hasSampleData(dataSource: DataSource): Promise<boolean> {
  const rows = await dataSource.query(
    `SELECT 1 FROM etl.source_file WHERE municipality_code = $1 LIMIT 1`,
    [SAMPLE.municipalityCode],
  );
  return rows.length > 0;
}

/** Simulates the sample exports of every kind into `outDir` and loads them. */
export async function loadSampleData(
  dataSource: DataSource,
  options: { outDir?: string; from?: string; to?: string } = {},
): Promise<SampleLoad> {
  const simulated = Date.now();
  const written = await simulateMunicipality(
    {
      municipalityCode: SAMPLE.municipalityCode,
      population: SAMPLE.population,
      from: options.from ?? SAMPLE.from,
      to: options.to ?? SAMPLE.to,
      seed: SAMPLE.seed,
    },
    options.outDir ?? join(REPOSITORY_ROOT, '.data', 'sample'),
  );
  const loaded = Date.now();
  const loads: SampleLoad['loads'] = [];
  for (const kind of LOAD_ORDER) {
    const files = written.filter((w) => w.kind === kind).map((w) => w.path);
    if (files.length === 0) continue;
    const summary = await loadFiles(dataSource, {
      kind,
      files,
      municipalityCode: SAMPLE.municipalityCode,
      actor: 'sample',
    });
    loads.push({ kind, ...summary });
  }
  const sum = (count: 'rowsIn' | 'rowsLoaded' | 'rowsQuarantined') =>
    loads.reduce((total, load) => total + load[count], 0);
  return {
    status: loads.every((load) => load.status === 'succeeded') ? 'succeeded' : 'failed',
    loads,
    rowsIn: sum('rowsIn'),
    rowsLoaded: sum('rowsLoaded'),
    rowsQuarantined: sum('rowsQuarantined'),
    simulateMs: loaded - simulated,
    loadMs: Date.now() - loaded,
  };
}
