import { BadRequestException, Injectable } from '@nestjs/common';
import {
  addDays,
  dateKey,
  daysInMonth,
  formatIsoDate,
  parseIsoDate,
} from '@kanalindsigt/calendar/local-date';
import { AnnotationsService } from '../annotations/annotations.service';
import { TargetsService } from '../targets/targets.service';
import type { Annotation } from '../annotations/models/annotation.model';
import type { Target } from '../targets/models/target.model';
import type { MetricsArgs } from './dto/metrics.args';
import { findKpi } from './kpis';
import type { KpiDefinition, KpiPath } from './kpis/kpi-definition';
import { Dimension, Grain, type KpiOptions, MetricSource, UNIT_SCALE } from './kpis/kpi-types';
import { MONTHLY_OF, SOURCES, SUMS_SPLIT_BY_MONTH, type SourceId } from './kpis/sources';
import {
  type DateKeyRange,
  type Filters,
  MetricsRepository,
  type SumsRow,
} from './metrics.repository';
import type { KpiInfo, Metric, MetricValue } from './models/metric.model';

export interface Period {
  from: string;
  to: string;
}

/** What the KPIs are asked over, whatever the feature asking. */
export interface KpiRequest {
  kpis: readonly KpiDefinition[];
  municipalityCodes: readonly string[];
  options: KpiOptions;
  filters: Filters;
  /**
   * Force one path; by default the coarsest that can answer: the monthly rollup, the daily rollup,
   * the facts.
   */
  source?: MetricSource;
}

export interface SeriesRequest {
  period: Period;
  grain: Grain;
  dimension?: Dimension;
}

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
      this.compute(request, { period: args, grain: args.grain, dimension: args.dimension }, [
        keyRange('current', args),
        keyRange('previous', previous),
        keyRange('lastYear', lastYear),
      ]),
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
        const monthly = MONTHLY_GRAINS.includes(series.grain) && isWholeMonths(seriesRange);
        const [source, path] = choosePath(kpi, needed, request, monthly);
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

const MONTHLY_GRAINS: readonly Grain[] = [Grain.MONTH, Grain.QUARTER, Grain.YEAR];

/** A range of whole calendar months: what the monthly rollups can sum exactly. */
function isWholeMonths({ fromKey, toKey }: DateKeyRange): boolean {
  const toMonth = Math.floor(toKey / 100);
  return (
    fromKey % 100 === 1 && toKey % 100 === daysInMonth(Math.floor(toMonth / 100), toMonth % 100)
  );
}

/**
 * KPIs grouped by the source their paths read, so each source is queried once (for the totals with
 * the ranges or pieces of ranges it reads: the same for every KPI of a source, since the dimensions,
 * filters and forced path that decide them are the request's).
 */
class PathGroups {
  private readonly groups = new Map<
    SourceId,
    { kpis: KpiDefinition[]; paths: KpiPath[]; ranges: readonly DateKeyRange[] }
  >();

  add(kpi: KpiDefinition, path: KpiPath, ranges: readonly DateKeyRange[] = []): void {
    const group = this.groups.get(path.source) ?? { kpis: [], paths: [], ranges };
    group.kpis.push(kpi);
    group.paths.push(path);
    this.groups.set(path.source, group);
  }

  get size(): number {
    return this.groups.size;
  }

  map<T>(
    f: (
      sourceId: SourceId,
      kpis: KpiDefinition[],
      paths: KpiPath[],
      ranges: readonly DateKeyRange[],
    ) => T,
  ): T[] {
    return [...this.groups].map(([sourceId, { kpis, paths, ranges }]) =>
      f(sourceId, kpis, paths, ranges),
    );
  }
}

/**
 * The totals' path: the monthly rollup when every range is whole months, or when the KPI is a plain
 * sum that whole months and days can be added up from; otherwise what the days allow.
 */
