import { SEQUENTIAL_BLUES } from '../../lib/colors';

const WORKDAYS = [1, 2, 3, 4, 5];
const WEEKEND = [6, 7];

/** One value of a weekday × time-of-day profile (e.g. mean arrivals per opening day). */
export type HeatmapCellValue = {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Hour of the day in Copenhagen time, 0-23. */
  hour: number;
  /** First minute of the slot; 0 (or left out) for whole hours. */
  minute?: number;
  value: number;
};

export type HeatmapSlot = { hour: number; minute: number };

export type HeatmapGrid = {
  /** ISO weekdays shown as rows: Monday-Friday, plus Saturday/Sunday when they had values. */
  weekdays: number[];
  /** Time slots shown as columns: from the first to the last slot with a value on any day. */
  slots: HeatmapSlot[];
  /** The largest value: the top of the colour scale (shared by grids built together). */
  max: number;
  /** The value, or null for a slot without any value in the period (usually closed). */
  value: (weekday: number, slot: HeatmapSlot) => number | null;
};

const key = (weekday: number, minuteOfDay: number) => `${weekday}:${minuteOfDay}`;

/**
 * Lays out several (possibly sparse) profiles on the same weekday × slot grid and colour scale,
 * so e.g. this year and last year can be compared cell by cell; undefined when all are empty.
 * `slotMinutes` is the slot length: 60 for hours, 15 for quarter hours.
 */
export function buildHeatmapGrids(
  layers: readonly (readonly HeatmapCellValue[])[],
  slotMinutes = 60,
): HeatmapGrid[] | undefined {
  let max = 0;
  let first = 24 * 60;
  let last = -1;
  const weekendWithValues = new Set<number>();
  const maps = layers.map((cells) => {
    const values = new Map<string, number>();
    for (const cell of cells) {
      const minuteOfDay = cell.hour * 60 + (cell.minute ?? 0);
      values.set(key(cell.weekday, minuteOfDay), cell.value);
      if (cell.value > 0) {
        max = Math.max(max, cell.value);
        first = Math.min(first, minuteOfDay);
        last = Math.max(last, minuteOfDay);
        if (WEEKEND.includes(cell.weekday)) weekendWithValues.add(cell.weekday);
      }
    }
    return values;
  });
  if (max === 0) return undefined;

  const slots: HeatmapSlot[] = [];
  for (let minuteOfDay = first; minuteOfDay <= last; minuteOfDay += slotMinutes) {
    slots.push({ hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 });
  }
  const weekdays = [...WORKDAYS, ...WEEKEND.filter((day) => weekendWithValues.has(day))];
  return maps.map((values) => ({
    weekdays,
    slots,
    max,
    value: (weekday, slot) => values.get(key(weekday, slot.hour * 60 + slot.minute)) ?? null,
  }));
}

/** One profile as a weekday × slot grid; undefined when it has no value above 0. */
export function buildHeatmapGrid(
  cells: readonly HeatmapCellValue[],
  slotMinutes = 60,
): HeatmapGrid | undefined {
  return buildHeatmapGrids([cells], slotMinutes)?.[0];
}

export const HEATMAP_CLASSES = SEQUENTIAL_BLUES.length;

/** The colour class (0 = lightest) of a value on an equal-interval scale from 0 to max. */
export function heatmapClass(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.min(HEATMAP_CLASSES - 1, Math.floor((value / max) * HEATMAP_CLASSES));
}

/** The single-hue colour of a value on the scale from 0 to max. */
export function heatmapColor(value: number, max: number): string {
  return SEQUENTIAL_BLUES[heatmapClass(value, max)] ?? '#ffffff';
}

/** The value ranges of the colour classes, for the legend. */
export function heatmapClassRanges(max: number): { from: number; to: number; color: string }[] {
  return SEQUENTIAL_BLUES.map((color, index) => ({
    from: (max * index) / HEATMAP_CLASSES,
    to: (max * (index + 1)) / HEATMAP_CLASSES,
    color,
  }));
}
