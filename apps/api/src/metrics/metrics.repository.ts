import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';
import {
  type Dimension,
  type Grain,
  type KpiDefinition,
  type KpiOptions,
  type KpiSql,
  ROLLUPS,
  type Rollup,
  type RollupId,
} from './kpi-catalogue';

/** The numerators and denominators of the KPIs asked for, in their order, for one cell. */
export interface SumsRow {
  period: string;
  dimension_value: string | null;
  numerators: number[];
  /** Null where the KPI is a count and has no denominator. */
  denominators: (number | null)[];
}

export interface DateKeyRange {
  name: string;
  fromKey: number;
  toKey: number;
}

const PERIOD_SQL: Record<Grain, string> = {
  DAY: `to_char(d.date, 'YYYY-MM-DD')`,
  ISO_WEEK: `to_char(d.date, 'IYYY-"W"IW')`,
  MONTH: `to_char(d.date, 'YYYY-MM')`,
  QUARTER: `to_char(d.date, 'YYYY-"Q"Q')`,
  YEAR: `to_char(d.date, 'YYYY')`,
};

/**
 * KPI sums from the mart rollups. The SQL is assembled from the KPI catalogue alone (tables,
 * columns, aggregates); every value from the caller is a bind parameter.
 */
@Injectable()
export class MetricsRepository {
  constructor(private readonly warehouse: Warehouse) {}

  /** Sums per period of the grain (and per dimension value) within one range of days. */
  series(
    rollupId: RollupId,
    kpis: readonly KpiDefinition[],
    options: KpiOptions,
    municipalityCode: string,
    range: DateKeyRange,
    grain: Grain,
    dimension: Dimension | undefined,
  ): Promise<SumsRow[]> {
    const rollup: Rollup = ROLLUPS[rollupId];
    const split = dimension ? rollup.dimensions[dimension] : undefined;
    if (dimension && !split) throw new Error(`${rollup.table} has no dimension ${dimension}`);
    const params = new Params(options);
    const sql = `SELECT ${PERIOD_SQL[grain]} AS period, ${split?.value ?? 'NULL::text'} AS dimension_value,
              ${sumArrays(kpis, params)}
       FROM ${rollup.table} r
       JOIN dw.dim_date d ON d.date_key = r.${rollup.dateKeyColumn}
       ${split?.join ?? ''}
       WHERE r.municipality_code = ${params.bind(municipalityCode)}
         AND r.${rollup.dateKeyColumn} BETWEEN ${params.bind(range.fromKey)} AND ${params.bind(range.toKey)}
       GROUP BY 1, 2
       ORDER BY 1, 2`;
    return this.warehouse.query(sql, params.values);
  }

  /** Sums over each whole range; every range gets a row, with zero sums when it has no data. */
  totals(
    rollupId: RollupId,
    kpis: readonly KpiDefinition[],
    options: KpiOptions,
    municipalityCode: string,
    ranges: readonly DateKeyRange[],
  ): Promise<SumsRow[]> {
    const rollup = ROLLUPS[rollupId];
    const params = new Params(options);
    const sql = `SELECT p.name AS period, NULL::text AS dimension_value, ${sumArrays(kpis, params)}
       FROM unnest(${params.bind(ranges.map((r) => r.name))}::text[],
                   ${params.bind(ranges.map((r) => r.fromKey))}::int[],
                   ${params.bind(ranges.map((r) => r.toKey))}::int[]) AS p (name, from_key, to_key)
       LEFT JOIN ${rollup.table} r
         ON r.municipality_code = ${params.bind(municipalityCode)}
        AND r.${rollup.dateKeyColumn} BETWEEN p.from_key AND p.to_key
       GROUP BY p.name`;
    return this.warehouse.query(sql, params.values);
  }
}

function sumArrays(kpis: readonly KpiDefinition[], sql: KpiSql): string {
  const numerators = kpis.map((kpi) => `coalesce((${kpi.numerator(sql)})::float8, 0)`);
  const denominators = kpis.map((kpi) =>
    kpi.denominator ? `coalesce((${kpi.denominator(sql)})::float8, 0)` : 'NULL::float8',
  );
  return `ARRAY[${numerators.join(', ')}] AS numerators,
              ARRAY[${denominators.join(', ')}] AS denominators`;
}

/** Bind parameters in order of use; a KPI's numeric options are bound only when its SQL uses them. */
class Params implements KpiSql {
  readonly values: unknown[] = [];

  constructor(private readonly options: KpiOptions) {}

  get variant(): KpiOptions['serviceLevelVariant'] {
    return this.options.serviceLevelVariant;
  }

  param(option: 'serviceLevelSeconds' | 'shortAbandonSeconds'): string {
    return `${this.bind(this.options[option])}::int`;
  }

  bind(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