function totalsPath(
  kpi: KpiDefinition,
  needed: readonly Dimension[],
  request: KpiRequest,
  ranges: readonly DateKeyRange[],
): [MetricSource, KpiPath] {
  const splits = kpi.rollup !== undefined && SUMS_SPLIT_BY_MONTH.has(kpi.rollup.source);
  return choosePath(kpi, needed, request, splits || ranges.every(isWholeMonths));
}

/**
 * A range cut where the monthly rollup can read it: the whole months inside it, and the days before
 * and after them. A range without a whole month is all days.
 */
export function splitByMonths(range: DateKeyRange): {
  months?: DateKeyRange;
  days: DateKeyRange[];
} {
  const iso = (key: number) => {
    const text = String(key);
    return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  };
  const from = iso(range.fromKey);
  const to = iso(range.toKey);
  const first = parseIsoDate(from);
  const last = parseIsoDate(to);
  const monthsFrom =
    first.day === 1
      ? from
      : addDays(formatIsoDate({ ...first, day: daysInMonth(first.year, first.month) }), 1);
  const monthsTo =
    last.day === daysInMonth(last.year, last.month)
      ? to
      : addDays(formatIsoDate({ ...last, day: 1 }), -1);
  if (monthsFrom > monthsTo) return { days: [range] };
  const piece = (fromIso: string, toIso: string) => ({
    name: range.name,
    fromKey: dateKey(fromIso),
    toKey: dateKey(toIso),
  });
  return {
    months: piece(monthsFrom, monthsTo),
    days: [
      ...(from < monthsFrom ? [piece(from, addDays(monthsFrom, -1))] : []),
      ...(monthsTo < to ? [piece(addDays(monthsTo, 1), to)] : []),
    ],
  };
}

/**
 * The coarsest path that holds every dimension, filter and option asked for: the monthly rollup
 * (when `monthly` says the grain and days allow it), the daily rollup, the facts. A forced source is
 * taken or refused.
 */
function choosePath(
  kpi: KpiDefinition,
  needed: readonly Dimension[],
  request: KpiRequest,
  monthly: boolean,
): [MetricSource, KpiPath] {
  const holds = (path: KpiPath) => needed.every((d) => d in SOURCES[path.source].dimensions);
  const allowed = (source: MetricSource) => !request.source || request.source === source;
  const { rollup, facts } = kpi;
  if (rollup && holds(rollup) && (rollup.answers?.(request.options) ?? true)) {
    const monthlyId = MONTHLY_OF[rollup.source];
    const monthlyPath = monthlyId && { ...rollup, source: monthlyId };
    if (allowed(MetricSource.MONTHLY_ROLLUP) && monthly && monthlyPath && holds(monthlyPath))
      return [MetricSource.MONTHLY_ROLLUP, monthlyPath];
    if (allowed(MetricSource.ROLLUP)) return [MetricSource.ROLLUP, rollup];
  }
  if (allowed(MetricSource.FACTS) && facts && holds(facts)) return [MetricSource.FACTS, facts];
  throw new BadRequestException(
    request.source
      ? `KPI ${kpi.id} cannot be answered from ${request.source} with these dimensions and options${
          request.source === MetricSource.MONTHLY_ROLLUP
            ? ' (it needs whole months at grain MONTH, QUARTER or YEAR)'
            : ''
        }`
      : `KPI ${kpi.id} cannot be answered with ${needed.join(', ')}`,
  );
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

export function keyRange(name: string, period: Period): DateKeyRange {
  return { name, fromKey: dateKey(period.from), toKey: dateKey(period.to) };
}

/** The period of the same number of days that ends the day before this one starts. */
export function previousPeriod({ from, to }: Period): Period {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return { from: addDays(from, -days), to: addDays(from, -1) };
}

/** The same calendar dates a year earlier; 29 February, which last year lacks, becomes the 28th. */
export function oneYearEarlier({ from, to }: Period): Period {
  const shift = (iso: string) => {
    const { year, month, day } = parseIsoDate(iso);
    return formatIsoDate({
      year: year - 1,
      month,
      day: Math.min(day, daysInMonth(year - 1, month)),
    });
  };
  return { from: shift(from), to: shift(to) };
}
