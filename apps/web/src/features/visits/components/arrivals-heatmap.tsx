import { useId, useMemo } from 'react';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import { SEQUENTIAL_BLUES, textColorOn } from '../../../lib/colors';
import {
  formatDate,
  formatDecimal,
  formatHour,
  formatInteger,
  formatWeekday,
} from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useArrivalsHeatmap } from '../api/get-arrivals-heatmap';
import type { VisitsQueryParams } from '../api/visits-query-params';
import { buildHeatmapGrid, heatmapClass, heatmapClassRanges } from '../utils/heatmap-grid';

/**
 * Mean arrivals per opening day as a weekday × hour table. Every cell shows its number as text
 * and is shaded on a single-hue scale, so the table works without colour and for screen readers.
 */
export function ArrivalsHeatmap({ params }: { params: VisitsQueryParams | undefined }) {
  const { t, language } = useI18n();
  const captionId = useId();
  const legendId = useId();
  const query = useArrivalsHeatmap(params);
  const result = query.data;
  const grid = useMemo(
    () => (result ? buildHeatmapGrid(result.heatmap.cells) : undefined),
    [result],
  );

  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!params || !result) status = 'loading';
  else if (!grid) status = 'empty';
  else status = 'ready';

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
    >
      {result && grid && (
        <>
          <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table className="heatmap">
              <caption id={captionId}>
                {t('heatmap.caption', {
                  from: formatDate(result.params.from, language),
                  to: formatDate(result.params.to, language),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="heatmap__corner">
                    {t('heatmap.weekday')}
                  </th>
                  {grid.hours.map((hour) => (
                    <th key={hour} scope="col" className="heatmap__hour">
                      {formatHour(hour, language)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.weekdays.map((weekday) => (
                  <tr key={weekday}>
                    <th scope="row" className="heatmap__weekday">
                      {formatWeekday(weekday, language)}
                    </th>
                    {grid.hours.map((hour) => {
                      const value = grid.value(weekday, hour);
                      if (value === null) {
                        return (
                          <td key={hour} className="heatmap__cell heatmap__cell--none">
                            <span aria-hidden="true">–</span>
                            <span className="visually-hidden">{t('heatmap.noArrivals')}</span>
                          </td>
                        );
                      }
                      const background = heatmapColor(value, grid.max);
                      return (
                        <td
                          key={hour}
                          className="heatmap__cell"
                          data-value={value}
                          data-weekday={weekday}
                          data-hour={hour}
                          style={{ backgroundColor: background, color: textColorOn(background) }}
                        >
                          {formatDecimal(value, language)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <div className="heatmap-legend">
            <p id={legendId} className="heatmap-legend__title">
              {t('heatmap.legend')}
            </p>
            <ul className="heatmap-legend__items" aria-labelledby={legendId}>
              {heatmapClassRanges(grid.max).map((range) => (
                <li key={range.color} className="heatmap-legend__item">
                  <span
                    className="heatmap-legend__swatch"
                    style={{ backgroundColor: range.color }}
                    aria-hidden="true"
                  />
                  {t('heatmap.legendRange', {
                    from: formatDecimal(range.from, language),
                    to: formatDecimal(range.to, language),
                  })}
                </li>
              ))}
            </ul>
          </div>

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

function heatmapColor(value: number, max: number): string {
  return SEQUENTIAL_BLUES[heatmapClass(value, max)] ?? '#ffffff';
}
