import { BadRequestException, Injectable } from '@nestjs/common';
import { AnnotationsService } from '../annotations/annotations.service';
import { TargetsService } from '../targets/targets.service';
import type { Annotation } from '../annotations/models/annotation.model';
import type { Target } from '../targets/models/target.model';
import type { MetricsArgs } from './dto/metrics.args';
import { findKpi } from './kpis';
import type { KpiDefinition, KpiPath } from './kpis/kpi-definition';
import { Dimension, type Grain, MetricSource, UNIT_SCALE } from './kpis/kpi-types';
import type { SourceId } from './kpis/sources';
import {
  type DateKeyRange,
  type Filters,
  MetricsRepository,
  type SumsRow,
} from './metrics.repository';
import type { KpiInfo, Metric, MetricValue } from './models/metric.model';
import {
  isWholeMonths,
  keyRange,
  type KpiRequest,
  oneYearEarlier,
  PathGroups,
  previousPeriod,
  type Period,
  type SeriesRequest,
  seriesPath,
  splitByMonths,
  totalsPath,
} from './query-plan';

export interface SeriesPoint extends MetricValue {
  period: string | null;
  dimensionValue: string | null;
  kind: SumsRow['kind'];
}

/**
 * One KPI's answer: which path (the series', or the totals' when no series was asked), its series
 * (cells and totals) and its totals per named range.
 */
export interface KpiSums {
  kpi: KpiDefinition;
  source: MetricSource;
  series: SeriesPoint[];
  totals: Map<string, MetricValue>;
}

@Injectable()
export class MetricsService {
  constructor(
    private readonly repository: MetricsRepository,
    private readonly targets: TargetsService,
    private readonly annotations: AnnotationsService,
  ) {}

  async metrics(args: MetricsArgs): Promise<Metric[]> {
    const kpis = checkRequest(args);
    const previous = previousPeriod(args);
    const lastYear = oneYearEarlier(args);
    const request: KpiRequest = {
      kpis,
      municipalityCodes: args.municipalityCodes,
      options: args,
      filters: filtersOf(args),
      source: args.source,
    };
    const [sums, { targets, annotations }] = await Promise.all([
      this.compute(
        request,
        { period: args, grain: args.grain, dimension: args.dimension ?? undefined },
        [keyRange('current', args), keyRange('previous', previous), keyRange('lastYear', lastYear)],
      ),
      this.context(args.municipalityCodes, args.kpis, args),
    ]);
    return kpis.map((kpi) => {
      const result = sums.get(kpi.id) as KpiSums;
      const points = (kind: SeriesPoint['kind']) =>
        result.series
          .filter((p) => p.kind === kind)
          .map(({ kind: _kind, period, ...point }) => ({ ...point, period: period ?? '' }));
      const total = (name: string) => result.totals.get(name) as MetricValue;
      return {
        kpi: kpiInfo(kpi),
        source: result.source,
        series: points('cell'),
        periodTotals: args.dimension ? points('period') : points('cell'),
        dimensionTotals: result.series
          .filter((p) => p.kind === 'dimension')
          .map(({ kind: _kind, period: _period, ...point }) => point),
        total: total('current'),
        previousPeriod: { ...previous, ...total('previous') },
        samePeriodLastYear: { ...lastYear, ...total('lastYear') },
        targets: targets.filter((t) => t.kpiId === kpi.id),
        annotations,
      };
    });
  }

  /** What returns with a series: the targets of its KPIs and the events overlapping its period. */
  async context(
    municipalityCodes: readonly string[],
    kpiIds: readonly string[],
    period: Period,
  ): Promise<{ targets: Target[]; annotations: Annotation[] }> {
    const [targets, annotations] = await Promise.all([
      this.targets.forKpis(municipalityCodes, kpiIds),
      this.annotations.overlapping(municipalityCodes, period.from, period.to),
    ]);
    return { targets, annotations };
  }

