import { SEQUENTIAL_BLUES } from '../../../lib/colors';
import type { HeatmapCell } from '../api/get-arrivals-heatmap';

const WORKDAYS = [1, 2, 3, 4, 5];
const WEEKEND = [6, 7];

export type HeatmapGrid = {
  /** ISO weekdays shown as rows: Monday-Friday, plus Saturday/Sunday when they had arrivals. */
  weekdays: number[];
  /** Hours shown as columns: from the first to the last hour with arrivals on any day. */
  hours: number[];
  max: number;
  /** Mean arrivals, or null for an hour without any arrival in the period (usually closed). */
  value: (weekday: number, hour: number) => number | null;
};

/** Lays the (possibly sparse) cells out as a weekday × opening-hours grid; undefined when empty. */
export function buildHeatmapGrid(cells: readonly HeatmapCell[]): HeatmapGrid | undefined {
  const values = new Map<string, number>();
  let max = 0;
  let firstHour = 24;
  let lastHour = -1;
  const weekendWithArrivals = new Set<number>();
  for (const cell of cells) {
    values.set(`${cell.weekday}:${cell.hour}`, cell.meanArrivals);
    if (cell.meanArrivals > 0) {
      max = Math.max(max, cell.meanArrivals);
      firstHour = Math.min(firstHour, cell.hour);
      lastHour = Math.max(lastHour, cell.hour);
      if (WEEKEND.includes(cell.weekday)) weekendWithArrivals.add(cell.weekday);
    }
  }
  if (max === 0) return undefined;

  const hours: number[] = [];
  for (let hour = firstHour; hour <= lastHour; hour += 1) hours.push(hour);
  return {
    weekdays: [...WORKDAYS, ...WEEKEND.filter((day) => weekendWithArrivals.has(day))],
    hours,
    max,
    value: (weekday, hour) => values.get(`${weekday}:${hour}`) ?? null,
  };
}

export const HEATMAP_CLASSES = SEQUENTIAL_BLUES.length;

/** The colour class (0 = lightest) of a value on an equal-interval scale from 0 to max. */
export function heatmapClass(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.min(HEATMAP_CLASSES - 1, Math.floor((value / max) * HEATMAP_CLASSES));
}

/** The value ranges of the colour classes, for the legend. */
export function heatmapClassRanges(max: number): { from: number; to: number; color: string }[] {
  return SEQUENTIAL_BLUES.map((color, index) => ({
    from: (max * index) / HEATMAP_CLASSES,
    to: (max * (index + 1)) / HEATMAP_CLASSES,
    color,
  }));
}
