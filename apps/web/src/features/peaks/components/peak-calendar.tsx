import { useId, useMemo } from 'react';
import { heatmapColor } from '../../../components/charts/heatmap-grid';
import { HeatmapLegend } from '../../../components/charts/heatmap-table';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import { textColorOn } from '../../../lib/colors';
import type { TableData } from '../../../lib/export/table-data';
import { formatDate, formatInteger, formatMonth, formatWeekday } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import {
  usePeaks,
  type CalendarDay,
  type ContactChannel,
  type PeaksParams,
} from '../api/get-peaks';
import { buildCalendarMonths } from '../utils/calendar-months';
import { CALENDAR_FIELD, CHANNEL_LABEL, CHANNEL_UNIT } from '../utils/peak-channels';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

type PeakCalendarProps = { params: PeaksParams | undefined; channel: ContactChannel };

/**
 * A channel's count per day as a calendar heatmap: a weeks × weekdays table per month. Each day
 * shows its count as text (its date is read out before it), closed days a dash and the word.
 */
export function PeakCalendar({ params, channel }: PeakCalendarProps) {
  const { t, language } = useI18n();
  const regionId = useId();
  const query = usePeaks(params);
  const result = query.data;
  const calendar = result?.peaks.calendar;
  const months = useMemo(() => (calendar ? buildCalendarMonths(calendar) : undefined), [calendar]);
  const field = CALENDAR_FIELD[channel];

  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!params || !months) status = 'loading';
  else if (months.length === 0) status = 'empty';
  else status = 'ready';

  const channelName = t(CHANNEL_LABEL[channel]);
  const max = Math.max(0, ...(calendar ?? []).map((day) => day[field]));
  const formatValue = (value: number) => formatInteger(value, language);
  const range = result && {
    channel: channelName,
    from: formatDate(result.params.from, language),
    to: formatDate(result.params.to, language),
  };

  const table: TableData | undefined =
    calendar && range && result
      ? {
          caption: t('peakCalendar.caption', range),
          fileName: `kanalindsigt-kalender-${channel.toLowerCase()}-${result.params.municipalityCode}-${result.params.from}-${result.params.to}`,
          columns: [
            { key: 'date', header: t('peaks.date'), kind: 'date' },
            { key: 'weekday', header: t('peaks.weekday'), kind: 'text' },
            { key: 'value', header: channelName, kind: 'integer' },
            { key: 'openingDay', header: t('peakCalendar.openingDay'), kind: 'text' },
            { key: 'holiday', header: t('peakCalendar.holiday'), kind: 'text' },
          ],
          rows: calendar.map((day) => ({
            date: day.date,
            weekday: formatWeekday(day.weekday, language),
            value: day[field],
            openingDay: day.isOpeningDay ? t('peakDays.yes') : t('peakDays.no'),
            holiday: day.holidayNameDa,
          })),
        }
      : undefined;

  const renderDay = (day: CalendarDay | null, weekday: number) => {
    if (!day) return <td key={weekday} className="peaks-calendar__day peaks-calendar__day--out" />;
    const date = formatDate(day.date, language);
    const value = day[field];
    if (!day.isOpeningDay && value === 0) {
      const closed = day.holidayNameDa
        ? `${t('peakCalendar.closed')} (${day.holidayNameDa})`
        : t('peakCalendar.closed');
      return (
        <td
          key={weekday}
          className="peaks-calendar__day peaks-calendar__day--closed"
          title={`${date}: ${closed}`}
        >
          <span className="visually-hidden">
            {date}: {closed}
          </span>
          <span aria-hidden="true">–</span>
        </td>
      );
    }
    const background = heatmapColor(value, max);
    return (
      <td
        key={weekday}
        className="peaks-calendar__day"
        data-date={day.date}
        data-value={value}
        title={`${date}: ${formatValue(value)}${day.holidayNameDa ? ` (${day.holidayNameDa})` : ''}`}
        style={{ backgroundColor: background, color: textColorOn(background) }}
      >
        <span className="visually-hidden">{date}: </span>
        {formatValue(value)}
      </td>
    );
  };

  return (
    <ChartCard
      testId="peak-calendar"
      title={t('peakCalendar.title', { channel: channelName })}
      description={<p>{t('peakCalendar.description', { unit: t(CHANNEL_UNIT[channel]) })}</p>}
      status={status}
      error={query.error}
      emptyMessage={t('peakCalendar.empty')}
      onRetry={() => void query.refetch()}
      isUpdating={query.isFetching && !query.isPending}
      table={table}
    >
      {months && (
        <>
          <p id={regionId} className="visually-hidden">
            {t('peakCalendar.region')}
          </p>
          <div className="peaks-calendar" role="region" aria-labelledby={regionId} tabIndex={0}>
            {months.map((month) => (
              <table key={month.month} className="peaks-calendar__month">
                <caption>{formatMonth(month.month, language, 'long')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('peaks.week')}</th>
                    {WEEKDAYS.map((weekday) => {
                      const name = formatWeekday(weekday, language);
                      return (
                        <th key={weekday} scope="col">
                          <abbr title={name}>{name.slice(0, 3)}</abbr>
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {month.weeks.map((week) => (
                    <tr key={week.week}>
                      <th scope="row" className="peaks-calendar__week">
                        {week.week}
                      </th>
                      {week.days.map((day, index) => renderDay(day, index + 1))}
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
          <HeatmapLegend max={max} title={t('peakCalendar.legend')} formatValue={formatValue} />
        </>
      )}
    </ChartCard>
  );
}
