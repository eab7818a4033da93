import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import type { TableData } from '../../../lib/export/table-data';
import { formatDate, formatInteger, formatWeekday } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { usePeaks, type ContactChannel, type PeaksParams } from '../api/get-peaks';
import { CHANNEL_LABEL, CHANNEL_UNIT } from '../utils/peak-channels';

type PeakDaysProps = { params: PeaksParams | undefined; channel: ContactChannel };

/**
 * The busiest days of a channel as a ranked bar list: each row says its rank, weekday, date and
 * count in words, and whether it followed a closure; the bar only repeats the count.
 */
export function PeakDays({ params, channel }: PeakDaysProps) {
  const { t, language } = useI18n();
  const query = usePeaks(params);
  const result = query.data;
  const days = result?.peaks.channels.find((c) => c.channel === channel)?.peakDays;

  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!params || !result) status = 'loading';
  else if (!days || days.length === 0 || days.every((day) => day.contacts === 0)) status = 'empty';
  else status = 'ready';

  const channelName = t(CHANNEL_LABEL[channel]);
  const max = Math.max(1, ...(days ?? []).map((day) => day.contacts));
  const closureText = (name: string | null) =>
    name ? t('peakDays.afterClosureNamed', { name }) : t('peakDays.afterClosure');

  const table: TableData | undefined =
    days && result
      ? {
          caption: t('peakDays.caption', {
            channel: channelName,
            from: formatDate(result.params.from, language),
            to: formatDate(result.params.to, language),
          }),
          fileName: `kanalindsigt-travleste-dage-${channel.toLowerCase()}-${result.params.municipalityCode}-${result.params.from}-${result.params.to}`,
          columns: [
            { key: 'rank', header: t('peakDays.rank'), kind: 'integer' },
            { key: 'date', header: t('peaks.date'), kind: 'date' },
            { key: 'weekday', header: t('peaks.weekday'), kind: 'text' },
            { key: 'contacts', header: t('peakDays.contacts'), kind: 'integer' },
            { key: 'followsClosure', header: t('peakDays.followsClosure'), kind: 'text' },
          ],
          rows: days.map((day) => ({
            rank: day.rank,
            date: day.date,
            weekday: formatWeekday(day.weekday, language),
            contacts: day.contacts,
            followsClosure: day.followsClosure
              ? `${t('peakDays.yes')}${day.closureNameDa ? ` (${day.closureNameDa})` : ''}`
              : t('peakDays.no'),
          })),
        }
      : undefined;

  return (
    <ChartCard
      testId="peak-days"
      title={t('peakDays.title', { channel: channelName })}
      description={
        <p>
          {t('peakDays.description', {
            count: days?.length ?? result?.params.topDays ?? 10,
            unit: t(CHANNEL_UNIT[channel]),
          })}
        </p>
      }
      status={status}
      error={query.error}
      emptyMessage={t('peakDays.empty')}
      onRetry={() => void query.refetch()}
      isUpdating={query.isFetching && !query.isPending}
      table={table}
    >
      {days && (
        <>
          <ol className="peaks-days">
            {days.map((day) => (
              <li
                key={day.date}
                className="peaks-days__row"
                data-follows-closure={day.followsClosure}
              >
                <span className="peaks-days__rank">{formatInteger(day.rank, language)}.</span>
                <span className="peaks-days__date">
                  {formatWeekday(day.weekday, language)} {formatDate(day.date, language)}
                  {day.followsClosure && (
                    <span className="peaks-days__closure">{closureText(day.closureNameDa)}</span>
                  )}
                </span>
                <span className="peaks-days__track" aria-hidden="true">
                  <span
                    className="peaks-days__bar"
                    style={{ width: `${(day.contacts / max) * 100}%` }}
                  />
                </span>
                <span className="peaks-days__value">{formatInteger(day.contacts, language)}</span>
              </li>
            ))}
          </ol>
          {days.some((day) => day.followsClosure) && (
            <p className="chart-card__note">{t('peakDays.closureNote')}</p>
          )}
        </>
      )}
    </ChartCard>
  );
}
