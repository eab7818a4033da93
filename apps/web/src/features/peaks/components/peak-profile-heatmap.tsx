import { useMemo } from 'react';
import { buildHeatmapGrids } from '../../../components/charts/heatmap-grid';
import { HeatmapLegend, HeatmapTable } from '../../../components/charts/heatmap-table';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import { heatmapTableData } from '../../../components/charts/heatmap-table-data';
import type { TableData } from '../../../lib/export/table-data';
import { formatDate, formatDecimal, formatInteger } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import {
  usePeaks,
  type ArrivalProfile,
  type ContactChannel,
  type PeaksParams,
} from '../api/get-peaks';
import { CHANNEL_LABEL, CHANNEL_UNIT } from '../utils/peak-channels';

type PeakProfileHeatmapProps = {
  params: PeaksParams | undefined;
  channel: ContactChannel;
  /** Also show the same period a year earlier, on the same colour scale. */
  showLastYear: boolean;
};

const cellsOf = (profile: ArrivalProfile | null | undefined) =>
  (profile?.cells ?? []).map((cell) => ({ ...cell, value: cell.meanArrivals }));

/** A channel's mean contacts per opening day as weekday × time-slot heatmaps, now and last year. */
export function PeakProfileHeatmap({ params, channel, showLastYear }: PeakProfileHeatmapProps) {
  const { t, language } = useI18n();
  const query = usePeaks(params);
  const result = query.data;
  const peaks = result?.peaks.channels.find((c) => c.channel === channel);
  const grids = useMemo(() => {
    if (!result || !peaks?.profile) return undefined;
    const layers = [cellsOf(peaks.profile)];
    if (showLastYear) layers.push(cellsOf(peaks.profileLastYear));
    return buildHeatmapGrids(layers, result.params.resolution === 'HOUR' ? 60 : 15);
  }, [result, peaks, showLastYear]);
  const [grid, lastYearGrid] = grids ?? [];
  const lastYearHasData = cellsOf(peaks?.profileLastYear).some((cell) => cell.value > 0);

  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!params || !result) status = 'loading';
  else if (!grid) status = 'empty';
  else status = 'ready';

  const channelName = t(CHANNEL_LABEL[channel]);
  const formatValue = (value: number) => formatDecimal(value, language);
  const dates = (profile: ArrivalProfile) => ({
    channel: channelName,
    from: formatDate(profile.from, language),
    to: formatDate(profile.to, language),
  });

  const table: TableData | undefined =
    grid && peaks?.profile && result
      ? heatmapTableData({
          caption: t('peakProfile.tableCaption', dates(peaks.profile)),
          fileName: `kanalindsigt-ugeprofil-${channel.toLowerCase()}-${result.params.municipalityCode}-${result.params.from}-${result.params.to}`,
          weekdayHeader: t('peaks.weekday'),
          timeHeader: t('peaks.time'),
          layers: [
            { key: 'value', header: t('peakProfile.value'), grid },
            ...(lastYearGrid
              ? [{ key: 'lastYear', header: t('peakProfile.valueLastYear'), grid: lastYearGrid }]
              : []),
          ],
          language,
        })
      : undefined;

  return (
    <ChartCard
      testId="peak-profile-heatmap"
      title={t('peakProfile.title', { channel: channelName })}
      description={<p>{t('peakProfile.description', { unit: t(CHANNEL_UNIT[channel]) })}</p>}
      status={status}
      error={query.error}
      emptyMessage={t(result && !peaks?.profile ? 'peakProfile.noProfile' : 'peakProfile.empty')}
      onRetry={() => void query.refetch()}
      isUpdating={query.isFetching && !query.isPending}
      table={table}
    >
      {grid && peaks?.profile && (
        <>
          <HeatmapTable
            grid={grid}
            caption={t('peakProfile.caption', dates(peaks.profile))}
            cornerLabel={t('peaks.weekday')}
            noValueLabel={t('peakProfile.none')}
            formatValue={formatValue}
          />
          <p className="chart-card__note">
            {t('peakProfile.openingDays', {
              count: formatInteger(peaks.profile.openingDays, language),
            })}
          </p>
          {lastYearGrid &&
            peaks.profileLastYear &&
            (lastYearHasData ? (
              <>
                <HeatmapTable
                  grid={lastYearGrid}
                  caption={t('peakProfile.captionLastYear', dates(peaks.profileLastYear))}
                  cornerLabel={t('peaks.weekday')}
                  noValueLabel={t('peakProfile.none')}
                  formatValue={formatValue}
                />
                <p className="chart-card__note">
                  {t('peakProfile.openingDays', {
                    count: formatInteger(peaks.profileLastYear.openingDays, language),
                  })}
                </p>
              </>
            ) : (
              <p className="chart-card__note">{t('peakProfile.lastYearEmpty')}</p>
            ))}
          <HeatmapLegend max={grid.max} title={t('peakProfile.legend')} formatValue={formatValue} />
        </>
      )}
    </ChartCard>
  );
}
