import { lazy, Suspense } from 'react';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import { useI18n } from '../../../lib/i18n';
import type { CardView } from '../utils/exclusion-view';
import { ExclusionNotes } from './suppression-notes';

const ExclusionBarChart = lazy(async () => ({
  default: (await import('./exclusion-bar-chart')).ExclusionBarChart,
}));

type ExclusionChartCardProps = {
  testId: string;
  title: string;
  description: string;
  emptyMessage: string;
  figureLabel: string;
  view: CardView | undefined;
  query: {
    isError: boolean;
    error: unknown;
    isFetching: boolean;
    isPending: boolean;
    refetch: () => unknown;
  };
  threshold: number | null;
  fractionDigits: number;
  unit?: string;
  /** Few bars: write each value above its bar. */
  single?: boolean;
  notes?: readonly string[];
};

/** One card of the view: a bar chart with its legend, the notes on hidden numbers and the table. */
export function ExclusionChartCard({
  testId,
  title,
  description,
  emptyMessage,
  figureLabel,
  view,
  query,
  threshold,
  fractionDigits,
  unit,
  single = false,
  notes,
}: ExclusionChartCardProps) {
  const { t, language } = useI18n();
  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!view) status = 'loading';
  else if (view.isEmpty && !view.hasHidden) status = 'empty';
  else status = 'ready';

  return (
    <ChartCard
      testId={testId}
      title={title}
      description={<p>{description}</p>}
      status={status}
      error={query.error}
      emptyMessage={emptyMessage}
      onRetry={() => void query.refetch()}
      isUpdating={query.isFetching && !query.isPending}
      table={view?.table}
    >
      {view && (
        <figure className="chart-figure">
          <Suspense
            fallback={
              <div className="chart-plot chart-plot--loading" role="status">
                {t('state.loading')}
              </div>
            }
          >
            <ExclusionBarChart
              groups={view.groups}
              series={view.series}
              language={language}
              fractionDigits={fractionDigits}
              unit={unit}
              labelAll={single}
              label={figureLabel}
            />
          </Suspense>
          <figcaption className="chart-legend">
            {view.series.length > 1 && (
              <p className="inclusion-legend__intro">{t('inclusion.legend')}</p>
            )}
            <ul className="chart-legend__items">
              {view.series.map((s) => (
                <li key={s.key} className="chart-legend__item">
                  <span
                    className={s.hatched ? 'swatch inclusion-swatch--hatched' : 'swatch'}
                    style={{ backgroundColor: s.color }}
                    aria-hidden="true"
                  />
                  {s.label}
                </li>
              ))}
            </ul>
            <ExclusionNotes hasHidden={view.hasHidden} threshold={threshold} notes={notes} />
          </figcaption>
        </figure>
      )}
    </ChartCard>
  );
}
