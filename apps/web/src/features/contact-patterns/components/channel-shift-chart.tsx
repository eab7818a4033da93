import { useMemo } from 'react';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import type { TableData } from '../../../lib/export/table-data';
import { formatDate, formatDecimal } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useContactPatterns, type ContactPatternsParams } from '../api/get-contact-patterns';
import { CHANNELS, channelShiftByService, type ShiftRow } from '../utils/channel-mix';
import { CHANNEL_COLORS, CHANNEL_LABELS } from './channel-style';

/** The all-services row, from the API's totals, listed first. */
const ALL = '';

type ChannelShiftChartProps = {
  params: ContactPatternsParams | undefined;
  /** The same dates a year earlier. */
  lastYearParams: ContactPatternsParams | undefined;
  serviceName: (code: string) => string;
};

/**
 * Channel shift: per service, the change in each channel's share since the same period last
 * year, in percentage points, as diverging bars (one panel per channel) with signed labels.
 */
export function ChannelShiftChart({ params, lastYearParams, serviceName }: ChannelShiftChartProps) {
  const { t, language } = useI18n();
  const query = useContactPatterns(params);
  const lastYearQuery = useContactPatterns(lastYearParams);
  const result = query.data;
  const lastYear = lastYearQuery.data;
  const rows = useMemo<ShiftRow[] | undefined>(() => {
    if (!result || !lastYear) return undefined;
    const all: ShiftRow[] = CHANNELS.map((channel) => {
      const shift = result.patterns.channelShift.find((s) => s.channel === channel);
      return {
        serviceCode: ALL,
        channel,
        share: shift?.share.value ?? null,
        shareLastYear: shift?.shareLastYear.value ?? null,
        changePoints: shift?.changePoints ?? null,
      };
    });
    return [
      ...all,
      ...channelShiftByService(result.patterns.channelMix, lastYear.patterns.channelMix),
    ];
  }, [result, lastYear]);

  let status: ChartCardStatus;
  if (query.isError || lastYearQuery.isError) status = 'error';
  else if (!params || !rows) status = 'loading';
  else if (rows.every((row) => row.changePoints === null)) status = 'empty';
  else status = 'ready';

  const label = (code: string) => (code === ALL ? t('channels.allServices') : serviceName(code));
  const signed = (value: number) =>
    t('channelShift.points', {
      value: `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatDecimal(Math.abs(value), language)}`,
    });
  const range = result &&
    lastYear && {
      from: formatDate(result.params.from, language),
      to: formatDate(result.params.to, language),
      lastFrom: formatDate(lastYear.params.from, language),
      lastTo: formatDate(lastYear.params.to, language),
    };
  const table: TableData | undefined =
    rows && range && result
      ? {
          caption: t('channelShift.caption', range),
          fileName: `kanalindsigt-kanalskift-${result.params.municipalityCode}-${result.params.from}-${result.params.to}`,
          columns: [
            { key: 'service', header: t('channels.serviceColumn'), kind: 'text' },
            { key: 'channel', header: t('channels.channelColumn'), kind: 'text' },
            { key: 'share', header: t('channelShift.share'), kind: 'percent' },
            { key: 'shareLastYear', header: t('channelShift.shareLastYear'), kind: 'percent' },
            { key: 'changePoints', header: t('channelShift.change'), kind: 'number' },
          ],
          rows: rows.map((row) => ({
            service: label(row.serviceCode),
            channel: t(CHANNEL_LABELS[row.channel]),
            share: row.share,
            shareLastYear: row.shareLastYear,
            changePoints: row.changePoints,
          })),
        }
      : undefined;

  // One symmetric scale for all panels, so equal shifts look equal in every channel.
  const extent = Math.max(1, ...(rows ?? []).map((row) => Math.abs(row.changePoints ?? 0)));

  return (
    <ChartCard
      testId="channel-shift-chart"
      title={t('channelShift.title')}
      description={<p>{range ? t('channelShift.description', range) : null}</p>}
      status={status}
      error={query.error ?? lastYearQuery.error}
      emptyMessage={t('channelShift.empty')}
      onRetry={() => {
        if (query.isError) void query.refetch();
        if (lastYearQuery.isError) void lastYearQuery.refetch();
      }}
      isUpdating={
        (query.isFetching && !query.isPending) ||
        (lastYearQuery.isFetching && !lastYearQuery.isPending)
      }
      table={table}
    >
      {rows && range && (
        <div className="contact-patterns-shift">
          {CHANNELS.map((channel) => {
            const channelName = t(CHANNEL_LABELS[channel]);
            return (
              <figure key={channel} className="contact-patterns-shift__panel">
                <figcaption className="contact-patterns-shift__title">
                  {t('channelShift.panel', { channel: channelName })}
                </figcaption>
                <ul className="contact-patterns-shift__rows">
                  {rows
                    .filter((row) => row.channel === channel)
                    .map((row) => {
                      const change = row.changePoints;
                      // Half the track is the largest shift of any panel, so panels compare.
                      const width = change === null ? 0 : (Math.abs(change) / extent) * 50;
                      return (
                        <li
                          key={row.serviceCode}
                          className="contact-patterns-shift__row"
                          data-change={change ?? undefined}
                        >
                          <span className="contact-patterns-shift__name">
                            {label(row.serviceCode)}
                          </span>
                          <span className="contact-patterns-shift__track" aria-hidden="true">
                            {change !== null && change !== 0 && (
                              <span
                                className="contact-patterns-shift__bar"
                                style={{
                                  backgroundColor: CHANNEL_COLORS[channel],
                                  width: `${width}%`,
                                  ...(change > 0 ? { left: '50%' } : { right: '50%' }),
                                }}
                              />
                            )}
                          </span>
                          <span className="contact-patterns-shift__value">
                            {change === null ? t('channelShift.noChange') : signed(change)}
                          </span>
                        </li>
                      );
                    })}
                </ul>
              </figure>
            );
          })}
        </div>
      )}
    </ChartCard>
  );
}
