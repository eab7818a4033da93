import { BadRequestException, Injectable } from '@nestjs/common';
import {
  addDays,
  dateKey,
  daysInMonth,
  formatIsoDate,
  parseIsoDate,
} from '@kanalindsigt/calendar/local-date';
import type { MetricsArgs } from './dto/metrics.args';
import { findKpi, type KpiDefinition, KpiUnit, type RollupId } from './kpi-catalogue';
import { type DateKeyRange, MetricsRepository, type SumsRow } from './metrics.repository';
import type { Metric, MetricValue } from './models/metric.model';

interface Period {
  from: string;
  to: string;
}

@Injectable()
export class MetricsService {
  constructor(private readonly repository: MetricsRepository) {}

  async metrics(args: MetricsArgs): Promise<Metric[]> {
    const kpis = checkRequest(args);
    const previous = previousPeriod(args);
    const lastYear = { from: oneYearEarlier(args.from), to: oneYearEarlier(args.to) };
    const current = keyRange('current', args);
    const ranges: DateKeyRange[] = [
      current,
      keyRange('previous', previous),
      keyRange('lastYear', lastYear),
    ];
    const byRollup = new Map<RollupId, KpiDefinition[]>();
    for (const kpi of kpis) byRollup.set(kpi.rollup, [...(byRollup.get(kpi.rollup) ?? []), kpi]);

    // One series and one totals query per rollup, whatever the number of KPIs read from it.
    const results = new Map<string, Metric>();
    await Promise.all(
      [...byRollup].map(async ([rollupId, group]) => {
        const [seriesRows, totalRows] = await Promise.all([
          this.repository.series(
            rollupId,
            group,
            args,
            args.municipalityCode,
            current,
            args.grain,
            args.dimension,
          ),
          this.repository.totals(rollupId, group, args, args.municipalityCode, ranges),
        ]);
        const total = (name: string) => {
          const row = totalRows.find((r) => r.period === name);
          if (!row) throw new Error(`no totals row for ${name}`);
          return row;
        };
        group.forEach((kpi, i) =>
          results.set(kpi.id, {
            kpi: {
              id: kpi.id,
              labelDa: kpi.labelDa,
              labelEn: kpi.labelEn,
              descriptionDa: kpi.descriptionDa,
              descriptionEn: kpi.descriptionEn,
              unit: kpi.unit,
              definitionVersion: kpi.definitionVersion,
              grains: [...kpi.grains],
              dimensions: [...kpi.dimensions],
            },
            series: seriesRows.map((row) => ({
              period: row.period,
              dimensionValue: row.dimension_value,
              ...metricValue(kpi, row, i),
            })),
            total: metricValue(kpi, total('current'), i),
            previousPeriod: { ...previous, ...metricValue(kpi, total('previous'), i) },
            samePeriodLastYear: { ...lastYear, ...metricValue(kpi, total('lastYear'), i) },
          }),
        );
      }),
    );
    return kpis.map((kpi) => results.get(kpi.id) as Metric);
  }
}

/**
 * The rules that need more than one argument (class-validator checks each argument alone).
 * Returns the catalogue entries of the KPIs asked for, in the order asked.
 */
export function checkRequest(args: MetricsArgs): KpiDefinition[] {
  if (args.from > args.to)
    throw new BadRequestException(`from (${args.from}) is after to (${args.to})`);
  return args.kpis.map((id) => {
    const kpi = findKpi(id);
    if (!kpi) throw new BadRequestException(`unknown KPI ${id}`);
    if (!kpi.grains.includes(args.grain))
      throw new BadRequestException(`KPI ${id} cannot be asked at grain ${args.grain}`);
    if (args.dimension && !kpi.dimensions.includes(args.dimension))
      throw new BadRequestException(
        `KPI ${id} cannot be split by ${args.dimension}; it allows ${kpi.dimensions.join(', ')}`,
      );
    return kpi;
  });
}

function metricValue(kpi: KpiDefinition, row: SumsRow, index: number): MetricValue {
  // The repository returns one sum per KPI asked for, so the index is always present.
  const numerator = row.numerators[index] ?? 0;
  const denominator = row.denominators[index] ?? null;
  if (!kpi.denominator) return { value: numerator, numerator, denominator: null };
  const scale = kpi.unit === KpiUnit.PERCENT ? 100 : 1;
  return {
    value: denominator ? (scale * numerator) / denominator : null,
    numerator,
    denominator,
  };
}

function keyRange(name: string, period: Period): DateKeyRange {
  return { name, fromKey: dateKey(period.from), toKey: dateKey(period.to) };
}

/** The period of the same number of days that ends the day before this one starts. */
function previousPeriod({ from, to }: Period): Period {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return { from: addDays(from, -days), to: addDays(from, -1) };
}

/** The same calendar date a year earlier; 29 February, which last year lacks, becomes the 28th. */
function oneYearEarlier(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return formatIsoDate({ year: year - 1, month, day: Math.min(day, daysInMonth(year - 1, month)) });
}
