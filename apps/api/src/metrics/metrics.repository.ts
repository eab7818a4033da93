import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';
import type { Aggregates } from './kpis/kpi-definition';
import {
  type Dimension,
  Grain,
  type KpiOptions,
  type KpiSql,
  type NumericOption,
} from './kpis/kpi-types';
import { SOURCES, type Source, type SourceId } from './kpis/sources';

/** The numerators and denominators of the KPIs asked for, in their order, for one cell. */
export interface SumsRow {
  /** The source the row was read from (a statement reads every source asked). */
  source_id: SourceId;
  /** Null in a total over the whole range. */
  period: string | null;
  dimension_value: string | null;
  /**
   * 'cell' and 'total' (everything in the range); with a dimension also 'period' (all its values
   * in a period) and 'dimension' (a value over the range).
   */
  kind: 'cell' | 'period' | 'dimension' | 'total';
  numerators: number[];
  /** Null where the KPI is a count and has no denominator. */
  denominators: (number | null)[];
}

export interface TotalsRow {
  source_id: SourceId;
  name: string;
  numerators: number[];
  denominators: (number | null)[];
}

export interface DateKeyRange {
  name: string;
  fromKey: number;
  toKey: number;
}

/** Dimension values a request keeps; each list applies through the source's SQL of its dimension. */
export type Filters = Partial<Record<Dimension, readonly string[]>>;

/** What every query reads: one source, its KPIs, their options, municipalities and filters. */
export interface SumsQuery {
  sourceId: SourceId;
  kpis: readonly Aggregates[];
  options: KpiOptions;
  municipalityCodes: readonly string[];
  filters: Filters;
}

/**
 * Periods are grouped by an integer computed from the day key (20240305 → month 202403), and only
 * the groups are formatted: cheaper than joining every rollup row to dw.dim_date. ISO weeks need
 * the calendar.
 */
const PERIODS: Record<Grain, { key(dayKey: string): string; label(key: string): string }> = {
  DAY: {
    key: (k) => k,
    label: (key) => `to_char(to_date(${key}::text, 'YYYYMMDD'), 'YYYY-MM-DD')`,
  },
  ISO_WEEK: { key: () => `to_char(d.date, 'IYYY-"W"IW')`, label: (key) => key },
  MONTH: {
    key: (k) => `${k} / 100`,
    label: (key) => `to_char(to_date((${key})::text, 'YYYYMM'), 'YYYY-MM')`,
  },
  QUARTER: {
    key: (k) => `${k} / 10000 * 10 + (${k} / 100 % 100 + 2) / 3`,
    label: (key) => `(${key}) / 10 || '-Q' || (${key}) % 10`,
  },
  YEAR: { key: (k) => `${k} / 10000`, label: (key) => `(${key})::text` },
};

const OPTION_TYPES: Record<NumericOption, string> = {
  serviceLevelSeconds: 'int',
  shortAbandonSeconds: 'int',
  waitTargetSeconds: 'int',
  hoursPerFte: 'float8',
  costPerFte: 'float8',
};

/**
 * KPI sums from a rollup or the facts. The SQL is assembled from the KPI catalogue alone (tables,
 * columns, aggregates); every value from the caller is a bind parameter.
 */
@Injectable()
export class MetricsRepository {
  constructor(private readonly warehouse: Warehouse) {}

