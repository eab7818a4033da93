import { useMemo } from 'react';
import { buildHeatmapGrid } from '../../../components/charts/heatmap-grid';
import { HeatmapTable } from '../../../components/charts/heatmap-table';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import type { TableData } from '../../../lib/export/table-data';
import {
  formatDate,
  formatDecimal,
  formatHour,
  formatNumber,
  formatWeekday,
} from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useChanceQueue, type ChanceQueueParams } from '../api/get-chance-queue';

/**
 * Walk-ins a chance queue could have served in idle slots, per opening day, as a weekday × hour
 * table: the number is in every cell, the single-hue shade only repeats it.
 */
export function ChanceQueueGridCard({ params }: { params: ChanceQueueParams | undefined }) {
  const { t, language } = useI18n();
  const query = useChanceQueue(params);
  const result = query.data;
  // Hours with neither walk-ins nor idle time show as "–"; the shade is the walk-ins servable.
  const grid = useMemo(
    () =>
      result
        ? buildHeatmapGrid(
            result.chanceQueue.cells
              .filter((cell) => cell.walkIns > 0 || cell.usableIdleMinutes > 0)
              .map((cell) => ({
                weekday: cell.weekday,
                hour: cell.hour,
                value: cell.walkInsServable,
              })),
          )
        : undefined,
    [result],
  );

  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!params || !result) status = 'loading';
  else if (result.chanceQueue.totals.openingDays === 0 || !grid) status = 'empty';
  else status = 'ready';

  const table = useMemo((): TableData | undefined => {
    if (!result) return undefined;
    const { chanceQueue } = result;
    return {
      caption: t('booking.chanceQueue.grid.tableCaption', {
        from: formatDate(chanceQueue.from, language),
        to: formatDate(chanceQueue.to, language),
      }),
      fileName: `kanalindsigt-chancekoe-${chanceQueue.municipalityCode}-${chanceQueue.from}-${chanceQueue.to}`,
      columns: [
        { key: 'weekday', header: t('booking.chanceQueue.weekday'), kind: 'text' },
        { key: 'hour', header: t('booking.chanceQueue.hour'), kind: 'text' },
        {
          key: 'walkIns',
          header: t('booking.chanceQueue.walkIns'),
          kind: 'number',
          fractionDigits: 2,
        },
        {
          key: 'walkInsServable',
          header: t('booking.chanceQueue.servable'),
          kind: 'number',
          fractionDigits: 2,
        },
        {
          key: 'idleUnbookedMinutes',
          header: t('booking.chanceQueue.idleUnbooked'),
          kind: 'number',
        },
        { key: 'idleNoShowMinutes', header: t('booking.chanceQueue.idleNoShow'), kind: 'number' },
        { key: 'usableIdleMinutes', header: t('booking.chanceQueue.usable'), kind: 'number' },
        { key: 'staffMinutes', header: t('booking.chanceQueue.staffMinutes'), kind: 'number' },
      ],
      rows: chanceQueue.cells.map((cell) => ({
        weekday: formatWeekday(cell.weekday, language),
        hour: formatHour(cell.hour, language),
        walkIns: cell.walkIns,
        walkInsServable: cell.walkInsServable,
        idleUnbookedMinutes: cell.idleUnbookedMinutes,
        idleNoShowMinutes: cell.idleNoShowMinutes,
        usableIdleMinutes: cell.usableIdleMinutes,
        staffMinutes: cell.staffMinutes,
      })),
    };
  }, [result, language, t]);

  const minutes = result?.chanceQueue.minutesPerWalkIn;

  return (
    <ChartCard
      testId="chance-queue-grid"
      title={t('booking.chanceQueue.grid.title')}
      description={
        <p>
          {t('booking.chanceQueue.grid.description')}
          {minutes !== null &&
            minutes !== undefined &&
            ` ${t('booking.chanceQueue.grid.minutes', { minutes: formatNumber(minutes, language) })}`}
        </p>
      }
      status={status}
      error={query.error}
      emptyMessage={t('booking.chanceQueue.grid.empty')}
      onRetry={() => void query.refetch()}
      isUpdating={query.isFetching && !query.isPending}
      table={table}
    >
      {result && grid && (
        <>
          <HeatmapTable
            grid={grid}
            caption={t('booking.chanceQueue.grid.caption', {
              from: formatDate(result.chanceQueue.from, language),
              to: formatDate(result.chanceQueue.to, language),
            })}
            cornerLabel={t('booking.chanceQueue.weekday')}
            noValueLabel={t('booking.chanceQueue.grid.none')}
            formatValue={(value) => formatDecimal(value, language)}
          />
          <p className="chart-card__note">{t('booking.chanceQueue.grid.legend')}</p>
        </>
      )}
    </ChartCard>
  );
}
