import { lazy, Suspense, useMemo } from 'react';
import type { TimeAnnotation } from '../../../components/charts/time-series-chart';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import type { TableData } from '../../../lib/export/table-data';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { monthsInRange } from '../../../lib/period';
import { useVisitsByServiceMonth } from '../api/get-visits-by-service-month';
import type { VisitsQueryParams } from '../api/visits-query-params';
import { stackTopServices } from '../utils/stack-top-services';
import { LAST_YEAR_COLOR } from './service-bar-chart-style';

const ServiceBarChart = lazy(async () => ({
  default: (await import('./service-bar-chart')).ServiceBarChart,
}));

/**
 * Visits per month stacked by service: the six largest services and "other".
 * The card offers the same numbers as a table and as downloads.
 */
type VisitsByServiceChartProps = {
  params: VisitsQueryParams | undefined;
  /** The same dates a year earlier: its monthly totals are drawn as a dashed line. */
  comparison?: VisitsQueryParams;
  annotations?: readonly TimeAnnotation[];
};

export function VisitsByServiceChart({
  params,
  comparison,
  annotations = [],
}: VisitsByServiceChartProps) {
  const { t, language } = useI18n();
  const query = useVisitsByServiceMonth(params);
  const result = query.data;
  const lastYear = useVisitsByServiceMonth(comparison).data;
  // Last year's total per month, keyed by the month it is compared with.
  const lastYearTotals = useMemo(() => {
    if (!comparison || !lastYear || lastYear.params !== comparison) return undefined;
    const totals = new Map<string, number>();
    for (const row of lastYear.visits) {
      const month = `${Number(row.month.slice(0, 4)) + 1}${row.month.slice(4)}`;
      totals.set(month, (totals.get(month) ?? 0) + row.visits);
    }
    return totals;
  }, [comparison, lastYear]);
  const otherLabel = t('visitsChart.other');
  const stacked = useMemo(
    () =>
      result
        ? stackTopServices(result.visits, monthsInRange(result.params), language, otherLabel)
        : undefined,
    [result, language, otherLabel],
  );

  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!params || !stacked) status = 'loading';
  else if (stacked.total === 0) status = 'empty';
  else status = 'ready';

  const range = result && {
    from: formatDate(result.params.from, language),
    to: formatDate(result.params.to, language),
  };

  const table = useMemo<TableData | undefined>(
    () =>
      stacked && result
        ? {
            caption: t('visitsChart.tableCaption', {
              from: formatDate(result.params.from, language),
              to: formatDate(result.params.to, language),
            }),
            fileName: `fremmoede-pr-ydelse-${result.params.municipalityCode}-${result.params.from}-${result.params.to}`,
            columns: [
              { key: 'month', header: t('visitsChart.month'), kind: 'month' },
              ...stacked.series.map((s) => ({
                key: s.key,
                header: s.label,
                kind: 'integer' as const,
              })),
              { key: 'total', header: t('visitsChart.total'), kind: 'integer' },
              ...(lastYearTotals
                ? [{ key: 'lastYear', header: t('visitsChart.lastYear'), kind: 'integer' as const }]
                : []),
            ],
            rows: stacked.rows.map((row) => ({
              ...Object.fromEntries(stacked.series.map((s) => [s.key, Number(row[s.key] ?? 0)])),
              month: row.month,
              total: row.total,
              ...(lastYearTotals ? { lastYear: lastYearTotals.get(row.month) ?? 0 } : {}),
            })),
          }
        : undefined,
    [stacked, result, t, language, lastYearTotals],
  );

  return (
    <ChartCard
      testId="visits-by-service-chart"
      title={t('visitsChart.title')}
      description={<p>{t('visitsChart.description')}</p>}
      status={status}
      error={query.error}
      emptyMessage={t('visitsChart.empty')}
      onRetry={() => void query.refetch()}
      isUpdating={query.isFetching && !query.isPending}
      table={table}
    >
      {stacked && range && (
        <figure className="chart-figure">
          <Suspense
            fallback={
              <div className="chart-plot chart-plot--loading" role="status">
                {t('state.loading')}
              </div>
            }
          >
            <ServiceBarChart
              rows={stacked.rows}
              series={stacked.series}
              language={language}
              totalLabel={t('visitsChart.total')}
              label={t('visitsChart.figureLabel', range)}
              lastYear={
                lastYearTotals && { label: t('visitsChart.lastYear'), totals: lastYearTotals }
              }
              annotations={annotations}
            />
          </Suspense>

          <figcaption className="chart-legend">
            <ul className="chart-legend__items">
              {stacked.series.map((s) => (
                <li key={s.key} className="chart-legend__item">
                  <span
                    className="swatch"
                    style={{ backgroundColor: s.color }}
                    aria-hidden="true"
                  />
                  {s.label}
                </li>
              ))}
              {lastYearTotals && (
                <li className="chart-legend__item">
                  <svg width="28" height="10" aria-hidden="true">
                    <line
                      x1="0"
                      y1="5"
                      x2="28"
                      y2="5"
                      stroke={LAST_YEAR_COLOR}
                      strokeWidth="3"
                      strokeDasharray="6 4"
                    />
                  </svg>
                  {t('visitsChart.lastYear')}
                </li>
              )}
            </ul>
          </figcaption>
        </figure>
      )}
    </ChartCard>
  );
}
