#!/usr/bin/env node
/**
 * `npm run bench:forecast [-- --municipality <code> --channel calls|visits]`: rolling-origin
 * backtest of the daily forecast over the last 12 months of the data loaded (the sample's
 * Høje-Taastrup by default), one origin a week, horizons 1–8 weeks. Per channel: MASE of the
 * forecast, of seasonal naive and of the 4-week seasonal moving average, the ratios, the coverage
 * of the 80 % and 95 % intervals and the fit time. `visits` means walk-ins and booked visits.
 * The last line is one JSON object. A missed target is reported, not failed: this is a measurement.
 */
import { addDays } from '@kanalindsigt/calendar/local-date';
import { backtest, type BacktestResult } from '@kanalindsigt/forecast/backtest';
import { bookedForecast } from '@kanalindsigt/forecast/booked-forecast';
import { dailyForecast, MAX_HORIZON_DAYS } from '@kanalindsigt/forecast/daily-forecast';
import { createWarehouseDataSource } from '@kanalindsigt/warehouse/data-source';
import { provideDatabase } from '@kanalindsigt/warehouse/database-provider';
import { Warehouse } from '../database/warehouse';
import { ForecastRepository } from '../forecast/forecast.repository';

const TARGETS = {
  ratioToSeasonalNaive: 0.8,
  ratioToSeasonalMovingAverage: 1.0,
  coverage80: [0.75, 0.85],
  coverage95: [0.92, 0.97],
  fitMs: 2000,
} as const;

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

function verdicts(result: BacktestResult) {
  return {
    ratioToSeasonalNaive: result.ratio.toSeasonalNaive <= TARGETS.ratioToSeasonalNaive,
    ratioToSeasonalMovingAverage:
      result.ratio.toSeasonalMovingAverage <= TARGETS.ratioToSeasonalMovingAverage,
    coverage80:
      result.coverage80 >= TARGETS.coverage80[0] && result.coverage80 <= TARGETS.coverage80[1],
    coverage95:
      result.coverage95 >= TARGETS.coverage95[0] && result.coverage95 <= TARGETS.coverage95[1],
    fitMs: result.fitMs.max <= TARGETS.fitMs,
  };
}

async function main(): Promise<void> {
  const municipality = argument('municipality', '0169');
  const channel = argument('channel', 'all');
  if (!['all', 'calls', 'visits'].includes(channel))
    throw new Error(`--channel must be calls or visits; got "${channel}".`);
  const database = await provideDatabase((line) => console.error(line));
  const dataSource = createWarehouseDataSource(database.url, 2);
  await dataSource.initialize();
  try {
    const repository = new ForecastRepository(new Warehouse(dataSource));
    const last = await repository.lastDay(municipality);
    if (!last) throw new Error(`No calls or visits are loaded for municipality ${municipality}.`);
    const firstOrigin = addDays(last, -365);
    const lastOrigin = addDays(last, -MAX_HORIZON_DAYS);
    const from = addDays(firstOrigin, -730);
    const events = await repository.events(municipality);
    const window = { firstOrigin, lastOrigin, stepDays: 7 };
    const results: Record<string, BacktestResult> = {};
    for (const daily of ['calls', 'walkIns'] as const) {
      if (channel !== 'all' && (daily === 'calls') !== (channel === 'calls')) continue;
      const history = await repository.daily(daily, municipality, from, last);
      results[daily] = backtest({
        ...window,
        actuals: history,
        forecastAt: (origin) =>
          dailyForecast({ history, origin, horizonDays: MAX_HORIZON_DAYS, events }),
      });
    }
    if (channel !== 'calls') {
      const bookings = await repository.bookings(municipality, from, last);
      const attended = new Map<string, number>();
      for (const b of bookings)
        if (b.status === 'attended')
          attended.set(b.slotDate, (attended.get(b.slotDate) ?? 0) + b.count);
      results.booked = backtest({
        ...window,
        actuals: [...attended].map(([date, count]) => ({ date, count })),
        forecastAt: (origin) =>
          bookedForecast({ bookings, origin, horizonDays: MAX_HORIZON_DAYS, events }),
      });
    }
    const percent = (v: number) => `${(v * 100).toFixed(1)} %`;
    console.log(
      `Forecast backtest, municipality ${municipality}, origins ${firstOrigin}…${lastOrigin}`,
    );
    console.log(
      'channel   origins  days  MASE fc  MASE sn  MASE sma  fc/sn  fc/sma  cover80  cover95  fit ms (mean/max)',
    );
    for (const [name, r] of Object.entries(results))
      console.log(
        [
          name.padEnd(8),
          String(r.origins).padStart(7),
          String(r.evaluatedDays).padStart(5),
          r.mase.forecast.toFixed(3).padStart(8),
          r.mase.seasonalNaive.toFixed(3).padStart(8),
          r.mase.seasonalMovingAverage.toFixed(3).padStart(9),
          r.ratio.toSeasonalNaive.toFixed(3).padStart(6),
          r.ratio.toSeasonalMovingAverage.toFixed(3).padStart(7),
          percent(r.coverage80).padStart(8),
          percent(r.coverage95).padStart(8),
          `${r.fitMs.mean.toFixed(0)}/${r.fitMs.max.toFixed(0)}`.padStart(10),
        ].join(' '),
      );
    console.log(
      JSON.stringify({
        municipality,
        firstOrigin,
        lastOrigin,
        horizonDays: MAX_HORIZON_DAYS,
        targets: TARGETS,
        channels: Object.fromEntries(
          Object.entries(results).map(([name, r]) => [name, { ...r, meets: verdicts(r) }]),
        ),
      }),
    );
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