  /**
   * Sums per period of the grain within one range of days, and in the same scan the total over the
   * range ('total'); with a dimension, per period and value, and also the totals per period and per
   * value (grouping sets). Every source asked is read in one statement (UNION ALL), so a request
   * makes one round trip, and under row-level security one transaction, however many rollups its
   * KPIs read; each row says its source.
   */
  series(
    queries: readonly SumsQuery[],
    range: DateKeyRange,
    grain: Grain,
    dimension: Dimension | undefined,
  ): Promise<SumsRow[]> {
    const params = new Params(optionsOf(queries));
    const parts = queries.map((query) => {
      const source: Source = SOURCES[query.sourceId];
      const split = dimension ? source.dimensions[dimension] : undefined;
      if (dimension && !split) throw new Error(`${source.table} has no dimension ${dimension}`);
      const period = PERIODS[grain].key(`r.${source.dateKeyColumn}`);
      const label = PERIODS[grain].label(period);
      const usesDate = grain === Grain.ISO_WEEK || split?.usesDate;
      const groupBy = split
        ? `GROUPING SETS ((${period}, ${split.value}), (${period}), (${split.value}), ())`
        : `GROUPING SETS ((${period}), ())`;
      const kind = split
        ? `CASE grouping(${period}, ${split.value}) WHEN 0 THEN 'cell' WHEN 1 THEN 'period' WHEN 2 THEN 'dimension' ELSE 'total' END`
        : `CASE grouping(${period}) WHEN 0 THEN 'cell' ELSE 'total' END`;
      return `SELECT '${query.sourceId}'::text AS source_id,
              CASE WHEN grouping(${period}) = 0 THEN ${label} END AS period,
              ${split ? `CASE WHEN grouping(${split.value}) = 0 THEN ${split.value} END` : 'NULL::text'} AS dimension_value,
              ${kind} AS kind,
              ${sumArrays(query.kpis, params)}
       FROM ${source.table} r
       ${usesDate ? `JOIN dw.dim_date d ON d.date_key = r.${source.dateKeyColumn}` : ''}
       ${joins(source, dimension, query.filters)}
       WHERE ${whereSql(source, query, params)}
         AND r.${source.dateKeyColumn} BETWEEN ${params.bind(range.fromKey)} AND ${params.bind(range.toKey)}
       GROUP BY ${groupBy}`;
    });
    return this.warehouse.query(
      `${parts.join('\n       UNION ALL\n       ')}
       ORDER BY source_id, period, dimension_value`,
      params.values,
    );
  }

  /**
   * Sums over each range of each source (a source's own ranges: whole ranges, or pieces of them
   * read at its level); every range gets a row, with zero sums when it has no data. One statement
   * for every source, as the series.
   */
  totals(
    queries: readonly { query: SumsQuery; ranges: readonly DateKeyRange[] }[],
  ): Promise<TotalsRow[]> {
    const params = new Params(optionsOf(queries.map(({ query }) => query)));
    const parts = queries.map(({ query, ranges }) => {
      const source = SOURCES[query.sourceId];
      return `SELECT '${query.sourceId}'::text AS source_id, p.name, x.*
       FROM unnest(${params.bind(ranges.map((r) => r.name))}::text[],
                   ${params.bind(ranges.map((r) => r.fromKey))}::int[],
                   ${params.bind(ranges.map((r) => r.toKey))}::int[]) AS p (name, from_key, to_key)
       CROSS JOIN LATERAL (
         SELECT ${sumArrays(query.kpis, params)}
         FROM ${source.table} r
         ${joins(source, undefined, query.filters)}
         WHERE ${whereSql(source, query, params)}
           AND r.${source.dateKeyColumn} BETWEEN p.from_key AND p.to_key
       ) x`;
    });
    return this.warehouse.query(parts.join('\n       UNION ALL\n       '), params.values);
  }
}

/** The options every query of one request shares. */
function optionsOf(queries: readonly SumsQuery[]): KpiOptions {
  const [first] = queries;
  if (!first) throw new Error('no source to read');
  return first.options;
}

/** The joins the dimension and the filters need, each once. */
function joins(source: Source, dimension: Dimension | undefined, filters: Filters): string {
  const needed = [dimension, ...(Object.keys(filters) as Dimension[])]
    .filter((d): d is Dimension => d !== undefined)
    .map((d) => source.dimensions[d]?.join)
    .filter((join): join is string => join !== undefined);
  return [...new Set(needed)].join('\n       ');
}

function whereSql(source: Source, query: SumsQuery, params: Params): string {
  const conditions = [
    `r.municipality_code = ANY(${params.bind(query.municipalityCodes)}::bpchar[])`,
  ];
  for (const [dimension, values] of Object.entries(query.filters) as [Dimension, string[]][]) {
    const sql = source.dimensions[dimension];
    if (!sql) throw new Error(`${source.table} cannot be filtered by ${dimension}`);
    conditions.push(`${sql.value} = ANY(${params.bind(values)}::text[])`);
  }
  return conditions.join(' AND ');
}

function sumArrays(kpis: readonly Aggregates[], sql: KpiSql): string {
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

  param(option: NumericOption): string {
    return `${this.bind(this.options[option])}::${OPTION_TYPES[option]}`;
  }

  bind(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
