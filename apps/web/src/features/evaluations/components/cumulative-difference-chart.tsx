import { useMemo } from 'react';
import {
  TimeSeriesChart,
  TimeSeriesLegend,
  type LineSeries,
} from '../../../components/charts/time-series-chart';
import { ChartCard } from '../../../components/ui/chart-card';
import { OKABE_ITO } from '../../../lib/colors';
import type { TableData } from '../../../lib/export/table-data';
import { formatMonth, formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useEvaluation, type EvaluationParams } from '../api/get-evaluation';
import { cumulativePoints, scaleSeries, valueScale, valuesNote } from '../utils/evaluation-series';
import { evaluationCardStatus } from '../utils/evaluation-card-status';

/** Observed − counterfactual summed month by month since go-live: the effect so far, in total. */
export function CumulativeDifferenceChart({ params }: { params: EvaluationParams | undefined }) {
  const { t, language } = useI18n();
  const query = useEvaluation(params);
  const evaluation = query.data?.evaluation;
  const status = evaluationCardStatus(
    query,
    params !== undefined,
    (e) => cumulativePoints(e.series).length > 0,
  );

  const chart = useMemo(() => {
    if (!evaluation) return undefined;
    const scale = valueScale(evaluation);
    const series = scaleSeries(evaluation.series, scale.factor);
    const note = valuesNote(scale, t);
    const points = cumulativePoints(series);
    const metric = language === 'da' ? evaluation.metricLabelDa : evaluation.metricLabelEn;
    const lines: LineSeries[] = [
      {
        key: 'cumulative',
        label: t('booking.cumulative.line'),
        color: OKABE_ITO.bluishGreen,
        points: points.map((p) => ({ period: p.period, value: p.cumulative })),
      },
    ];
    const table: TableData = {
      caption: t('booking.cumulative.caption', { metric }),
      fileName: `kanalindsigt-tidsbestilling-${evaluation.id}-kumuleret-${evaluation.municipalityCode}`,
      columns: [
        { key: 'period', header: t('booking.month'), kind: 'month' },
        { key: 'difference', header: t('booking.cumulative.difference'), kind: 'number' },
        { key: 'cumulative', header: t('booking.cumulative.line'), kind: 'number' },
      ],
      rows: points.map((p) => ({ ...p })),
    };
    return { metric, lines, table, last: points.at(-1), note };
  }, [evaluation, language, t]);

  return (
    <ChartCard
      testId="evaluation-cumulative"
      title={t('booking.cumulative.title')}
      description={
        <p>
          {chart?.last
            ? t('booking.cumulative.description', {
                metric: chart.metric,
                month: formatMonth(chart.last.period, language, 'long'),
                value: formatNumber(chart.last.cumulative, language),
              })
            : t('booking.cumulative.descriptionShort')}
          {chart && ` ${chart.note}`}
        </p>
      }
      status={status}
      error={query.error}
      emptyMessage={
        evaluation?.error
          ? t('booking.notFitted', { error: evaluation.error })
          : t('booking.cumulative.empty')
      }
      onRetry={() => void query.refetch()}
      isUpdating={query.isFetching && !query.isPending}
      table={chart?.table}
    >
      {chart && (
        <figure className="chart-figure">
          <TimeSeriesChart
            lines={chart.lines}
            formatValue={(value) => formatNumber(value, language)}
            label={t('booking.cumulative.figureLabel', { metric: chart.metric })}
            height={260}
          />
          <figcaption className="chart-legend">
            <TimeSeriesLegend lines={chart.lines} />
          </figcaption>
        </figure>
      )}
    </ChartCard>
  );
}
