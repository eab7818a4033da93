import { BOOKING_KPIS } from './bookings';
import { CAPACITY_KPIS } from './booking-capacity';
import { CALL_KPIS } from './calls';
import { CHANNEL_KPIS } from './channels';
import type { KpiDefinition } from './kpi-definition';
import { SELF_SERVICE_KPIS } from './self-service';
import { VISIT_KPIS } from './visits';

/**
 * The KPI catalogue (docs KPIS.md): every KPI defined once, as a numerator and an optional
 * denominator that are SQL aggregates over ONE source table. Because both are sums, any grain or
 * dimension re-aggregates them exactly: a mean or a rate is always Σ numerator ÷ Σ denominator over
 * the rows of its cell, never an average of averages.
 *
 * Event and capacity KPIs (visits, calls, bookings, booking capacity) are defined twice, over a
 * mart rollup and over the facts it is built from. The repository answers from the rollup whenever
 * the rollup holds every dimension, filter and option asked for (aggregate awareness), and from the
 * facts otherwise: an hour of the day, or a service-level threshold between two queue-time
 * buckets, is then still exact. A daily
 * rollup with a monthly twin (MONTHLY_OF) is read at the monthly level when the request is by month,
 * quarter or year over whole months and needs nothing the month does not keep.
 */

/** Every KPI, in the order the API lists them: by source family, then as each family lists them. */
export const KPI_CATALOGUE: readonly KpiDefinition[] = [
  ...VISIT_KPIS,
  ...CALL_KPIS,
  ...BOOKING_KPIS,
  ...CAPACITY_KPIS,
  ...SELF_SERVICE_KPIS,
  ...CHANNEL_KPIS,
];

export const KPI_IDS = KPI_CATALOGUE.map((kpi) => kpi.id);

export function findKpi(id: string): KpiDefinition | undefined {
  return KPI_CATALOGUE.find((kpi) => kpi.id === id);
}
