import { useMemo } from 'react';
import {
  TimeSeriesChart,
  TimeSeriesLegend,
  type LineSeries,
} from '../../../components/charts/time-series-chart';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import { OKABE_ITO } from '../../../lib/colors';
import type { TableData } from '../../../lib/export/table-data';
import { formatDate, formatNumber } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import type { ForecastParams } from '../api/forecast-params';
import { useStaffingNeed, type StaffingNeedDay } from '../api/get-staffing-need';
import { balanceKind, balanceTotals, hasRota } from '../utils/staffing-balance';

type StaffingNeedChartProps = { params: ForecastParams | undefined };

const ACTIVITIES = [
  {
    key: 'phone',
    label: 'staffingNeed.phone',
    color: OKABE_ITO.blue,
    needed: (d: StaffingNeedDay) => d.phoneHoursNeeded,
    rota: (d: StaffingNeedDay) => d.phoneHoursRota,
    balance: (d: StaffingNeedDay) => d.phoneHoursBalance,
  },
  {
    key: 'counter',
    label: 'staffingNeed.counter',
    color: OKABE_ITO.orange,
    needed: (d: StaffingNeedDay) => d.counterHoursNeeded,
    rota: (d: StaffingNeedDay) => d.counterHoursRota,
    balance: (d: StaffingNeedDay) => d.counterHoursBalance,
  },
] as const satisfies readonly {
  key: string;
  label: MessageKey;
  color: string;
  needed: (d: StaffingNeedDay) => number;
  rota: (d: StaffingNeedDay) => number | null;
  balance: (d: StaffingNeedDay) => number | null;
}[];

const minutes = (seconds: number) => seconds / 60;

/**
 * Phone and counter staff hours per day needed for the forecast (solid) against the rota
 * (dashed); short and over in words per day in the table and summed below the chart. Days the
 * rota does not cover show no difference, and the card says when none is loaded at all.
 */
