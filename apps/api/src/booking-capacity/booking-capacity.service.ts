import { Injectable } from '@nestjs/common';
import type { ViewPeriodArgs } from '../metrics/dto/view.args';
import { DEFAULT_KPI_OPTIONS } from '../metrics/kpis/kpi-types';
import { kpisAt, MetricsService } from '../metrics/metrics.service';
import { keyRange } from '../metrics/query-plan';
import type { MetricValue } from '../metrics/models/metric.model';
import type { BookingCapacity, CapacityPoint } from './models/booking-capacity.model';

/** Each field of a point and the KPI it is read from. */
const FIELDS = {
  offeredMinutes: 'offered_slot_minutes',
  bookedMinutes: 'booked_slot_minutes',
  attendedMinutes: 'attended_slot_minutes',
  noShowMinutes: 'idle_no_show_minutes',
  idleUnbookedMinutes: 'idle_unbooked_minutes',
  idleMinutes: 'idle_minutes',
  utilisation: 'slot_utilisation',
} as const;
const KPI_IDS = Object.values(FIELDS);

@Injectable()
export class BookingCapacityService {
  constructor(private readonly metrics: MetricsService) {}

  async bookingCapacity(args: ViewPeriodArgs): Promise<BookingCapacity> {
    const kpis = kpisAt(KPI_IDS, args.grain);
    const codes = [args.municipalityCode];
    const [sums, { targets, annotations }] = await Promise.all([
      this.metrics.compute(
        { kpis, municipalityCodes: codes, options: DEFAULT_KPI_OPTIONS, filters: {} },
        { period: args, grain: args.grain },
        [keyRange('current', args)],
      ),
      this.metrics.context(codes, KPI_IDS, args),
    ]);
    const point = (period: string | null, valueOf: (id: string) => MetricValue | undefined) =>
      Object.fromEntries([
        ['period', period],
        ...Object.entries(FIELDS).map(([field, id]) => [field, valueOf(id)?.value ?? null]),
      ]) as CapacityPoint;
    // Every KPI reads the same rows of the same query, so the i-th points belong together.
    const periods = sums.get(FIELDS.offeredMinutes)?.series ?? [];
    return {
      municipalityCode: args.municipalityCode,
      from: args.from,
      to: args.to,
      grain: args.grain,
      series: periods.map((row, i) => point(row.period, (id) => sums.get(id)?.series[i])),
      total: point(null, (id) => sums.get(id)?.totals.get('current')),
      targets,
      annotations,
    };
  }
}
