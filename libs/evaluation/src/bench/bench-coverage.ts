/**
 * `npm run bench:evaluation`: how often the engine's 95 % interval for the step covers the true
 * effect. Each simulated series is what the booking evaluation fits: monthly counts over 8 years
 * (48 months before go-live, 48 after), an exposure of 19–23 opening days, a yearly seasonal
 * cycle, a slow decline, a true rate ratio of 0.88 at go-live, and overdispersion with variance
 * exactly φ·μ (φ = 2): a Poisson draw around a gamma-distributed mean whose shape is μ/(φ − 1).
 * Each is fitted as quasi-Poisson with one Fourier pair. The last line printed is one JSON object.
 *
 *   npm run bench:evaluation -- [--series 1000] [--seed 20201201]
 */
import { evaluateInterruptedTimeSeries } from '../interrupted-time-series';
import type { SeriesPoint } from '../design';
import { Draws } from './random-counts';

const TRUE_RATIO = 0.88;
const DISPERSION = 2;
const MONTHS = 96;
const GO_LIVE = 49;
const TARGET = { low: 0.93, high: 0.97 };

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a whole number ≥ 1`);
  return value;
}

function simulateSeries(draws: Draws): SeriesPoint[] {
  return Array.from({ length: MONTHS }, (_, i): SeriesPoint => {
    const time = i + 1;
    const season = (i % 12) + 1;
    const exposure = 19 + Math.floor(draws.uniform() * 5);
    const mu =
      exposure *
      Math.exp(
        Math.log(110) -
          0.002 * time +
          0.12 * Math.sin((2 * Math.PI * season) / 12) -
          0.08 * Math.cos((2 * Math.PI * season) / 12) +
          (time >= GO_LIVE ? Math.log(TRUE_RATIO) : 0),
      );
    const shape = mu / (DISPERSION - 1);
    return { time, season, exposure, value: draws.poisson(draws.gamma(shape, mu / shape)) };
  });
}

function main(): void {
  const seriesCount = option('series', 1000);
  const draws = new Draws(option('seed', 20201201));
  const started = performance.now();
  let covered = 0;
  let estimates = 0;
  let dispersions = 0;
  for (let s = 0; s < seriesCount; s += 1) {
    const result = evaluateInterruptedTimeSeries({
      family: 'quasipoisson',
      series: simulateSeries(draws),
      interventions: [{ start: GO_LIVE }],
      seasonality: { kind: 'fourier', period: 12, harmonics: 1 },
    });
    const step = result.terms.find((term) => term.name === 'step')!;
    if (step.ratioLow! <= TRUE_RATIO && TRUE_RATIO <= step.ratioHigh!) covered += 1;
    estimates += step.ratio!;
    dispersions += result.dispersion;
  }
  const coverage = covered / seriesCount;
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${seriesCount} series of ${MONTHS} months, true rate ratio ${TRUE_RATIO}, dispersion ${DISPERSION}`,
  );
  console.log(`mean estimated rate ratio ${(estimates / seriesCount).toFixed(4)}`);
  console.log(`mean estimated dispersion ${(dispersions / seriesCount).toFixed(3)}`);
  console.log(
    `95 % CI coverage ${(100 * coverage).toFixed(1)} % (target ${100 * TARGET.low}–${100 * TARGET.high} %) in ${seconds.toFixed(1)} s`,
  );
  console.log(
    JSON.stringify({
      benchmark: 'evaluation-coverage',
      series: seriesCount,
      months: MONTHS,
      family: 'quasipoisson',
      trueRatio: TRUE_RATIO,
      trueDispersion: DISPERSION,
      coverage,
      target: TARGET,
      withinTarget: coverage >= TARGET.low && coverage <= TARGET.high,
      meanRatio: estimates / seriesCount,
      meanDispersion: dispersions / seriesCount,
      seconds,
    }),
  );
}

main();