  /**
   * The KPIs' series (when asked) and totals over named ranges: one series and one totals statement
   * for every source read (each source once in it), whatever the number of KPIs. A range that is the series'
   * period takes its total from the series query's grand total (one pass over the rows); the other
   * ranges are read by the totals query, from the coarsest level their own days allow. Where a KPI
   * is a plain sum (SUMS_SPLIT_BY_MONTH), a range that is not whole months (the previous period of
   * a year is 1 January–31 December of a leap year, shifted a day) is read as the monthly rows of
   * its whole months and the daily rows of the days around them.
   */
  async compute(
    request: KpiRequest,
    series: SeriesRequest | undefined,
    ranges: readonly DateKeyRange[],
  ): Promise<Map<string, KpiSums>> {
    const needed = [series?.dimension, ...(Object.keys(request.filters) as Dimension[])].filter(
      (d): d is Dimension => d !== undefined,
    );
    const seriesRange = series && keyRange('series', series.period);
    const isSeriesRange = (r: DateKeyRange) =>
      r.fromKey === seriesRange?.fromKey && r.toKey === seriesRange.toKey;
    const otherRanges = ranges.filter((r) => !isSeriesRange(r));
    const seriesGroups = new PathGroups();
    const totalsGroups = new PathGroups();
    const sources = new Map<string, MetricSource>();
    for (const kpi of request.kpis) {
      if (series && seriesRange) {
        const [source, path] = seriesPath(kpi, needed, request, series.grain, seriesRange);
        seriesGroups.add(kpi, path);
        sources.set(kpi.id, source);
      }
      if (otherRanges.length) {
        const [source, path] = totalsPath(kpi, needed, request, otherRanges);
        if (source === MetricSource.MONTHLY_ROLLUP && !otherRanges.every(isWholeMonths)) {
          const pieces = otherRanges.map(splitByMonths);
          totalsGroups.add(
            kpi,
            path,
            pieces.flatMap((piece) => piece.months ?? []),
          );
          const days = pieces.flatMap((piece) => piece.days);
          if (days.length) totalsGroups.add(kpi, kpi.rollup as KpiPath, days);
        } else totalsGroups.add(kpi, path, otherRanges);
        if (!sources.has(kpi.id)) sources.set(kpi.id, source);
      }
    }
    const query = (sourceId: SourceId, paths: KpiPath[]) => ({
      sourceId,
      kpis: paths,
      options: request.options,
      municipalityCodes: request.municipalityCodes,
      filters: request.filters,
    });
    const results = new Map<string, KpiSums>(
      request.kpis.map((kpi) => [
        kpi.id,
        { kpi, source: sources.get(kpi.id) as MetricSource, series: [], totals: new Map() },
      ]),
    );
    // A range read in pieces (whole months, days around them) is summed before its value is taken.
    const rangeSums = new Map<
      string,
      Map<string, { numerator: number; denominator: number | null }>
    >(request.kpis.map((kpi) => [kpi.id, new Map()]));
    const [seriesRows, totalsRows] = await Promise.all([
      series && seriesRange && seriesGroups.size
        ? this.repository.series(
            seriesGroups.map((sourceId, _kpis, paths) => query(sourceId, paths)),
            seriesRange,
            series.grain,
            series.dimension,
          )
        : [],
      totalsGroups.size
        ? this.repository.totals(
            totalsGroups.map((sourceId, _kpis, paths, pieces) => ({
              query: query(sourceId, paths),
              ranges: pieces,
            })),
          )
        : [],
    ]);
    seriesGroups.map((sourceId, kpis) => {
      const rows = seriesRows.filter((row) => row.source_id === sourceId);
      kpis.forEach((kpi, i) => {
        const result = results.get(kpi.id) as KpiSums;
        for (const row of rows) {
          const value = metricValue(kpi, row, i);
          if (row.kind === 'total')
            for (const range of ranges.filter(isSeriesRange)) result.totals.set(range.name, value);
          // Without a dimension the grand total was added for the ranges only.
          if (row.kind !== 'total' || series?.dimension)
            result.series.push({
              period: row.period,
              dimensionValue: row.dimension_value,
              kind: row.kind,
              ...value,
            });
        }
      });
    });
    totalsGroups.map((sourceId, kpis) => {
      const rows = totalsRows.filter((row) => row.source_id === sourceId);
      kpis.forEach((kpi, i) => {
        const sums = rangeSums.get(kpi.id) as Map<
          string,
          { numerator: number; denominator: number | null }
        >;
        for (const row of rows) {
          const sum = sums.get(row.name) ?? { numerator: 0, denominator: null };
          const denominator = row.denominators[i] ?? null;
          sums.set(row.name, {
            numerator: sum.numerator + (row.numerators[i] ?? 0),
            denominator:
              denominator === null ? sum.denominator : (sum.denominator ?? 0) + denominator,
          });
        }
      });
    });
    for (const [id, sums] of rangeSums) {
      const result = results.get(id) as KpiSums;
      for (const [name, { numerator, denominator }] of sums)
        result.totals.set(
          name,
          metricValue(result.kpi, { numerators: [numerator], denominators: [denominator] }, 0),
        );
    }
    return results;
  }
}

