/**
 * The planted mandatory-booking effects of the simulator's ground truth (the object written to
 * ground-truth.json) must lie inside the engine's 95 % intervals, estimated from monthly series
 * simulated in memory with the simulator's own day functions (see testing/simulated-months.ts).
 * Each series is the one the warehouse would hold for the metric; the models are the ones the
 * evaluation would run: COVID closure months left out, the reduced reopening given its own level.
 */
import { groundTruth } from '@kanalindsigt/simulator/simulate-municipality';
import type { ExcludedPeriod, SeriesPoint } from './design';
import { evaluateInterruptedTimeSeries, type EffectTerm } from './interrupted-time-series';
import {
  bookingMonths,
  callMonths,
  rotaMonths,
  SAMPLE_SIMULATION,
  visitMonths,
  visitMonthsCsv,
} from './testing/simulated-months';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './testing/r-fixtures';

const truth = groundTruth(SAMPLE_SIMULATION);
const effects = truth.plantedEffects;
const goLive = truth.interventions.find((i) => i.name === 'Obligatorisk tidsbestilling')!.from;

/** Period numbers count months from `origin` (1 = the origin month). */
function monthNumber(origin: string, month: string): number {
  const [y0, m0] = origin.split('-').map(Number);
  const [y, m] = month.split('-').map(Number);
  return (y! - y0!) * 12 + (m! - m0!) + 1;
}

function points<T extends { month: string }>(
  rows: readonly T[],
  value: (row: T) => number,
  extra: (row: T) => Partial<SeriesPoint> = () => ({}),
): SeriesPoint[] {
  const origin = rows[0]!.month;
  return rows.map((row) => ({
    time: monthNumber(origin, row.month),
    value: value(row),
    season: Number(row.month.slice(5, 7)),
    ...extra(row),
  }));
}

function covidBlocks(origin: string): ExcludedPeriod[] {
  return [
    { from: monthNumber(origin, '2020-03'), to: monthNumber(origin, '2020-05'), treatment: 'drop' },
    {
      from: monthNumber(origin, '2020-06'),
      to: monthNumber(origin, '2020-08'),
      treatment: 'dummy',
      label: 'reopening',
    },
  ];
}

function expectInside(term: EffectTerm | undefined, planted: number, scale: 'ratio' | 'absolute') {
  const [low, high] =
    scale === 'ratio' ? [term!.ratioLow!, term!.ratioHigh!] : [term!.ciLow, term!.ciHigh];
  expect({ planted, low, high, inside: planted >= low && planted <= high }).toEqual({
    planted,
    low,
    high,
    inside: true,
  });
}

const step = (terms: EffectTerm[]) => terms.find((t) => t.name === 'step');
// From the sample's first month to two years after go-live: long enough for the trend and the
// seasons, short enough to simulate in seconds.
const origin = '2017-01';

