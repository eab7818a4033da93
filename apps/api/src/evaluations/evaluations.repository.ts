import { Injectable } from '@nestjs/common';
import type { Family } from '@kanalindsigt/evaluation/glm';
import { Warehouse } from '../database/warehouse';
import type {
  EvaluationDefinition,
  ExclusionSpec,
  ExposureKind,
  SeasonalityKind,
  SeriesSpec,
} from './evaluation-definition';
import type { StoredFit } from './fit-evaluation';

interface EvaluationRow {
  evaluation_id: number;
  municipality_code: string;
  evaluation_code: string;
  name: string;
  metric_label_da: string;
  metric_label_en: string;
  metric: { kpiId: string; filters?: SeriesSpec['filters'] };
  period_from: string;
  period_to: string | null;
  intervention_dates: string[];
  family: Family;
  exposure: ExposureKind;
  exposure_series: { kpiId: string; filters?: SeriesSpec['filters'] } | null;
  seasonality: SeasonalityKind;
  fourier_harmonics: number | null;
  slope_change: boolean;
  newey_west: boolean;
  exclusions: ExclusionSpec[];
  control: { kpiId: string; filters?: SeriesSpec['filters'] } | null;
  hours_per_fte: number | null;
  cost_per_fte_dkk: number | null;
  target_fte: number | null;
  target_from: string | null;
  investment_dkk: number | null;
  revision: number;
}

export interface CachedFit {
  evaluation_id: number;
  revision: number;
  data_version: number;
  fitted_at: string;
  result: StoredFit | null;
  error_message: string | null;
}

export type EvaluationValues = Omit<EvaluationDefinition, 'evaluationId' | 'revision'>;

const COLUMNS = `evaluation_id, municipality_code, evaluation_code, name, metric_label_da, metric_label_en,
  metric, to_char(period_from, 'YYYY-MM-DD') AS period_from, to_char(period_to, 'YYYY-MM-DD') AS period_to,
  (SELECT array_agg(to_char(d, 'YYYY-MM-DD') ORDER BY d) FROM unnest(intervention_dates) AS d) AS intervention_dates,
  family, exposure, exposure_series, seasonality, fourier_harmonics, slope_change, newey_west, exclusions,
  control, hours_per_fte::float8 AS hours_per_fte, cost_per_fte_dkk::float8 AS cost_per_fte_dkk,
  target_fte::float8 AS target_fte, to_char(target_from, 'YYYY-MM-DD') AS target_from,
  investment_dkk::float8 AS investment_dkk, revision`;

const series = (spec: { kpiId: string; filters?: SeriesSpec['filters'] }): SeriesSpec => ({
  kpiId: spec.kpiId,
  filters: spec.filters ?? {},
});

function toDefinition(row: EvaluationRow): EvaluationDefinition {
  return {
    evaluationId: row.evaluation_id,
    municipalityCode: row.municipality_code,
    code: row.evaluation_code,
    name: row.name,
    metricLabelDa: row.metric_label_da,
    metricLabelEn: row.metric_label_en,
    metric: series(row.metric),
    periodFrom: row.period_from,
    periodTo: row.period_to,
    interventionDates: row.intervention_dates,
    family: row.family,
    exposure: row.exposure,
    exposureSeries: row.exposure_series && series(row.exposure_series),
    seasonality: row.seasonality,
    fourierHarmonics: row.fourier_harmonics,
    slopeChange: row.slope_change,
    neweyWest: row.newey_west,
    exclusions: row.exclusions,
    control: row.control && series(row.control),
    hoursPerFte: row.hours_per_fte,
    costPerFteDkk: row.cost_per_fte_dkk,
    targetFte: row.target_fte,
    targetFrom: row.target_from,
    investmentDkk: row.investment_dkk,
    revision: row.revision,
  };
}

@Injectable()
export class EvaluationsRepository {
  constructor(private readonly warehouse: Warehouse) {}

  async list(municipalityCode: string): Promise<EvaluationDefinition[]> {
    const rows = await this.warehouse.query<EvaluationRow>(
      `SELECT ${COLUMNS} FROM dw.evaluation WHERE municipality_code = $1 ORDER BY evaluation_id`,
      [municipalityCode],
    );
    return rows.map(toDefinition);
  }

  async find(municipalityCode: string, code: string): Promise<EvaluationDefinition | undefined> {
    const [row] = await this.warehouse.query<EvaluationRow>(
      `SELECT ${COLUMNS} FROM dw.evaluation WHERE municipality_code = $1 AND evaluation_code = $2`,
      [municipalityCode, code],
    );
    return row && toDefinition(row);
  }

