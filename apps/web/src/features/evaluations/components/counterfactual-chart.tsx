import { useMemo } from 'react';
import {
  TimeSeriesChart,
  TimeSeriesLegend,
  type BandSeries,
  type LineSeries,
  type TimeAnnotation,
} from '../../../components/charts/time-series-chart';
import { ChartCard } from '../../../components/ui/chart-card';
import { OKABE_ITO } from '../../../lib/colors';
import type { TableData } from '../../../lib/export/table-data';
import { formatDate, formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useEvaluation, type EvaluationParams } from '../api/get-evaluation';
import {
  counterfactualPoints,
  scaleSeries,
  valueScale,
  valuesNote,
} from '../utils/evaluation-series';
import { isInconclusive } from '../utils/pick-evaluation';
import { evaluationCardStatus } from '../utils/evaluation-card-status';

type CounterfactualChartProps = {
  params: EvaluationParams | undefined;
  /** Other events in the evaluation's period (closures, other go-lives). */
  annotations: readonly TimeAnnotation[];
};

/**
 * What happened (observed) against what the model expects without the intervention
 * (counterfactual, dashed) with its 95 % band, the go-live marked, and the estimates in words.
 */
export function CounterfactualChart({ params, annotations }: CounterfactualChartProps) {
  const { t, language } = useI18n();
  const query = useEvaluation(params);
  const evaluation = query.data?.evaluation;
  const status = evaluationCardStatus(query, params !== undefined, (e) =>
    e.series.some((p) => p.counterfactual !== null),
  );

  const chart = useMemo(() => {
    if (!evaluation) return undefined;
    const scale = valueScale(evaluation);
    const series = scaleSeries(evaluation.series, scale.factor);
    const note = valuesNote(scale, t);
    const metric = language === 'da' ? evaluation.metricLabelDa : evaluation.metricLabelEn;
    const lines: LineSeries[] = [
      {
        key: 'observed',
        label: t('booking.observed'),
        color: OKABE_ITO.blue,
        points: series.map((p) => ({ period: p.period, value: p.observed })),
      },
      {
        key: 'counterfactual',
        label: t('booking.counterfactual'),
        color: OKABE_ITO.vermillion,
        dashed: true,
        points: counterfactualPoints(series).map((p) => ({
          period: p.period,
          value: p.counterfactual,
        })),
      },
    ];
    const bands: BandSeries[] = [
      {
        key: 'band',
        label: t('booking.band'),
        color: OKABE_ITO.vermillion,
        points: counterfactualPoints(series),
      },
    ];
    const goLive = evaluation.interventionDates[0];
    const marks: TimeAnnotation[] = [
      ...(goLive ? [{ from: goLive, label: t('booking.goLive', { name: evaluation.name }) }] : []),
      ...annotations.filter((a) => a.from !== goLive),
    ];
    const table: TableData = {
      caption: t('booking.counterfactual.caption', { metric }),
      fileName: `kanalindsigt-tidsbestilling-${evaluation.id}-${evaluation.municipalityCode}`,
      columns: [
        { key: 'period', header: t('booking.month'), kind: 'month' },
        { key: 'observed', header: t('booking.observed'), kind: 'number' },
        { key: 'counterfactual', header: t('booking.counterfactual'), kind: 'number' },
        { key: 'low', header: t('booking.bandLow'), kind: 'number' },
        { key: 'high', header: t('booking.bandHigh'), kind: 'number' },
        { key: 'excluded', header: t('booking.excluded'), kind: 'text' },
      ],
      rows: series.map((p) => ({
        period: p.period,
        observed: p.observed,
        counterfactual: p.counterfactual,
        low: p.low,
        high: p.high,
        excluded:
          p.excluded === 'DROP'
            ? t('booking.excluded.drop')
            : p.excluded === 'DUMMY'
              ? t('booking.excluded.dummy')
              : null,
      })),
    };
    return { metric, lines, bands, marks, table, goLive, note };
  }, [evaluation, annotations, language, t]);

  const estimates = evaluation?.estimates ?? [];
  const autocorrelated =
    evaluation?.diagnostics !== null &&
    evaluation?.diagnostics !== undefined &&
    evaluation.diagnostics.ljungBoxPValue < 0.05;

  return (
    <ChartCard
      testId="evaluation-counterfactual"
      title={
        chart
          ? t('booking.counterfactual.title', { metric: chart.metric })
          : t('booking.counterfactual.titleShort')
      }
      description={
        <p>
          {chart?.goLive
            ? t('booking.counterfactual.description', {
                date: formatDate(chart.goLive, language),
              })
            : t('booking.counterfactual.descriptionShort')}
          {chart && ` ${chart.note}`}
        </p>
      }
      status={status}
      error={query.error}
      emptyMessage={
        evaluation?.error
          ? t('booking.notFitted', { error: evaluation.error })
          : t('booking.counterfactual.empty')
      }
      onRetry={() => void query.refetch()}
      isUpdating={query.isFetching && !query.isPending}
      table={chart?.table}
    >
      {chart && (
        <figure className="chart-figure">
          <TimeSeriesChart
            lines={chart.lines}
            bands={chart.bands}
            annotations={chart.marks}
            formatValue={(value) => formatNumber(value, language)}
            label={t('booking.counterfactual.figureLabel', { metric: chart.metric })}
          />
          <figcaption className="chart-legend">
            <TimeSeriesLegend lines={chart.lines} bands={chart.bands} />
          </figcaption>
          {estimates.length > 0 && (
            <ul className="evaluations-estimates">
              {estimates.map((estimate) => (
                <li key={estimate.name}>
                  {language === 'da' ? estimate.sentenceDa : estimate.sentenceEn}.
                  {isInconclusive(estimate) && ` ${t('booking.inconclusiveNote')}`}
                </li>
              ))}
            </ul>
          )}
          {autocorrelated && <p className="chart-card__note">{t('booking.autocorrelated')}</p>}
        </figure>
      )}
    </ChartCard>
  );
}