describe('planted mandatory-booking effects lie inside the 95 % intervals', () => {
  const visits = visitMonths('2017-01-01', '2022-12-31');
  const start = monthNumber(origin, goLive.slice(0, 7));

  it('fixtures/sample-visits.csv, the worked example of docs/evaluation.md, is this series', () => {
    expect(readFileSync(join(FIXTURES, 'sample-visits.csv'), 'utf8')).toBe(visitMonthsCsv(visits));
  });

  it(`visits: rate ratio ${effects.visits.visitVolumeFactor} (quasi-Poisson, opening days as exposure)`, () => {
    const result = evaluateInterruptedTimeSeries({
      family: 'quasipoisson',
      series: points(
        visits,
        (m) => m.values.visits!,
        (m) => ({ exposure: m.openingDays }),
      ),
      interventions: [{ start }],
      exclusions: covidBlocks(origin),
      seasonality: { kind: 'dummies' },
    });
    expectInside(step(result.terms), effects.visits.visitVolumeFactor, 'ratio');
  });

  it('walk-in median wait: ratio after / before (Gaussian on the log median, Newey–West)', () => {
    const result = evaluateInterruptedTimeSeries({
      family: 'gaussian',
      series: points(
        visits.filter((m) => Number.isFinite(m.walkInMedianWait)),
        (m) => Math.log(m.walkInMedianWait),
      ),
      interventions: [{ start }],
      exclusions: covidBlocks(origin),
      neweyWest: { lag: 'auto' },
    });
    const planted =
      effects.visits.walkInMedianWaitMinutesAfter / effects.visits.walkInMedianWaitMinutesBefore;
    expectInside(step(result.terms), Math.log(planted), 'absolute');
  });

  it(`calls on "${effects.calls.bookingCalls.ivrChoice}": rate ratio ${effects.calls.bookingCalls.factor}`, () => {
    const calls = callMonths('2019-01-01', '2021-12-31', effects.calls.bookingCalls.ivrChoice);
    const from = calls[0]!.month;
    const result = evaluateInterruptedTimeSeries({
      family: 'quasipoisson',
      series: points(
        calls,
        (m) => m.values.calls!,
        (m) => ({ exposure: m.openingDays }),
      ),
      interventions: [{ start: monthNumber(from, goLive.slice(0, 7)) }],
      // The phones took the counter's errands while the town hall was closed.
      exclusions: [
        {
          from: monthNumber(from, '2020-03'),
          to: monthNumber(from, '2020-05'),
          treatment: 'dummy',
          label: 'covid',
        },
      ],
      seasonality: { kind: 'fourier', period: 12, harmonics: 2 },
    });
    expectInside(step(result.terms), effects.calls.bookingCalls.factor, 'ratio');
  });

  describe('rota hours per opening day (Gaussian): the full effect from fullFrom', () => {
    const rota = rotaMonths('2017-01-01', '2023-12-31');
    const staffing = effects.staffing;
    const fit = (activity: 'counter' | 'phone') =>
      evaluateInterruptedTimeSeries({
        family: 'gaussian',
        series: points(rota, (m) => m.values[activity]! / m.openingDays),
        interventions: [{ start: monthNumber(origin, staffing.fullFrom.slice(0, 7)) }],
        exclusions: [
          ...covidBlocks(origin).slice(0, 1),
          // The months the change was phased in belong to neither level.
          {
            from: monthNumber(origin, staffing.from.slice(0, 7)),
            to: monthNumber(origin, staffing.fullFrom.slice(0, 7)) - 1,
            treatment: 'drop',
          },
        ],
        neweyWest: { lag: 'auto' },
      });

    it(`counter: ${staffing.counterHoursPerOpeningDay.toFixed(2)} hours`, () => {
      expectInside(step(fit('counter').terms), staffing.counterHoursPerOpeningDay, 'absolute');
    });
    it(`phone: +${staffing.phoneHoursPerOpeningDay} hours`, () => {
      expectInside(step(fit('phone').terms), staffing.phoneHoursPerOpeningDay, 'absolute');
    });
  });

  describe('share of bookings made by phone (Gaussian on the monthly share)', () => {
    const shift = effects.bookings.olderCitizensPhoneShift;
    const bookings = bookingMonths('2019-01-01', '2022-12-31');
    const from = bookings[0]!.month;
    it.each(shift.ageBands)(`citizens %s: +${shift.phoneSharePoints}`, (band) => {
      const result = evaluateInterruptedTimeSeries({
        family: 'gaussian',
        series: points(
          bookings.filter((m) => (m.values[band] ?? 0) > 0),
          (m) => (m.values[`${band}:phone`] ?? 0) / m.values[band]!,
        ),
        interventions: [{ start: monthNumber(from, goLive.slice(0, 7)) }],
        exclusions: [
          {
            from: monthNumber(from, '2020-03'),
            to: monthNumber(from, '2020-05'),
            treatment: 'drop',
          },
        ],
      });
      expectInside(step(result.terms), shift.phoneSharePoints, 'absolute');
    });
  });
});