/**
 * The rules that need more than one argument (class-validator checks each argument alone).
 * Returns the catalogue entries of the KPIs asked for, in the order asked.
 */
export function checkRequest(args: MetricsArgs): KpiDefinition[] {
  if (args.from > args.to)
    throw new BadRequestException(`from (${args.from}) is after to (${args.to})`);
  const filtered = Object.keys(filtersOf(args)) as Dimension[];
  return args.kpis.map((id) => {
    const kpi = findKpi(id);
    if (!kpi) throw new BadRequestException(`unknown KPI ${id}`);
    if (!kpi.grains.includes(args.grain))
      throw new BadRequestException(
        `KPI ${id} cannot be asked at grain ${args.grain}; it allows ${kpi.grains.join(', ')}`,
      );
    if (args.dimension && !kpi.dimensions.includes(args.dimension))
      throw new BadRequestException(
        `KPI ${id} cannot be split by ${args.dimension}; it allows ${kpi.dimensions.join(', ')}`,
      );
    for (const dimension of filtered)
      if (!kpi.dimensions.includes(dimension))
        throw new BadRequestException(
          `KPI ${id} cannot be filtered by ${FILTER_ARGUMENTS[dimension]}; it has no ${dimension}`,
        );
    return kpi;
  });
}

/** Catalogue entries of the KPIs a view reads, refused when one cannot be asked at the grain. */
export function kpisAt(ids: readonly string[], grain: Grain): KpiDefinition[] {
  return ids.map((id) => {
    const kpi = findKpi(id);
    if (!kpi) throw new Error(`unknown KPI ${id}`);
    if (!kpi.grains.includes(grain))
      throw new BadRequestException(
        `grain ${grain} is too fine for ${id}; it allows ${kpi.grains.join(', ')}`,
      );
    return kpi;
  });
}

const FILTER_ARGUMENTS: Partial<Record<Dimension, keyof MetricsArgs>> = {
  SERVICE: 'serviceCodes',
  SITE: 'siteCodes',
  BOOKING_CHANNEL: 'bookingChannels',
};

export function filtersOf(args: {
  serviceCodes?: string[];
  siteCodes?: string[];
  bookingChannels?: string[];
}): Filters {
  return {
    ...(args.serviceCodes && { [Dimension.SERVICE]: args.serviceCodes }),
    ...(args.siteCodes && { [Dimension.SITE]: args.siteCodes }),
    ...(args.bookingChannels && { [Dimension.BOOKING_CHANNEL]: args.bookingChannels }),
  };
}

export function kpiInfo(kpi: KpiDefinition): KpiInfo {
  return {
    id: kpi.id,
    labelDa: kpi.labelDa,
    labelEn: kpi.labelEn,
    descriptionDa: kpi.descriptionDa,
    descriptionEn: kpi.descriptionEn,
    unit: kpi.unit,
    definitionVersion: kpi.definitionVersion,
    grains: [...kpi.grains],
    dimensions: [...kpi.dimensions],
  };
}

function metricValue(
  kpi: KpiDefinition,
  row: Pick<SumsRow, 'numerators' | 'denominators'>,
  index: number,
): MetricValue {
  // The repository returns one sum per KPI asked for, so the index is always present.
  const numerator = row.numerators[index] ?? 0;
  const denominator = row.denominators[index] ?? null;
  if (!kpi.rollup?.denominator && !kpi.facts?.denominator)
    return { value: numerator, numerator, denominator: null };
  const scale = UNIT_SCALE[kpi.unit] ?? 1;
  return {
    value: denominator ? (scale * numerator) / denominator : null,
    numerator,
    denominator,
  };
}
