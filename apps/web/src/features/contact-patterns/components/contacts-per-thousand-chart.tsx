import { useMemo } from 'react';
import {
  TimeSeriesChart,
  TimeSeriesLegend,
  type LineSeries,
  type TimeAnnotation,
} from '../../../components/charts/time-series-chart';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import { OKABE_ITO } from '../../../lib/colors';
import type { TableData, TableValue } from '../../../lib/export/table-data';
import { formatDate, formatDecimal, formatPeriod } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useContactPatterns, type ContactPatternsParams } from '../api/get-contact-patterns';
import { shiftPeriodYears } from '../utils/channel-mix';

type ContactsPerThousandChartProps = {
  params: ContactPatternsParams | undefined;
  /** The same dates a year earlier, when the user asked for the comparison. */
  comparisonParams: ContactPatternsParams | undefined;
  annotations: readonly TimeAnnotation[];
};

/** Contacts per 1,000 inhabitants per period, with last year's line dashed when compared. */
export function ContactsPerThousandChart({
  params,
  comparisonParams,
  annotations,
}: ContactsPerThousandChartProps) {
  const { t, language } = useI18n();
  const query = useContactPatterns(params);
  const comparisonQuery = useContactPatterns(comparisonParams);
  const result = query.data;
  const comparison = comparisonParams ? comparisonQuery.data : undefined;

  const lines = useMemo<LineSeries[] | undefined>(() => {
    if (!result) return undefined;
    const current: LineSeries = {
      key: 'current',
      label: t('perThousand.current'),
      color: OKABE_ITO.blue,
      points: result.patterns.contactsPerThousand.map(({ period, value }) => ({ period, value })),
    };
    if (!comparison) return [current];
    // Last year's periods are moved a year forward so each sits under the period it compares to.
    const lastYear: LineSeries = {
      key: 'comparison',
      label: t('perThousand.comparison'),
      color: OKABE_ITO.vermillion,
      dashed: true,
      points: comparison.patterns.contactsPerThousand.map(({ period, value }) => ({
        period: shiftPeriodYears(period, 1),
        value,
      })),
    };
    return [current, lastYear];
  }, [result, comparison, t]);

  const hasData = result?.patterns.contactsPerThousand.some((p) => p.value !== null) ?? false;
  let status: ChartCardStatus;
  if (query.isError || (comparisonParams && comparisonQuery.isError)) status = 'error';
  else if (!params || !lines || (comparisonParams && !comparison)) status = 'loading';
  else if (!hasData) status = 'empty';
  else status = 'ready';

  const range = result && {
    from: formatDate(result.params.from, language),
    to: formatDate(result.params.to, language),
  };
  const formatValue = (value: number) => formatDecimal(value, language);

  const table: TableData | undefined =
    lines && range && result
      ? {
          caption: t('perThousand.caption', range),
          fileName: `kanalindsigt-henvendelser-pr-1000-${result.params.municipalityCode}-${result.params.from}-${result.params.to}`,
          columns: [
            { key: 'period', header: t('channels.period'), kind: 'text' },
            { key: 'current', header: t('perThousand.value'), kind: 'number' },
            ...(lines.length > 1
              ? [
                  {
                    key: 'comparison',
                    header: t('perThousand.comparisonValue'),
                    kind: 'number' as const,
                  },
                ]
              : []),
          ],
          rows: result.patterns.contactsPerThousand.map(({ period, value }) => {
            const row: Record<string, TableValue> = {
              period: formatPeriod(period, language),
              current: value,
            };
            if (lines.length > 1)
              row.comparison =
                lines[1]?.points.find((point) => point.period === period)?.value ?? null;
            return row;
          }),
        }
      : undefined;

  const total = result?.patterns.contactsPerThousandTotal.value;
  return (
    <ChartCard
      testId="contacts-per-thousand-chart"
      title={t('perThousand.title')}
      description={<p>{t('perThousand.description')}</p>}
      status={status}
      error={query.error ?? comparisonQuery.error}
      emptyMessage={t('perThousand.empty')}
      onRetry={() => {
        if (query.isError) void query.refetch();
        if (comparisonQuery.isError) void comparisonQuery.refetch();
      }}
      isUpdating={query.isFetching && !query.isPending}
      table={table}
    >
      {lines && range && (
        <figure className="chart-figure">
          <TimeSeriesChart
            lines={lines}
            annotations={annotations}
            formatValue={formatValue}
            label={t('perThousand.figureLabel', range)}
          />
          <figcaption className="chart-legend">
            <TimeSeriesLegend lines={lines} />
          </figcaption>
          {total !== null && total !== undefined && (
            <p className="chart-card__note">
              {t('perThousand.total', { value: formatValue(total) })}
            </p>
          )}
        </figure>
      )}
    </ChartCard>
  );
}
