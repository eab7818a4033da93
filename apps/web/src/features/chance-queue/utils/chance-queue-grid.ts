import { SEQUENTIAL_BLUES } from '../../../lib/colors';
import type { ChanceQueueCell } from '../api/get-chance-queue';

const WORKDAYS = [1, 2, 3, 4, 5];
const WEEKEND = [6, 7];

export type ChanceQueueGrid = {
  /** Monday–Friday, plus Saturday/Sunday when the calendar or the queue had anything then. */
  weekdays: number[];
  /** From the first to the last hour with walk-ins or idle time on any day. */
  hours: number[];
  /** The largest walk-ins servable per opening day, for the colour scale. */
  max: number;
  cell: (weekday: number, hour: number) => ChanceQueueCell | undefined;
};

const active = (cell: ChanceQueueCell) => cell.walkIns > 0 || cell.usableIdleMinutes > 0;

/** Lays the cells out as weekday × hour; undefined when no hour had walk-ins or idle time. */
export function buildChanceQueueGrid(
  cells: readonly ChanceQueueCell[],
): ChanceQueueGrid | undefined {
  const byKey = new Map<string, ChanceQueueCell>();
  let firstHour = 24;
  let lastHour = -1;
  let max = 0;
  const weekend = new Set<number>();
  for (const cell of cells) {
    byKey.set(`${cell.weekday}:${cell.hour}`, cell);
    if (!active(cell)) continue;
    firstHour = Math.min(firstHour, cell.hour);
    lastHour = Math.max(lastHour, cell.hour);
    max = Math.max(max, cell.walkInsServable);
    if (WEEKEND.includes(cell.weekday)) weekend.add(cell.weekday);
  }
  if (lastHour < 0) return undefined;
  const hours: number[] = [];
  for (let hour = firstHour; hour <= lastHour; hour += 1) hours.push(hour);
  return {
    weekdays: [...WORKDAYS, ...WEEKEND.filter((day) => weekend.has(day))],
    hours,
    max,
    cell: (weekday, hour) => byKey.get(`${weekday}:${hour}`),
  };
}

/** The single-hue colour of a value on an equal-interval scale from 0 to max. */
export function chanceQueueColor(value: number, max: number): string {
  const classes = SEQUENTIAL_BLUES.length;
  const index =
    max <= 0 || value <= 0 ? 0 : Math.min(classes - 1, Math.floor((value / max) * classes));
  return SEQUENTIAL_BLUES[index] ?? '#ffffff';
}
