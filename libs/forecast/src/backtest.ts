/**
 * Rolling-origin backtest of the daily forecast against two benchmarks: seasonal naive (the same
 * weekday one week earlier, i.e. the last same weekday known at the origin) and the seasonal
 * moving average (mean of the last four same weekdays known at the origin). Errors are scaled as
 * in MASE (Hyndman & Koehler 2006) by the in-sample one-week seasonal-naive error of the year
 * before each origin. Days count when the model or the actuals say open.
 */
import { addDays, eachDay, isoWeekday } from '@kanalindsigt/calendar/local-date';
import type { DailyCount, DailyForecast } from './daily-forecast';

export interface BacktestInput {
  /** What happened each day (days missing are zero). */
  actuals: readonly DailyCount[];
  /** The forecast as it would have been made at the end of `origin`. */
  forecastAt: (origin: string) => Pick<DailyForecast, 'days' | 'openWeekdays'>;
  /** First and last origin; one every `stepDays`. */
  firstOrigin: string;
  lastOrigin: string;
  stepDays: number;
}

export interface BacktestResult {
  origins: number;
  evaluatedDays: number;
  mase: { forecast: number; seasonalNaive: number; seasonalMovingAverage: number };
  ratio: { toSeasonalNaive: number; toSeasonalMovingAverage: number };
  coverage80: number;
  coverage95: number;
  /** Mean and largest time to fit one origin, in milliseconds. */
  fitMs: { mean: number; max: number };
}

export function backtest(input: BacktestInput): BacktestResult {
  const counts = new Map<string, number>();
  for (const { date, count } of input.actuals) counts.set(date, (counts.get(date) ?? 0) + count);
  const value = (date: string) => counts.get(date) ?? 0;
  const totals = { forecast: 0, seasonalNaive: 0, seasonalMovingAverage: 0 };
  let inside80 = 0;
  let inside95 = 0;
  let evaluated = 0;
  let origins = 0;
  const fitTimes: number[] = [];
  for (
    let origin = input.firstOrigin;
    origin <= input.lastOrigin;
    origin = addDays(origin, input.stepDays)
  ) {
    const started = performance.now();
    const forecast = input.forecastAt(origin);
    fitTimes.push(performance.now() - started);
    const scale = seasonalNaiveScale(value, origin, forecast.openWeekdays);
    if (scale === 0) continue;
    origins += 1;
    for (const day of forecast.days) {
      const actual = value(day.date);
      if (!day.isOpen && actual === 0) continue;
      const sameWeekdays = [1, 2, 3, 4].map((k) => {
        // The k-th latest same weekday known at the origin.
        const weeksBack = Math.ceil((Date.parse(day.date) - Date.parse(origin)) / (7 * 86_400_000));
        return value(addDays(day.date, -7 * (weeksBack + k - 1)));
      });
      totals.forecast += Math.abs(actual - day.mean) / scale;
      totals.seasonalNaive += Math.abs(actual - sameWeekdays[0]!) / scale;
      totals.seasonalMovingAverage +=
        Math.abs(actual - sameWeekdays.reduce((s, v) => s + v, 0) / 4) / scale;
      if (actual >= day.low80 && actual <= day.high80) inside80 += 1;
      if (actual >= day.low95 && actual <= day.high95) inside95 += 1;
      evaluated += 1;
    }
  }
  const mase = {
    forecast: totals.forecast / evaluated,
    seasonalNaive: totals.seasonalNaive / evaluated,
    seasonalMovingAverage: totals.seasonalMovingAverage / evaluated,
  };
  return {
    origins,
    evaluatedDays: evaluated,
    mase,
    ratio: {
      toSeasonalNaive: mase.forecast / mase.seasonalNaive,
      toSeasonalMovingAverage: mase.forecast / mase.seasonalMovingAverage,
    },
    coverage80: inside80 / evaluated,
    coverage95: inside95 / evaluated,
    fitMs: {
      mean: fitTimes.reduce((s, v) => s + v, 0) / fitTimes.length,
      max: Math.max(...fitTimes),
    },
  };
}

/** Mean |y_t − y_{t−7}| over the year before the origin, on open weekdays. */
function seasonalNaiveScale(
  value: (date: string) => number,
  origin: string,
  openWeekdays: readonly number[],
): number {
  let sum = 0;
  let n = 0;
  for (const date of eachDay(addDays(origin, -364), origin)) {
    if (!openWeekdays.includes(isoWeekday(date))) continue;
    sum += Math.abs(value(date) - value(addDays(date, -7)));
    n += 1;
  }
  return n === 0 ? 0 : sum / n;
}
