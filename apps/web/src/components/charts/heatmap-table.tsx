import { useId } from 'react';
import { textColorOn } from '../../lib/colors';
import { formatHour, formatWeekday } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { heatmapClassRanges, heatmapColor, type HeatmapGrid } from './heatmap-grid';

type HeatmapTableProps = {
  grid: HeatmapGrid;
  caption: string;
  /** Header of the weekday column, e.g. "Ugedag". */
  cornerLabel: string;
  /** Read out for a slot without any value (usually closed). */
  noValueLabel: string;
  formatValue: (value: number) => string;
};

/**
 * A weekday × time-of-day profile as a table. Every cell shows its number as text and is shaded
 * on a single-hue scale, so the table works without colour and for screen readers; the region
 * scrolls sideways by keyboard when the slots do not fit.
 */
export function HeatmapTable({
  grid,
  caption,
  cornerLabel,
  noValueLabel,
  formatValue,
}: HeatmapTableProps) {
  const { language } = useI18n();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="heatmap">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="heatmap__corner">
              {cornerLabel}
            </th>
            {grid.slots.map((slot) => (
              <th key={`${slot.hour}:${slot.minute}`} scope="col" className="heatmap__hour">
                {formatHour(slot.hour, language, slot.minute)}
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
              {grid.slots.map((slot) => {
                const slotKey = `${slot.hour}:${slot.minute}`;
                const value = grid.value(weekday, slot);
                if (value === null) {
                  return (
                    <td key={slotKey} className="heatmap__cell heatmap__cell--none">
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{noValueLabel}</span>
                    </td>
                  );
                }
                const background = heatmapColor(value, grid.max);
                return (
                  <td
                    key={slotKey}
                    className="heatmap__cell"
                    data-value={value}
                    data-weekday={weekday}
                    data-hour={slot.hour}
                    data-minute={slot.minute}
                    style={{ backgroundColor: background, color: textColorOn(background) }}
                  >
                    {formatValue(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The colour classes of a heatmap with their value ranges, as a titled list. */
export function HeatmapLegend({
  max,
  title,
  formatValue,
}: {
  max: number;
  title: string;
  formatValue: (value: number) => string;
}) {
  const { t } = useI18n();
  const legendId = useId();
  return (
    <div className="heatmap-legend">
      <p id={legendId} className="heatmap-legend__title">
        {title}
      </p>
      <ul className="heatmap-legend__items" aria-labelledby={legendId}>
        {heatmapClassRanges(max).map((range) => (
          <li key={range.color} className="heatmap-legend__item">
            <span
              className="heatmap-legend__swatch"
              style={{ backgroundColor: range.color }}
              aria-hidden="true"
            />
            {t('heatmap.legendRange', { from: formatValue(range.from), to: formatValue(range.to) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
