/** Simulated daily counts with known weekday rates, for the forecast's tests. */
import { calendarDay } from '@kanalindsigt/calendar/danish-holidays';
import { eachDay } from '@kanalindsigt/calendar/local-date';
import type { DailyCount } from '../daily-forecast';
import { seededRandom } from './queue-simulation';

/** Knuth's multiplication method; rates here stay small enough for it. */
export function poissonDraw(random: () => number, mean: number): number {
  if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(random)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) {
    k += 1;
    p *= random();
  }
  return k;
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Rate per ISO weekday (1 = Monday; 0 = closed), closed on public holidays and closure days. */
export function simulateDays(options: {
  from: string;
  to: string;
  weekdayRates: Readonly<Record<number, number>>;
  seed: number;
  /** Multiplies the rate from this date on. */
  levelShift?: { from: string; factor: number };
}): DailyCount[] {
  const random = seededRandom(options.seed);
  return eachDay(options.from, options.to).map((date) => {
    const day = calendarDay(date);
    let rate = options.weekdayRates[day.weekday] ?? 0;
    if (day.isPublicHoliday || day.isClosureDay) rate = 0;
    if (options.levelShift && date >= options.levelShift.from) rate *= options.levelShift.factor;
    return { date, count: rate > 0 ? poissonDraw(random, rate) : 0 };
  });
}
