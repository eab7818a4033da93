import type { TableData, TableValue } from '../../lib/export/table-data';
import { formatHour, formatWeekday, type Language } from '../../lib/format';
import type { HeatmapGrid } from './heatmap-grid';

type HeatmapTableOptions = {
  caption: string;
  fileName: string;
  weekdayHeader: string;
  timeHeader: string;
  /** One value column per grid (e.g. this year and last year, laid out together). */
  layers: readonly { key: string; header: string; grid: HeatmapGrid }[];
  language: Language;
};

/** A heatmap's numbers in long form, one row per weekday and slot: its table and downloads. */
export function heatmapTableData({
  caption,
  fileName,
  weekdayHeader,
  timeHeader,
  layers,
  language,
}: HeatmapTableOptions): TableData {
  const first = layers[0]?.grid;
  return {
    caption,
    fileName,
    columns: [
      { key: 'weekday', header: weekdayHeader, kind: 'text' },
      { key: 'time', header: timeHeader, kind: 'text' },
      ...layers.map((layer) => ({ key: layer.key, header: layer.header, kind: 'number' as const })),
    ],
    rows: first
      ? first.weekdays.flatMap((weekday) =>
          first.slots.map((slot) => {
            const row: Record<string, TableValue> = {
              weekday: formatWeekday(weekday, language),
              time: formatHour(slot.hour, language, slot.minute),
            };
            for (const layer of layers) row[layer.key] = layer.grid.value(weekday, slot);
            return row;
          }),
        )
      : [],
  };
}
