import { lazy, Suspense, useId, useMemo } from 'react';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import { formatDate, formatInteger, formatMonth } from '../../../lib/format';
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
 * Below the chart a disclosure holds the same numbers as a table.
 */
export function VisitsByServiceChart({ params }: { params: VisitsQueryParams | undefined }) {
  const { t, language } = useI18n();
  const captionId = useId();
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

          <details className="data-table">
            <summary className="data-table__summary">{t('visitsChart.showTable')}</summary>
            <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
              <table className="numbers-table">
                <caption id={captionId}>{t('visitsChart.tableCaption', range)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('visitsChart.month')}</th>
                    {stacked.series.map((s) => (
                      <th key={s.key} scope="col">
                        {s.label}
                      </th>
                    ))}
                    <th scope="col">{t('visitsChart.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {stacked.rows.map((row) => (
                    <tr key={row.month}>
                      <th scope="row">{formatMonth(row.month, language, 'long')}</th>
                      {stacked.series.map((s) => (
                        <td key={s.key}>{formatInteger(Number(row[s.key] ?? 0), language)}</td>
                      ))}
                      <td>{formatInteger(row.total, language)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('visitsChart.total')}</th>
                    {stacked.series.map((s) => (
                      <td key={s.key}>{formatInteger(s.total, language)}</td>
                    ))}
                    <td>{formatInteger(stacked.total, language)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </details>
        </figure>
      )}
    </ChartCard>
  );
}
