import { useMemo } from 'react';
import {
  TimeSeriesChart,
  TimeSeriesLegend,
  type TimeAnnotation,
} from '../../../components/charts/time-series-chart';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import { formatDate, formatNumber, formatPeriod } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useEfficiency, type EfficiencyParams } from '../api/get-efficiency';
import type { EfficiencyChannel } from '../utils/channels';
import { efficiencyLines, linesTable, type EfficiencyMetric } from '../utils/efficiency-lines';

const TEXTS = {
  staffHours: {
    testId: 'efficiency-staff-hours',
    title: 'efficiency.hours.title',
    description: 'efficiency.hours.description',
    empty: 'efficiency.hours.empty',
    figureLabel: 'efficiency.hours.figureLabel',
    caption: 'efficiency.hours.caption',
    file: 'personaletimer',
    fractionDigits: 0,
  },
  contactsPerStaffHour: {
    testId: 'efficiency-contacts-per-hour',
    title: 'efficiency.perHour.title',
    description: 'efficiency.perHour.description',
    empty: 'efficiency.perHour.empty',
    figureLabel: 'efficiency.perHour.figureLabel',
    caption: 'efficiency.perHour.caption',
    file: 'henvendelser-pr-personaletime',
    fractionDigits: 1,
  },
} as const;

type EfficiencyTimeChartProps = {
  metric: EfficiencyMetric;
  params: EfficiencyParams | undefined;
  /** The same range a year earlier, when the user asked for the comparison. */
  comparison: EfficiencyParams | undefined;
  channels: readonly EfficiencyChannel[];
  annotations: readonly TimeAnnotation[];
};

/** Staff hours, or contacts per staff hour, per channel over time, with the year-earlier lines. */
export function EfficiencyTimeChart({
  metric,
  params,
  comparison,
  channels,
  annotations,
}: EfficiencyTimeChartProps) {
  const { t, language } = useI18n();
  const texts = TEXTS[metric];
  const query = useEfficiency(params);
  const comparisonQuery = useEfficiency(comparison);
  const result = query.data;
  const earlier = comparison ? comparisonQuery.data?.efficiency.series : undefined;

  const lines = useMemo(
    () =>
      result
        ? efficiencyLines(result.efficiency.series, earlier, channels, metric, {
            channel: (channel) => t(`efficiency.channel.${channel}`),
            comparison: (channel) => t('efficiency.comparison', { channel }),
          })
        : undefined,
    [result, earlier, channels, metric, t],
  );

  const comparisonPending = comparison !== undefined && !comparisonQuery.data;
  let status: ChartCardStatus;
  if (query.isError || comparisonQuery.isError) status = 'error';
  else if (!params || !lines || comparisonPending) status = 'loading';
  else if (!lines.some((line) => !line.dashed && line.points.some((p) => p.value)))
    status = 'empty';
  else status = 'ready';

  const range = result && {
    from: formatDate(result.params.from, language),
    to: formatDate(result.params.to, language),
  };
  // Plain numbers: the unit is in the title, and "450 timer" would not fit beside the axis.
  const formatValue = (value: number) => formatNumber(value, language, texts.fractionDigits);

  return (
    <ChartCard
      testId={texts.testId}
      title={t(texts.title)}
      description={
        <p>
          {t(texts.description)} {comparison ? t('efficiency.comparisonNote') : ''}
        </p>
      }
      status={status}
      error={query.error ?? comparisonQuery.error}
      emptyMessage={t(texts.empty)}
      onRetry={() => {
        if (query.isError) void query.refetch();
        if (comparisonQuery.isError) void comparisonQuery.refetch();
      }}
      isUpdating={query.isFetching && !query.isPending}
      table={
        result && lines && range
          ? linesTable(lines, {
              caption: t(texts.caption, range),
              fileName: `kanalindsigt-${texts.file}-${result.params.municipalityCode}-${result.params.from}-${result.params.to}`,
              periodHeader: t('efficiency.period'),
              periodLabel:
                result.params.grain === 'MONTH'
                  ? undefined
                  : (period) => formatPeriod(period, language),
              fractionDigits: texts.fractionDigits,
            })
          : undefined
      }
    >
      {lines && range && (
        <figure className="chart-figure">
          <TimeSeriesChart
            lines={lines}
            annotations={annotations}
            formatValue={formatValue}
            label={t(texts.figureLabel, range)}
          />
          <figcaption className="chart-legend">
            <TimeSeriesLegend lines={lines} />
          </figcaption>
        </figure>
      )}
    </ChartCard>
  );
}
