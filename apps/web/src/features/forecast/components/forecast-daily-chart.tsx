import { useMemo } from 'react';
import {
  TimeSeriesChart,
  TimeSeriesLegend,
  type BandSeries,
  type LineSeries,
} from '../../../components/charts/time-series-chart';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import { OKABE_ITO } from '../../../lib/colors';
import type { TableColumn, TableData } from '../../../lib/export/table-data';
import { formatDate, formatDecimal, formatNumber, formatWeekday } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { ForecastParams } from '../api/forecast-params';
import { useForecast } from '../api/get-forecast';
import {
  channelOf,
  forecastRange,
  MAIN_CHANNEL,
  VIEW_LABEL,
  VIEW_UNIT,
  type ForecastView,
} from '../utils/forecast-views';

type ForecastDailyChartProps = { params: ForecastParams | undefined; view: ForecastView };

const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/**
 * The channel's forecast per opening day with its 80 % and 95 % bands; in person also the booked
 * visits expected to attend (the counter's fixed load), appointments also those already booked.
 * Closed days are left off the chart (they are 0 by design) and marked in the table.
 */
export function ForecastDailyChart({ params, view }: ForecastDailyChartProps) {
  const { t, language } = useI18n();
  const query = useForecast(params);
  const forecast = query.data?.forecast;
  const channelName = t(VIEW_LABEL[view]);

  const chart = useMemo(() => {
    if (!forecast) return undefined;
    const main = channelOf(forecast, MAIN_CHANNEL[view]);
    const booked = channelOf(forecast, 'BOOKED');
    const range = main && forecastRange(main.days);
    if (!main || !range) return undefined;
    const open = main.days.filter((day) => day.isOpen);
    const bookedByDate = new Map((booked?.days ?? []).map((day) => [day.date, day]));
    // The second, dashed line: the booked load beside the walk-ins, or the bookings already known.
    const extra =
      view === 'VISIT'
        ? {
            key: 'booked',
            label: t('forecastDaily.booked'),
            value: (date: string) => bookedByDate.get(date)?.expected ?? null,
          }
        : view === 'BOOKING'
          ? {
              key: 'known',
              label: t('forecastDaily.known'),
              value: (date: string) => bookedByDate.get(date)?.knownBookings ?? null,
            }
          : undefined;
    const lines: LineSeries[] = [
      {
        key: 'expected',
        label: t('forecastDaily.expected'),
        color: OKABE_ITO.blue,
        points: open.map((day) => ({ period: day.date, value: day.expected })),
      },
      ...(extra
        ? [
            {
              key: extra.key,
              label: extra.label,
              color: OKABE_ITO.vermillion,
              dashed: true,
              points: open.map((day) => ({ period: day.date, value: extra.value(day.date) })),
            },
          ]
        : []),
    ];
    const bands: BandSeries[] = [
      {
        key: 'band95',
        label: t('forecastDaily.band95'),
        color: OKABE_ITO.skyBlue,
        points: open.map((day) => ({ period: day.date, low: day.low95, high: day.high95 })),
      },
      {
        key: 'band80',
        label: t('forecastDaily.band80'),
        color: OKABE_ITO.blue,
        points: open.map((day) => ({ period: day.date, low: day.low80, high: day.high80 })),
      },
    ];
    const dates = {
      channel: channelName,
      from: formatDate(range.from, language),
      to: formatDate(range.to, language),
    };
    const columns: TableColumn[] = [
      { key: 'date', header: t('forecast.date'), kind: 'date' },
      { key: 'weekday', header: t('forecast.weekday'), kind: 'text' },
      { key: 'open', header: t('forecast.open'), kind: 'text' },
      { key: 'expected', header: t('forecastDaily.expected'), kind: 'number' },
      { key: 'low80', header: t('forecastDaily.low80'), kind: 'number' },
      { key: 'high80', header: t('forecastDaily.high80'), kind: 'number' },
      { key: 'low95', header: t('forecastDaily.low95'), kind: 'number' },
      { key: 'high95', header: t('forecastDaily.high95'), kind: 'number' },
      ...(extra ? [{ key: extra.key, header: extra.label, kind: 'number' as const }] : []),
    ];
    const table: TableData = {
      caption: t('forecastDaily.caption', dates),
      fileName: `kanalindsigt-prognose-${MAIN_CHANNEL[view].toLowerCase()}-${forecast.origin}-${range.to}`,
      columns,
      rows: main.days.map((day) => ({
        date: day.date,
        weekday: formatWeekday(isoWeekday(day.date), language),
        open: day.isOpen ? t('forecast.yes') : t('forecast.no'),
        expected: day.isOpen ? day.expected : null,
        low80: day.isOpen ? day.low80 : null,
        high80: day.isOpen ? day.high80 : null,
        low95: day.isOpen ? day.low95 : null,
        high95: day.isOpen ? day.high95 : null,
        ...(extra ? { [extra.key]: day.isOpen ? extra.value(day.date) : null } : {}),
      })),
    };
    return {
      lines,
      bands,
      table,
      dates,
      isEmpty: open.length === 0,
      noShowRate: booked?.noShowRate ?? null,
    };
  }, [forecast, view, channelName, language, t]);

  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!params || !forecast) status = 'loading';
  else if (!chart || chart.isEmpty) status = 'empty';
  else status = 'ready';

  const unit = t(VIEW_UNIT[view]);
  return (
    <ChartCard
      testId="forecast-daily"
      title={t('forecastDaily.title', { channel: channelName })}
      description={
        <p>
          {chart
            ? t('forecastDaily.description', { unit, from: chart.dates.from, to: chart.dates.to })
            : t('forecastDaily.descriptionShort', { unit })}
          {view === 'VISIT' && ` ${t('forecastDaily.bookedLoad')}`}
          {view === 'BOOKING' && ` ${t('forecastDaily.knownLine')}`}
        </p>
      }
      status={status}
      error={query.error}
      emptyMessage={t('forecastDaily.empty')}
      onRetry={() => void query.refetch()}
      isUpdating={query.isFetching && !query.isPending}
      table={chart?.table}
    >
      {chart && (
        <figure className="chart-figure">
          <TimeSeriesChart
            lines={chart.lines}
            bands={chart.bands}
            formatValue={(value) => formatNumber(value, language)}
            label={t('forecastDaily.figureLabel', chart.dates)}
          />
          <figcaption className="chart-legend">
            <TimeSeriesLegend lines={chart.lines} bands={chart.bands} />
          </figcaption>
          {view !== 'CALL' && chart.noShowRate !== null && (
            <p className="chart-card__note">
              {t('forecastDaily.noShow', {
                rate: `${formatDecimal(chart.noShowRate * 100, language)} %`,
              })}
            </p>
          )}
        </figure>
      )}
    </ChartCard>
  );
}
