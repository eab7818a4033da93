import type { DataSource } from 'typeorm';
import { insertFactorySourceFile } from './source-file.factory';

/** Count facts (population, self-service usage) inserted directly, for tests of queries. */

export interface PopulationRow {
  municipalityCode: string;
  year: number;
  ageBandCode: string;
  /** Null for the total of both sexes. */
  sex: 'F' | 'M' | null;
  countInhabitants: number;
}

export function newPopulation(overrides: Partial<PopulationRow> = {}): PopulationRow {
  return {
    municipalityCode: '0169',
    year: 2024,
    ageBandCode: '30-49',
    sex: null,
    countInhabitants: 1000,
    ...overrides,
  };
}

export async function insertPopulation(
  dataSource: DataSource,
  rows: PopulationRow[],
): Promise<void> {
  const sourceFileId = await insertFactorySourceFile(
    dataSource,
    'population',
    rows[0]?.municipalityCode ?? '0169',
    rows.length,
  );
  await dataSource.query(
    `INSERT INTO dw.fact_population (municipality_code, source_file_id, source_row, year, age_band_code, sex,
                                     count_inhabitants)
     SELECT x."municipalityCode", $1, (row_number() OVER ())::int, x.year, x."ageBandCode", x.sex, x."countInhabitants"
     FROM jsonb_to_recordset($2::jsonb) AS x ("municipalityCode" char(4), year smallint,
            "ageBandCode" text, sex char(1), "countInhabitants" int)`,
    [sourceFileId, JSON.stringify(rows)],
  );
}

export interface SelfServiceUsageRow {
  municipalityCode: string;
  solutionLabel: string;
  serviceCode: string;
  usageKind: string;
  periodStart: string;
  periodEnd: string;
  countUses: number;
}

export function newSelfServiceUsage(
  overrides: Partial<SelfServiceUsageRow> = {},
): SelfServiceUsageRow {
  return {
    municipalityCode: '0169',
    solutionLabel: 'Fritagelse for Digital Post',
    serviceCode: 'pas',
    usageKind: 'digital_post_exemption',
    periodStart: '2024-01-01',
    periodEnd: '2024-01-31',
    countUses: 1,
    ...overrides,
  };
}

export async function insertSelfServiceUsage(
  dataSource: DataSource,
  rows: SelfServiceUsageRow[],
): Promise<void> {
  const sourceFileId = await insertFactorySourceFile(
    dataSource,
    'selfservice',
    rows[0]?.municipalityCode ?? '0169',
    rows.length,
  );
  await dataSource.query(
    `INSERT INTO dw.fact_self_service_usage (municipality_code, source_file_id, source_row, solution_label, service_id,
                                             usage_kind, period_start, period_end, count_uses)
     SELECT x."municipalityCode", $1, (row_number() OVER ())::int, x."solutionLabel", s.service_id, x."usageKind", x."periodStart",
            x."periodEnd", x."countUses"
     FROM jsonb_to_recordset($2::jsonb) AS x ("municipalityCode" char(4), "solutionLabel" text,
            "serviceCode" text, "usageKind" text, "periodStart" date, "periodEnd" date, "countUses" int)
     JOIN dw.dim_service s ON s.service_code = x."serviceCode"`,
    [sourceFileId, JSON.stringify(rows)],
  );
}
