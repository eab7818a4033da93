import { useMemo } from 'react';
import { buildHeatmapGrids } from '../../../components/charts/heatmap-grid';
import { HeatmapLegend, HeatmapTable } from '../../../components/charts/heatmap-table';
import { heatmapTableData } from '../../../components/charts/heatmap-table-data';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import type { TableData } from '../../../lib/export/table-data';
import { formatDate, formatDecimal } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { ForecastParams } from '../api/forecast-params';
import { useForecast, type ForecastChannel, type ForecastHourCell } from '../api/get-forecast';
import {
  channelOf,
  forecastRange,
  MAIN_CHANNEL,
  VIEW_LABEL,
  VIEW_UNIT,
  type ForecastView,
} from '../utils/forecast-views';

type ForecastHeatmapProps = { params: ForecastParams | undefined; view: ForecastView };

const asCells = (cells: readonly ForecastHourCell[]) =>
  cells.map((cell) => ({ weekday: cell.weekday, hour: cell.hour, value: cell.expected }));

/** Sums hour cells of several channels (walk-ins and booked make the visits in person). */
function sumCells(layers: readonly (readonly ForecastHourCell[])[]): ForecastHourCell[] {
  const sums = new Map<string, ForecastHourCell>();
  for (const cells of layers)
    for (const cell of cells) {
      const key = `${cell.weekday}:${cell.hour}`;
      const found = sums.get(key);
      if (found) found.expected += cell.expected;
      else sums.set(key, { ...cell });
    }
  return [...sums.values()];
}

/**
 * The forecast as a weekday × hour heatmap (mean per open forecast day). In person is every
 * visitor, as on the heatmap of the past above: walk-ins plus booked, both in the table.
 */
export function ForecastHeatmap({ params, view }: ForecastHeatmapProps) {
  const { t, language } = useI18n();
  const query = useForecast(params);
  const forecast = query.data?.forecast;
  // In person counts every visitor here, not only the walk-ins.
  const channelName = t(view === 'VISIT' ? 'forecastHeatmap.VISIT' : VIEW_LABEL[view]);
  const unit = t(view === 'VISIT' ? 'forecastHeatmap.VISIT.unit' : VIEW_UNIT[view]);

  const heatmap = useMemo(() => {
    if (!forecast) return undefined;
    const parts: ForecastChannel[] =
      view === 'VISIT' ? ['WALK_INS', 'BOOKED'] : [MAIN_CHANNEL[view]];
    const channels = parts.map((channel) => channelOf(forecast, channel));
    const main = channelOf(forecast, MAIN_CHANNEL[view]);
    const range = main && forecastRange(main.days);
    if (!range) return undefined;
    const cellLayers = channels.map((channel) => channel?.heatmap ?? []);
    const total = parts.length > 1 ? sumCells(cellLayers) : (cellLayers[0] ?? []);
    const grids = buildHeatmapGrids([total, ...(parts.length > 1 ? cellLayers : [])].map(asCells));
    return grids && { grids, range };
  }, [forecast, view]);

  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!params || !forecast) status = 'loading';
  else if (!heatmap) status = 'empty';
  else status = 'ready';

  const formatValue = (value: number) => formatDecimal(value, language);
  const dates = heatmap && {
    channel: channelName,
    from: formatDate(heatmap.range.from, language),
    to: formatDate(heatmap.range.to, language),
  };
  const [grid, walkIns, booked] = heatmap?.grids ?? [];
  const table: TableData | undefined =
    grid && dates && forecast
      ? heatmapTableData({
          caption: t('forecastHeatmap.tableCaption', dates),
          fileName: `kanalindsigt-prognose-ugeprofil-${view.toLowerCase()}-${forecast.origin}-${heatmap.range.to}`,
          weekdayHeader: t('forecast.weekday'),
          timeHeader: t('forecast.time'),
          layers: [
            { key: 'value', header: t('forecastHeatmap.value'), grid },
            ...(walkIns && booked
              ? [
                  { key: 'walkIns', header: t('forecastHeatmap.walkIns'), grid: walkIns },
                  { key: 'booked', header: t('forecastHeatmap.booked'), grid: booked },
                ]
              : []),
          ],
          language,
        })
      : undefined;

  return (
    <ChartCard
      testId="forecast-heatmap"
      title={t('forecastHeatmap.title', { channel: channelName })}
      description={<p>{t('forecastHeatmap.description', { unit, weeks: params?.weeks ?? '' })}</p>}
      status={status}
      error={query.error}
      emptyMessage={t('forecastHeatmap.empty')}
      onRetry={() => void query.refetch()}
      isUpdating={query.isFetching && !query.isPending}
      table={table}
    >
      {grid && dates && (
        <>
          <HeatmapTable
            grid={grid}
            caption={t('forecastHeatmap.caption', dates)}
            cornerLabel={t('forecast.weekday')}
            noValueLabel={t('forecastHeatmap.none')}
            formatValue={formatValue}
          />
          <HeatmapLegend
            max={grid.max}
            title={t('forecastHeatmap.legend')}
            formatValue={formatValue}
          />
        </>
      )}
    </ChartCard>
  );
}
