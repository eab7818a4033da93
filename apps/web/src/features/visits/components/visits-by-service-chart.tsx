import { lazy, Suspense, useMemo } from 'react';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import type { TableData } from '../../../lib/export/table-data';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { monthsInRange } from '../../../lib/period';
import { useVisitsByServiceMonth } from '../api/get-visits-by-service-month';
import type { VisitsQueryParams } from '../api/visits-query-params';
import { stackTopServices } from '../utils/stack-top-services';

const ServiceBarChart = lazy(async () => ({
  default: (await import('./service-bar-chart')).ServiceBarChart,
}));

/**
 * Visits per month stacked by service: the six largest services and "other".
 * The card offers the same numbers as a table and as downloads.
 */
export function VisitsByServiceChart({ params }: { params: VisitsQueryParams | undefined }) {
  const { t, language } = useI18n();
  const query = useVisitsByServiceMonth(params);
  const result = query.data;
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
            ],
            rows: stacked.rows.map((row) => ({
              ...Object.fromEntries(stacked.series.map((s) => [s.key, Number(row[s.key] ?? 0)])),
              month: row.month,
              total: row.total,
            })),
          }
        : undefined,
    [stacked, result, t, language],
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
            </ul>
          </figcaption>
        </figure>
      )}
    </ChartCard>
  );
}
