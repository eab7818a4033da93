import { OTHER_COLOR, SERIES_COLORS } from '../../../lib/colors';
import type { Language } from '../../../lib/format';
import type { ServiceMonthVisits } from '../api/get-visits-by-service-month';

export const TOP_SERVICES = 6;
export const OTHER_KEY = 'other';

export type ServiceSeries = {
  /** Chart data key: 's0' … 's5' or 'other' (service codes could contain dots, which recharts reads as paths). */
  key: string;
  /** The service code, or null for "other". */
  serviceCode: string | null;
  label: string;
  color: string;
  total: number;
};

export type StackedMonth = { month: string; total: number } & Record<string, number | string>;

export type StackedServices = { series: ServiceSeries[]; rows: StackedMonth[]; total: number };

/**
 * Pivots visits to one row per month with one column per service: the `top` services with the
 * most visits in the whole range get their own column, every other service is summed into "other".
 * `months` lists the months to show (months without rows become zeros).
 */
export function stackTopServices(
  visits: readonly ServiceMonthVisits[],
  months: readonly string[],
  language: Language,
  otherLabel: string,
  top = TOP_SERVICES,
): StackedServices {
  const services = new Map<string, { name: string; total: number }>();
  for (const row of visits) {
    const name = language === 'da' ? row.serviceNameDa : row.serviceNameEn || row.serviceNameDa;
    const service = services.get(row.serviceCode) ?? { name, total: 0 };
    service.total += row.visits;
    services.set(row.serviceCode, service);
  }

  const ranked = [...services.entries()].sort(
    ([codeA, a], [codeB, b]) => b.total - a.total || codeA.localeCompare(codeB),
  );
  const hasOther = ranked.length > top;
  const series: ServiceSeries[] = ranked.slice(0, top).map(([code, service], index) => ({
    key: `s${index}`,
    serviceCode: code,
    label: service.name,
    color: SERIES_COLORS[index % SERIES_COLORS.length] ?? OTHER_COLOR,
    total: service.total,
  }));
  if (hasOther) {
    series.push({
      key: OTHER_KEY,
      serviceCode: null,
      label: otherLabel,
      color: OTHER_COLOR,
      total: ranked.slice(top).reduce((sum, [, service]) => sum + service.total, 0),
    });
  }
  const keyOf = new Map(series.map((s) => [s.serviceCode, s.key]));

  const byMonth = new Map<string, StackedMonth>();
  const emptyRow = (month: string): StackedMonth => {
    const row: StackedMonth = { month, total: 0 };
    for (const s of series) row[s.key] = 0;
    return row;
  };
  for (const month of months) byMonth.set(month, emptyRow(month));
  for (const row of visits) {
    const stacked = byMonth.get(row.month) ?? emptyRow(row.month);
    const key = keyOf.get(row.serviceCode) ?? OTHER_KEY;
    stacked[key] = Number(stacked[key] ?? 0) + row.visits;
    stacked.total += row.visits;
    byMonth.set(row.month, stacked);
  }

  const rows = [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
  return { series, rows, total: rows.reduce((sum, row) => sum + row.total, 0) };
}