  /** Inserts the evaluation, or replaces the one with the same code and bumps its revision. */
  async save(values: EvaluationValues): Promise<EvaluationDefinition> {
    const [row] = await this.warehouse.query<EvaluationRow>(
      `INSERT INTO dw.evaluation (municipality_code, evaluation_code, name, metric_label_da, metric_label_en,
                                  metric, period_from, period_to, intervention_dates, family, exposure,
                                  exposure_series, seasonality, fourier_harmonics, slope_change, newey_west,
                                  exclusions, control, hours_per_fte, cost_per_fte_dkk, target_fte,
                                  target_from, investment_dkk)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date[], $10, $11, $12, $13, $14, $15, $16, $17, $18,
               $19, $20, $21, $22, $23)
       ON CONFLICT (municipality_code, evaluation_code) DO UPDATE SET
         name = excluded.name, metric_label_da = excluded.metric_label_da,
         metric_label_en = excluded.metric_label_en, metric = excluded.metric,
         period_from = excluded.period_from, period_to = excluded.period_to,
         intervention_dates = excluded.intervention_dates, family = excluded.family,
         exposure = excluded.exposure, exposure_series = excluded.exposure_series,
         seasonality = excluded.seasonality, fourier_harmonics = excluded.fourier_harmonics,
         slope_change = excluded.slope_change, newey_west = excluded.newey_west,
         exclusions = excluded.exclusions, control = excluded.control,
         hours_per_fte = excluded.hours_per_fte, cost_per_fte_dkk = excluded.cost_per_fte_dkk,
         target_fte = excluded.target_fte, target_from = excluded.target_from,
         investment_dkk = excluded.investment_dkk,
         revision = dw.evaluation.revision + 1, updated_at = now()
       RETURNING ${COLUMNS}`,
      [
        values.municipalityCode,
        values.code,
        values.name,
        values.metricLabelDa,
        values.metricLabelEn,
        JSON.stringify(values.metric),
        values.periodFrom,
        values.periodTo,
        values.interventionDates,
        values.family,
        values.exposure,
        values.exposureSeries && JSON.stringify(values.exposureSeries),
        values.seasonality,
        values.fourierHarmonics,
        values.slopeChange,
        values.neweyWest,
        JSON.stringify(values.exclusions),
        values.control && JSON.stringify(values.control),
        values.hoursPerFte,
        values.costPerFteDkk,
        values.targetFte,
        values.targetFrom,
        values.investmentDkk,
      ],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return toDefinition(row);
  }

  /** True when the municipality had an evaluation with that code (its fit goes with it). */
  async delete(municipalityCode: string, code: string): Promise<boolean> {
    const rows = await this.warehouse.query(
      `WITH deleted AS (
         DELETE FROM dw.evaluation WHERE municipality_code = $1 AND evaluation_code = $2
         RETURNING 1
       )
       SELECT 1 FROM deleted`,
      [municipalityCode, code],
    );
    return rows.length > 0;
  }

  /** The warehouse's data version: the latest successful ETL run (0 before any load). */
  async dataVersion(): Promise<number> {
    const [row] = await this.warehouse.query<{ version: string }>(
      `SELECT coalesce(max(run_id), 0) AS version FROM etl.run WHERE status = 'succeeded'`,
    );
    return Number(row?.version ?? 0);
  }

  /** Opening days (Danish calendar: no weekends, holidays or closure days) per month, YYYY-MM. */
  async openingDays(from: string, to: string): Promise<Map<string, number>> {
    const rows = await this.warehouse.query<{ period: string; opening_days: number }>(
      `SELECT to_char(date, 'YYYY-MM') AS period, count(*) FILTER (WHERE is_opening_day)::int AS opening_days
       FROM dw.dim_date
       WHERE date BETWEEN $1::date AND $2::date
       GROUP BY 1`,
      [from, to],
    );
    return new Map(rows.map((row) => [row.period, row.opening_days]));
  }

  async cachedFits(evaluationIds: readonly number[]): Promise<Map<number, CachedFit>> {
    const rows = await this.warehouse.query<CachedFit>(
      `SELECT evaluation_id, revision, data_version::float8 AS data_version,
              to_char(fitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS fitted_at,
              result, error_message
       FROM dw.evaluation_result
       WHERE evaluation_id = ANY($1::int[])`,
      [evaluationIds],
    );
    return new Map(rows.map((row) => [row.evaluation_id, row]));
  }

  /**
   * Keeps a fit for the next read. Written as the owner: reads run in read-only transactions as the
   * reader role, and the row is derived from an evaluation and data the user has just read under
   * row-level security, for that evaluation's own municipality.
   */
  async storeFit(
    definition: Pick<EvaluationDefinition, 'evaluationId' | 'municipalityCode' | 'revision'>,
    dataVersion: number,
    outcome: { result: StoredFit } | { error: string },
  ): Promise<CachedFit> {
    const [row] = await this.warehouse.queryAsOwner<CachedFit>(
      `INSERT INTO dw.evaluation_result (evaluation_id, municipality_code, revision, data_version, result, error_message)
       SELECT evaluation_id, municipality_code, $3, $4, $5::jsonb, $6
       FROM dw.evaluation WHERE evaluation_id = $1 AND municipality_code = $2
       ON CONFLICT (evaluation_id) DO UPDATE SET
         revision = excluded.revision, data_version = excluded.data_version, fitted_at = now(),
         result = excluded.result, error_message = excluded.error_message
       RETURNING evaluation_id, revision, data_version::float8 AS data_version,
                 to_char(fitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS fitted_at,
                 result, error_message`,
      [
        definition.evaluationId,
        definition.municipalityCode,
        definition.revision,
        dataVersion,
        'result' in outcome ? JSON.stringify(outcome.result) : null,
        'error' in outcome ? outcome.error : null,
      ],
    );
    // The evaluation was deleted while it was being fitted: nothing to keep.
    return (
      row ?? {
        evaluation_id: definition.evaluationId,
        revision: definition.revision,
        data_version: dataVersion,
        fitted_at: new Date().toISOString(),
        ...('result' in outcome
          ? { result: outcome.result, error_message: null }
          : { result: null, error_message: outcome.error }),
      }
    );
  }
}
