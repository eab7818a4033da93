import { BadRequestException } from '@nestjs/common';
import {
  addDays,
  dateKey,
  daysInMonth,
  formatIsoDate,
  isoFromDateKey,
  parseIsoDate,
} from '@kanalindsigt/calendar/local-date';
import type { KpiDefinition, KpiPath } from './kpis/kpi-definition';
import { type Dimension, Grain, type KpiOptions, MetricSource } from './kpis/kpi-types';
import { MONTHLY_OF, SOURCES, SUMS_SPLIT_BY_MONTH, type SourceId } from './kpis/sources';
import type { DateKeyRange, Filters } from './metrics.repository';

/**
 * Query planning of the metrics layer, pure: which path answers a KPI (aggregate awareness), how
 * a range is cut into whole months and days, which KPIs share a statement, and the comparison
 * periods. The service runs the plan; repositories that read the monthly rollups use the cuts.
 */

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

const MONTHLY_GRAINS: readonly Grain[] = [Grain.MONTH, Grain.QUARTER, Grain.YEAR];

/** A range of whole calendar months: what the monthly rollups can sum exactly. */
export function isWholeMonths({ fromKey, toKey }: DateKeyRange): boolean {
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
export class PathGroups {
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

/** The series' path: the monthly rollup only by month, quarter or year over whole months. */
export function seriesPath(
  kpi: KpiDefinition,
  needed: readonly Dimension[],
  request: KpiRequest,
  grain: Grain,
  range: DateKeyRange,
): [MetricSource, KpiPath] {
  return choosePath(kpi, needed, request, MONTHLY_GRAINS.includes(grain) && isWholeMonths(range));
}

/**
 * The totals' path: the monthly rollup when every range is whole months, or when the KPI is a plain
 * sum that whole months and days can be added up from; otherwise what the days allow.
 */
export function totalsPath(
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
  const from = isoFromDateKey(range.fromKey);
  const to = isoFromDateKey(range.toKey);
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
export function choosePath(
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
