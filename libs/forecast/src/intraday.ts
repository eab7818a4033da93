/**
 * Weekday × half-hour split of a daily forecast: each weekday's share of its day's arrivals per
 * half hour over the recent weeks before the origin, applied to the forecast days.
 */
import { addDays, isoWeekday } from '@kanalindsigt/calendar/local-date';
import type { ForecastDay } from './daily-forecast';

export const HALF_HOURS = 48;
/** Eight weeks: recent enough for changed opening hours, long enough to smooth the noise. */
const PROFILE_WEEKS = 8;

/** Arrivals in one half hour (0 = 00:00–00:30) of one day. */
export interface SlotCount {
  date: string;
  halfHour: number;
  count: number;
}

export type IntradayShares = ReadonlyMap<number, readonly number[]>;

export function intradayShares(slots: readonly SlotCount[], origin: string): IntradayShares {
  const from = addDays(origin, -7 * PROFILE_WEEKS);
  const sums = new Map<number, number[]>();
  for (const { date, halfHour, count } of slots) {
    if (date <= from || date > origin) continue;
    const weekday = isoWeekday(date);
    const row = sums.get(weekday) ?? new Array<number>(HALF_HOURS).fill(0);
    row[halfHour]! += count;
    sums.set(weekday, row);
  }
  // A weekday without arrivals in the window borrows the shape of all weekdays together.
  const all = new Array<number>(HALF_HOURS).fill(0);
  for (const row of sums.values()) row.forEach((v, i) => (all[i]! += v));
  const normalise = (row: readonly number[]) => {
    const total = row.reduce((s, v) => s + v, 0);
    return row.map((v) => (total > 0 ? v / total : 0));
  };
  const shares = new Map<number, number[]>();
  for (let weekday = 1; weekday <= 7; weekday += 1)
    shares.set(weekday, normalise(sums.get(weekday) ?? all));
  return shares;
}

/** Expected arrivals per half hour of one forecast day. */
export function splitDay(day: ForecastDay, shares: IntradayShares): number[] {
  const row = shares.get(isoWeekday(day.date))!;
  return row.map((share) => share * day.mean);
}

/** Mean expected arrivals per weekday and hour over the open forecast days. */
export function weekdayHourHeatmap(
  days: readonly ForecastDay[],
  shares: IntradayShares,
): { weekday: number; hour: number; mean: number }[] {
  const cells: { weekday: number; hour: number; mean: number }[] = [];
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    const open = days.filter((d) => d.isOpen && isoWeekday(d.date) === weekday);
    if (open.length === 0) continue;
    const meanDay = open.reduce((s, d) => s + d.mean, 0) / open.length;
    const row = shares.get(weekday)!;
    for (let hour = 0; hour < 24; hour += 1) {
      const mean = meanDay * (row[2 * hour]! + row[2 * hour + 1]!);
      if (mean > 0) cells.push({ weekday, hour, mean });
    }
  }
  return cells;
}
