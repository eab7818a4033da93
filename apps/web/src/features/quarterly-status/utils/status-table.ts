import type { TableColumn, TableData } from '../../../lib/export/table-data';
import { formatPeriod, type Language } from '../../../lib/format';
import type { Translate } from '../../../lib/i18n';
import type { StatusChannel, StatusTile } from '../api/get-quarterly-status';
import { displayValue, formatTarget } from './kpi-format';
import { previousQuarter, quarterLabel, quarterYearEarlier } from './quarter';

/**
 * The numbers of one channel's tiles as a table: a row per KPI with the 8 quarters of its
 * sparkline (the reported quarter last), both changes, the target and the status. Waits are in
 * minutes, as on the tiles.
 */
export function statusTable(
  channel: StatusChannel,
  tiles: readonly StatusTile[],
  quarter: string,
  municipalityCode: string,
  language: Language,
  t: Translate,
): TableData {
  const quarters = tiles[0]?.sparkline.map((point) => point.quarter) ?? [quarter];
  const columns: TableColumn[] = [
    { key: 'kpi', header: t('quarterlyStatus.column.kpi'), kind: 'text' },
    { key: 'unit', header: t('quarterlyStatus.column.unit'), kind: 'text' },
    ...quarters.map((q): TableColumn => ({
      key: q,
      header: formatPeriod(q, language),
      kind: 'number',
    })),
    {
      key: 'deltaPrevious',
      header: t('quarterlyStatus.column.deltaPrevious', {
        quarter: formatPeriod(previousQuarter(quarter), language),
      }),
      kind: 'number',
    },
    {
      key: 'deltaLastYear',
      header: t('quarterlyStatus.column.deltaLastYear', {
        quarter: formatPeriod(quarterYearEarlier(quarter), language),
      }),
      kind: 'number',
    },
    { key: 'target', header: t('quarterlyStatus.column.target'), kind: 'text' },
    { key: 'status', header: t('quarterlyStatus.column.status'), kind: 'text' },
  ];
  const rows = tiles.map((tile) => {
    const unit = tile.kpi.unit;
    const shown = (value: number | null) => (value === null ? null : displayValue(value, unit));
    return {
      kpi: language === 'da' ? tile.kpi.labelDa : tile.kpi.labelEn,
      unit: t(`quarterlyStatus.unitName.${unit}`),
      ...Object.fromEntries(tile.sparkline.map((point) => [point.quarter, shown(point.value)])),
      deltaPrevious: shown(tile.deltaPreviousQuarter),
      deltaLastYear: shown(tile.deltaSameQuarterLastYear),
      target: tile.targets.map((target) => formatTarget(target, unit, language, t)).join('; '),
      status: t(`quarterlyStatus.status.${tile.status}`),
    };
  });
  const channelName = t(`quarterlyStatus.channel.${channel}`);
  return {
    caption: t('quarterlyStatus.tableCaption', {
      channel: channelName,
      quarter: quarterLabel(quarter, t),
    }),
    fileName: `kanalindsigt-kvartalsstatus-${channel.toLowerCase().replace('_', '-')}-${municipalityCode}-${quarter}`,
    columns,
    rows,
  };
}