export function StaffingNeedChart({ params }: StaffingNeedChartProps) {
  const { t, language } = useI18n();
  const query = useStaffingNeed(params);
  const need = query.data?.need;
  const hours = (value: number) => formatNumber(value, language);

  const chart = useMemo(() => {
    if (!need) return undefined;
    const hours = (value: number) => formatNumber(value, language);
    const first = need.days[0];
    const last = need.days[need.days.length - 1];
    // A day nobody is needed and nobody is planned (closed) adds nothing to the chart.
    const shown = need.days.filter(
      (d) =>
        d.phoneHoursNeeded + d.counterHoursNeeded > 0 ||
        (d.phoneHoursRota ?? 0) + (d.counterHoursRota ?? 0) > 0,
    );
    if (!first || !last || shown.length === 0) return undefined;
    const lines: LineSeries[] = ACTIVITIES.flatMap((activity) => [
      {
        key: `${activity.key}Needed`,
        label: `${t(activity.label)}: ${t('staffingNeed.needed')}`,
        color: activity.color,
        points: shown.map((d) => ({ period: d.date, value: activity.needed(d) })),
      },
      {
        key: `${activity.key}Rota`,
        label: `${t(activity.label)}: ${t('staffingNeed.rota')}`,
        color: activity.color,
        dashed: true,
        points: shown.map((d) => ({ period: d.date, value: activity.rota(d) })),
      },
    ]);
    const dates = { from: formatDate(first.date, language), to: formatDate(last.date, language) };
    const status = (balance: number | null) => {
      const kind = balanceKind(balance);
      if (kind === 'short') return t('staffingNeed.statusShort', { hours: hours(-balance!) });
      if (kind === 'over') return t('staffingNeed.statusOver', { hours: hours(balance!) });
      return t(kind === 'noRota' ? 'staffingNeed.statusNoRota' : 'staffingNeed.statusEven');
    };
    const table: TableData = {
      caption: t('staffingNeed.caption', dates),
      fileName: `kanalindsigt-bemandingsbehov-${need.origin}-${last.date}`,
      columns: [
        { key: 'date', header: t('forecast.date'), kind: 'date' },
        { key: 'phoneNeeded', header: t('staffingNeed.phoneNeeded'), kind: 'number' },
        { key: 'phoneRota', header: t('staffingNeed.phoneRota'), kind: 'number' },
        { key: 'phoneBalance', header: t('staffingNeed.phoneBalance'), kind: 'number' },
        {
          key: 'phoneStatus',
          header: `${t('staffingNeed.phone')}, ${t('staffingNeed.status')}`,
          kind: 'text',
        },
        { key: 'phonePeak', header: t('staffingNeed.phonePeak'), kind: 'integer' },
        { key: 'counterNeeded', header: t('staffingNeed.counterNeeded'), kind: 'number' },
        { key: 'counterRota', header: t('staffingNeed.counterRota'), kind: 'number' },
        { key: 'counterBalance', header: t('staffingNeed.counterBalance'), kind: 'number' },
        {
          key: 'counterStatus',
          header: `${t('staffingNeed.counter')}, ${t('staffingNeed.status')}`,
          kind: 'text',
        },
        { key: 'counterPeak', header: t('staffingNeed.counterPeak'), kind: 'integer' },
      ],
      rows: need.days.map((d) => ({
        date: d.date,
        phoneNeeded: d.phoneHoursNeeded,
        phoneRota: d.phoneHoursRota,
        phoneBalance: d.phoneHoursBalance,
        phoneStatus: status(d.phoneHoursBalance),
        phonePeak: d.peakPhoneAgents,
        counterNeeded: d.counterHoursNeeded,
        counterRota: d.counterHoursRota,
        counterBalance: d.counterHoursBalance,
        counterStatus: status(d.counterHoursBalance),
        counterPeak: d.peakCounterStaff,
      })),
    };
    const dayCount = (count: number) =>
      t(count === 1 ? 'staffingNeed.day' : 'staffingNeed.days', { count });
    const covered = need.days.filter(hasRota).length;
    const summaries = ACTIVITIES.map((activity) => {
      const totals = balanceTotals(need.days.map(activity.balance));
      return {
        key: activity.key,
        text: t('staffingNeed.summary', {
          activity: t(activity.label),
          shortHours: hours(totals.shortHours),
          shortDays: dayCount(totals.short),
          overHours: hours(totals.overHours),
          overDays: dayCount(totals.over),
        }),
      };
    });
    return { lines, table, dates, covered, total: need.days.length, summaries };
  }, [need, language, t]);

  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!params || !need) status = 'loading';
  else if (!chart) status = 'empty';
  else status = 'ready';

  const assumptions =
    need &&
    t('staffingNeed.assumptions', {
      model: need.callModel === 'erlang-a' ? 'Erlang A' : 'Erlang C',
      aht: formatNumber(minutes(need.callAhtSeconds), language),
      patience:
        need.callPatienceSeconds === null
          ? ''
          : t('staffingNeed.patience', {
              patience: formatNumber(minutes(need.callPatienceSeconds), language),
            }),
      handling: formatNumber(minutes(need.counterHandlingSeconds), language),
    });

  return (
    <ChartCard
      testId="staffing-need"
      title={t('staffingNeed.title')}
      description={
        <>
          <p>{t('staffingNeed.description')}</p>
          {assumptions && <p>{assumptions}</p>}
        </>
      }
      status={status}
      error={query.error}
      emptyMessage={t('staffingNeed.empty')}
      onRetry={() => void query.refetch()}
      isUpdating={query.isFetching && !query.isPending}
      table={chart?.table}
    >
      {chart && (
        <figure className="chart-figure">
          {chart.covered === 0 ? (
            <p className="chart-card__note staffing-need__no-rota" role="note">
              {t('staffingNeed.noRota')}
            </p>
          ) : (
            <>
              {chart.covered < chart.total && (
                <p className="chart-card__note">
                  {t('staffingNeed.partialRota', { count: chart.covered, total: chart.total })}
                </p>
              )}
              <ul className="staffing-need__summary">
                {chart.summaries.map((summary) => (
                  <li key={summary.key}>{summary.text}</li>
                ))}
              </ul>
            </>
          )}
          <TimeSeriesChart
            lines={chart.lines}
            formatValue={hours}
            label={t('staffingNeed.figureLabel', chart.dates)}
          />
          <figcaption className="chart-legend">
            <TimeSeriesLegend lines={chart.lines} />
          </figcaption>
        </figure>
      )}
    </ChartCard>
  );
}
