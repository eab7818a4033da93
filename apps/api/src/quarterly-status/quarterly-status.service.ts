import { Injectable } from '@nestjs/common';
import { parseQuarter, quarterDates, quartersEndingWith } from '@kanalindsigt/calendar/quarter';
import { DEFAULT_KPI_OPTIONS, Grain } from '../metrics/kpis/kpi-types';
import { kpiInfo, kpisAt, MetricsService } from '../metrics/metrics.service';
import type { Period } from '../metrics/query-plan';
import type { MetricValue } from '../metrics/models/metric.model';
import type { Target } from '../targets/models/target.model';
import { targetsInForce } from '../targets/targets.service';
import type { QuarterlyStatusArgs } from './dto/quarterly-status.args';
import {
  type QuarterlyStatus,
  StatusChannel,
  type StatusTile,
  TargetStatus,
} from './models/quarterly-status.model';

/** The tiles of the report, per channel; every one read from a rollup so the report stays fast. */
const TILES: readonly [StatusChannel, string][] = [
  [StatusChannel.IN_PERSON, 'visits'],
  [StatusChannel.IN_PERSON, 'mean_wait'],
  [StatusChannel.IN_PERSON, 'walk_in_share'],
  [StatusChannel.PHONE, 'calls_offered'],
  [StatusChannel.PHONE, 'answer_rate'],
  [StatusChannel.PHONE, 'service_level'],
  [StatusChannel.DIGITAL, 'digital_take_up'],
  [StatusChannel.DIGITAL, 'digital_share'],
  [StatusChannel.BOOKING, 'bookings'],
  [StatusChannel.BOOKING, 'booking_no_show_rate'],
  [StatusChannel.BOOKING, 'slot_utilisation'],
];

const SPARKLINE_QUARTERS = 8;

@Injectable()
export class QuarterlyStatusService {
  constructor(private readonly metrics: MetricsService) {}

  async quarterlyStatus(args: QuarterlyStatusArgs): Promise<QuarterlyStatus> {
    const quarters = quartersEndingWith(args.quarter, SPARKLINE_QUARTERS);
    const window = {
      from: quarterPeriod(quarters[0] as string).from,
      to: quarterPeriod(args.quarter).to,
    };
    const current = quarterPeriod(args.quarter);
    const kpis = kpisAt(
      TILES.map(([, id]) => id),
      Grain.QUARTER,
    );
    const codes = [args.municipalityCode];
    // One series statement over the rollups' 8 quarters holds the quarter, the one before and the
    // same quarter last year.
    const [sums, { targets, annotations }] = await Promise.all([
      this.metrics.compute(
        { kpis, municipalityCodes: codes, options: DEFAULT_KPI_OPTIONS, filters: {} },
        { period: window, grain: Grain.QUARTER },
        [],
      ),
      this.metrics.context(
        codes,
        kpis.map((kpi) => kpi.id),
        window,
      ),
    ]);
    const tiles = TILES.map(([channel, id], i): StatusTile => {
      const kpi = kpis[i] as (typeof kpis)[number];
      const result = sums.get(id);
      const byQuarter = new Map(result?.series.map((p) => [p.period, p]));
      const at = (quarter: string): MetricValue => {
        const point = byQuarter.get(quarter);
        if (point)
          return { value: point.value, numerator: point.numerator, denominator: point.denominator };
        const isCount = !kpi.rollup?.denominator;
        return { value: isCount ? 0 : null, numerator: 0, denominator: isCount ? null : 0 };
      };
      const value = at(args.quarter);
      const previousQuarter = at(quarters[SPARKLINE_QUARTERS - 2] as string);
      const sameQuarterLastYear = at(quarters[SPARKLINE_QUARTERS - 5] as string);
      const inForce = targetsInForce(targets, args.municipalityCode, id, current.to);
      return {
        channel,
        kpi: kpiInfo(kpi),
        current: value,
        previousQuarter,
        sameQuarterLastYear,
        deltaPreviousQuarter: delta(value, previousQuarter),
        deltaSameQuarterLastYear: delta(value, sameQuarterLastYear),
        status: status(value.value, inForce),
        targets: inForce,
        sparkline: quarters.map((quarter) => ({ quarter, ...at(quarter) })),
      };
    });
    return {
      municipalityCode: args.municipalityCode,
      quarter: args.quarter,
      ...current,
      tiles,
      annotations,
    };
  }
}

function delta(a: MetricValue, b: MetricValue): number | null {
  return a.value === null || b.value === null ? null : a.value - b.value;
}

/** Met when the value keeps every target in force (max: at or below, min: at or above). */
export function status(value: number | null, targets: readonly Target[]): TargetStatus {
  if (targets.length === 0) return TargetStatus.NO_TARGET;
  if (value === null) return TargetStatus.NO_DATA;
  const met = targets.every((t) => (t.comparator === 'max' ? value <= t.value : value >= t.value));
  return met ? TargetStatus.MET : TargetStatus.NOT_MET;
}

/** "2025-Q3" → 1 July–30 September 2025. */
export function quarterPeriod(quarter: string): Period {
  return quarterDates(parseQuarter(quarter));
}
