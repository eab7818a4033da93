import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { REPOSITORY_ROOT } from '@kanalindsigt/warehouse/repository-root';
import { loadFiles, type LoadSummary } from '../load/load-files';
import { writeFrontdeskExports } from '../simulator/frontdesk-export';

/** The sample the product starts with: Høje-Taastrup's ticket exports, 2017-01-01 to 2026-10-31. */
export const SAMPLE = {
  municipalityCode: '0169',
  population: 50_835,
  from: '2017-01-01',
  to: '2026-10-31',
  seed: 20201201,
} as const;

export async function hasSampleData(dataSource: DataSource): Promise<boolean> {
  const rows = await dataSource.query(
    `SELECT 1 FROM dw.fact_visit WHERE municipality_code = $1 LIMIT 1`,
    [SAMPLE.municipalityCode],
  );
  return rows.length > 0;
}

/** Simulates the sample exports into `outDir` and loads them. */
export async function loadSampleData(
  dataSource: DataSource,
  options: { outDir?: string; from?: string; to?: string } = {},
): Promise<LoadSummary> {
  const outDir = options.outDir ?? join(REPOSITORY_ROOT, '.data', 'sample');
  const written = await writeFrontdeskExports(
    {
      municipalityCode: SAMPLE.municipalityCode,
      population: SAMPLE.population,
      from: options.from ?? SAMPLE.from,
      to: options.to ?? SAMPLE.to,
      seed: SAMPLE.seed,
    },
    outDir,
  );
  return loadFiles(dataSource, {
    kind: 'visits',
    files: written.map((e) => e.path),
    municipalityCode: SAMPLE.municipalityCode,
    actor: 'sample',
  });
}
