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
import {
  Dimension,
  findKpi,
  type Grain,
  type KpiDefinition,
  type KpiOptions,
  type KpiPath,
  MetricSource,
  SOURCES,
  type SourceId,
  UNIT_SCALE,
} from './kpi-catalogue';
import {
  type DateKeyRange,
  type Filters,
  MetricsRepository,
  type SumsRow,
  type TotalsRow,
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
  /** Force one path; by default the rollup where it can answer and the facts otherwise. */
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

/** One KPI's answer: which path, its series (cells and totals) and its totals per named range. */
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
   * The KPIs' series (when asked) and totals over named ranges: one series and one totals query
   * per source read, whatever the number of KPIs read from it.
   */
  async compute(
    request: KpiRequest,
    series: SeriesRequest | undefined,
    ranges: readonly DateKeyRange[],
  ): Promise<Map<string, KpiSums>> {
    const needed = [series?.dimension, ...(Object.keys(request.filters) as Dimension[])].filter(
      (d): d is Dimension => d !== undefined,
    );
    const groups = new Map<SourceId, { source: MetricSource; kpis: KpiDefinition[] }>();
    for (const kpi of request.kpis) {
      const [source, path] = choosePath(kpi, needed, request);
      const group = groups.get(path.source) ?? { source, kpis: [] };
      group.kpis.push(kpi);
      groups.set(path.source, group);
    }
    const results = new Map<string, KpiSums>();
    await Promise.all(
      [...groups].map(async ([sourceId, group]) => {
        const query = {
          sourceId,
          kpis: group.kpis.map((kpi) => pathOf(kpi, group.source)),
          options: request.options,
          municipalityCodes: request.municipalityCodes,
          filters: request.filters,
        };
        const [seriesRows, totalRows] = await Promise.all([
          series
            ? this.repository.series(
                query,
                keyRange('series', series.period),
                series.grain,
                series.dimension,
              )
            : Promise.resolve([]),
          ranges.length ? this.repository.totals(query, ranges) : Promise.resolve([]),
        ]);
        group.kpis.forEach((kpi, i) =>
          results.set(kpi.id, {
            kpi,
            source: group.source,
            series: seriesRows.map((row) => ({
              period: row.period,
              dimensionValue: row.dimension_value,
              kind: row.kind,
              ...metricValue(kpi, row, i),
            })),
            totals: new Map(
              totalRows.map((row: TotalsRow) => [row.name, metricValue(kpi, row, i)]),
            ),
          }),
        );
      }),
    );
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

/** The rollup when it holds every dimension, filter and option asked for; the facts otherwise. */
function choosePath(
  kpi: KpiDefinition,
  needed: readonly Dimension[],
  request: KpiRequest,
): [MetricSource, KpiPath] {
  const holds = (path: KpiPath) => needed.every((d) => d in SOURCES[path.source].dimensions);
  const { rollup, facts } = kpi;
  if (
    request.source !== MetricSource.FACTS &&
    rollup &&
    holds(rollup) &&
    (rollup.answers?.(request.options) ?? true)
  )
    return [MetricSource.ROLLUP, rollup];
  if (request.source !== MetricSource.ROLLUP && facts && holds(facts))
    return [MetricSource.FACTS, facts];
  throw new BadRequestException(
    request.source
      ? `KPI ${kpi.id} cannot be answered from ${request.source} with these dimensions and options`
      : `KPI ${kpi.id} cannot be answered with ${needed.join(', ')}`,
  );
}

function pathOf(kpi: KpiDefinition, source: MetricSource): KpiPath {
  return (source === MetricSource.ROLLUP ? kpi.rollup : kpi.facts) as KpiPath;
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
