import { useMemo } from 'react';
import { buildHeatmapGrid } from '../../../components/charts/heatmap-grid';
import { HeatmapLegend, HeatmapTable } from '../../../components/charts/heatmap-table';
import { heatmapTableData } from '../../../components/charts/heatmap-table-data';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import { formatDate, formatDecimal, formatInteger } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useArrivalsHeatmap } from '../api/get-arrivals-heatmap';
import type { VisitsQueryParams } from '../api/visits-query-params';

/**
 * Mean arrivals per opening day as a weekday × hour table. Every cell shows its number as text
 * and is shaded on a single-hue scale, so the table works without colour and for screen readers.
 */
export function ArrivalsHeatmap({ params }: { params: VisitsQueryParams | undefined }) {
  const { t, language } = useI18n();
  const query = useArrivalsHeatmap(params);
  const result = query.data;
  const grid = useMemo(
    () =>
      result
        ? buildHeatmapGrid(
            result.heatmap.cells.map((cell) => ({ ...cell, value: cell.meanArrivals })),
          )
        : undefined,
    [result],
  );

  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!params || !result) status = 'loading';
  else if (!grid) status = 'empty';
  else status = 'ready';

  const formatValue = (value: number) => formatDecimal(value, language);
  const caption =
    result &&
    t('heatmap.caption', {
      from: formatDate(result.params.from, language),
      to: formatDate(result.params.to, language),
    });
  const table =
    result && grid && caption
      ? heatmapTableData({
          caption,
          fileName: `kanalindsigt-ankomster-${result.params.municipalityCode}-${result.params.from}-${result.params.to}`,
          weekdayHeader: t('heatmap.weekday'),
          timeHeader: t('heatmap.time'),
          layers: [{ key: 'meanArrivals', header: t('heatmap.value'), grid }],
          language,
        })
      : undefined;
  return (
    <ChartCard
      testId="arrivals-heatmap"
      title={t('heatmap.title')}
      description={<p>{t('heatmap.description')}</p>}
      status={status}
      error={query.error}
      emptyMessage={t('heatmap.empty')}
      onRetry={() => void query.refetch()}
      isUpdating={query.isFetching && !query.isPending}
      table={table}
    >
      {result && grid && (
        <>
          <HeatmapTable
            grid={grid}
            caption={caption ?? ''}
            cornerLabel={t('heatmap.weekday')}
            noValueLabel={t('heatmap.noArrivals')}
            formatValue={formatValue}
          />
          <HeatmapLegend max={grid.max} title={t('heatmap.legend')} formatValue={formatValue} />
          <p className="chart-card__note">
            {t('heatmap.openingDays', {
              count: formatInteger(result.heatmap.openingDays, language),
            })}
          </p>
        </>
      )}
    </ChartCard>
  );
}
