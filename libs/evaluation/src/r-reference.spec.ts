/**
 * The engine against R's glm() on the data sets of fixtures/reference.R: every coefficient,
 * standard error, statistic, p-value and interval to four significant digits.
 */
import { evaluateInterruptedTimeSeries, type Evaluation } from './interrupted-time-series';
import {
  readFixture,
  readRSummary,
  readRTerms,
  sameSignificant,
  type RTerm,
} from './testing/r-fixtures';

function expectTermsMatch(result: Evaluation, expected: Map<string, RTerm>): void {
  expect(result.terms.map((t) => t.name).sort()).toEqual([...expected.keys()].sort());
  const mismatches: string[] = [];
  for (const term of result.terms) {
    const r = expected.get(term.name)!;
    const pairs: [string, number, number][] = [
      ['estimate', term.estimate, r.estimate],
      ['se', term.standardError, r.se],
      ['statistic', term.statistic, r.statistic],
      ['p', term.pValue, r.p],
      ['ciLow', term.ciLow, r.ciLow],
      ['ciHigh', term.ciHigh, r.ciHigh],
    ];
    for (const [what, actual, wanted] of pairs)
      if (!sameSignificant(actual, wanted))
        mismatches.push(`${term.name}.${what}: ${actual} vs R ${wanted}`);
  }
  expect(mismatches).toEqual([]);
}

const poissonData = readFixture('poisson-its.csv');
const poissonSeries = poissonData.map((row) => ({
  time: row.time!,
  value: row.visits!,
  exposure: row.days!,
  season: row.month!,
}));
const poissonSpec = {
  series: poissonSeries,
  interventions: [{ start: 37, slopeChange: true }],
  exclusions: [{ from: 20, to: 22, treatment: 'dummy' as const, label: 'closure' }],
  seasonality: { kind: 'fourier' as const, period: 12, harmonics: 2 },
};
const poissonNames = {
  '(Intercept)': 'intercept',
  post: 'step',
  slope: 'slope_change',
  closure: 'excluded_closure',
  'sin(2 * pi * month/12)': 'sin1',
  'cos(2 * pi * month/12)': 'cos1',
  'sin(4 * pi * month/12)': 'sin2',
  'cos(4 * pi * month/12)': 'cos2',
};

describe('the engine against R glm()', () => {
  it('Poisson segmented regression with offset, harmonics and a closure dummy', () => {
    const sut = evaluateInterruptedTimeSeries({ family: 'poisson', ...poissonSpec });
    expect(sut.dispersion).toBe(1);
    expectTermsMatch(sut, readRTerms('r-poisson-its-poisson.csv', poissonNames));
  });

  it('quasi-Poisson: dispersion, deviance, diagnostics and the counterfactual band', () => {
    const sut = evaluateInterruptedTimeSeries({ family: 'quasipoisson', ...poissonSpec });
    expectTermsMatch(sut, readRTerms('r-poisson-its-quasipoisson.csv', poissonNames));
    const r = readRSummary('r-poisson-its-quasipoisson-summary.csv');
    expect(sameSignificant(sut.dispersion, r.dispersion!)).toBe(true);
    expect(sameSignificant(sut.deviance, r.deviance!)).toBe(true);
    expect(sut.iterations).toBe(r.iterations);
    expect(sameSignificant(sut.diagnostics.ljungBox.statistic, r.ljungBox!)).toBe(true);
    expect(sameSignificant(sut.diagnostics.ljungBox.pValue, r.ljungBoxP!)).toBe(true);
    expect(sameSignificant(sut.diagnostics.durbinWatson, r.durbinWatson!)).toBe(true);
    expect(sameSignificant(sut.diagnostics.acf[0]!, r.acf1!)).toBe(true);
    expect(sameSignificant(sut.diagnostics.acf[1]!, r.acf2!)).toBe(true);

    const expected = readFixture('r-poisson-its-counterfactual.csv');
    expect(sut.counterfactual).toHaveLength(expected.length);
    const mismatches = sut.counterfactual.flatMap((point, i) => {
      const r = expected[i]!;
      const pairs: [string, number, number][] = [
        ['counterfactual', point.counterfactual, r.counterfactual!],
        ['low', point.low, r.low!],
        ['high', point.high, r.high!],
        ['cumulative', point.cumulativeDifference, r.cumulative!],
      ];
      return pairs
        .filter(([, actual, wanted]) => !sameSignificant(actual, wanted))
        .map(([key]) => `time ${point.time} ${key}`);
    });
    expect(mismatches).toEqual([]);
  });

  const gaussianSeries = readFixture('gaussian-its.csv').map((row) => ({
    time: row.time!,
    value: row.wait!,
  }));
  const gaussianNames = { '(Intercept)': 'intercept', post: 'step', slope: 'slope_change' };

  it('Gaussian segmented regression (absolute changes)', () => {
    const sut = evaluateInterruptedTimeSeries({
      family: 'gaussian',
      series: gaussianSeries,
      interventions: [{ start: 31, slopeChange: true }],
    });
    expectTermsMatch(sut, readRTerms('r-gaussian-its.csv', gaussianNames));
    const r = readRSummary('r-gaussian-its-summary.csv');
    expect(sameSignificant(sut.dispersion, r.dispersion!)).toBe(true);
    expect(sameSignificant(sut.diagnostics.ljungBox.statistic, r.ljungBox!)).toBe(true);
    expect(sameSignificant(sut.diagnostics.durbinWatson, r.durbinWatson!)).toBe(true);
    expect(sut.terms.every((t) => t.ratio === null)).toBe(true);
  });

  it('Gaussian with Newey–West standard errors (Bartlett, lag 3)', () => {
    const sut = evaluateInterruptedTimeSeries({
      family: 'gaussian',
      series: gaussianSeries,
      interventions: [{ start: 31, slopeChange: true }],
      neweyWest: { lag: 3 },
    });
    expect(sut.standardErrors).toBe('newey-west');
    expectTermsMatch(sut, readRTerms('r-gaussian-its-newey-west.csv', gaussianNames));
  });

  it('controlled ITS with season dummies: the effect is group × post', () => {
    const data = readFixture('controlled-its.csv');
    const sut = evaluateInterruptedTimeSeries({
      family: 'quasipoisson',
      series: data.map((row) => ({ time: row.time!, value: row.treated!, season: row.month! })),
      control: data.map((row) => ({ time: row.time!, value: row.control!, season: row.month! })),
      interventions: [{ start: 25 }],
      seasonality: { kind: 'dummies' },
    });
    const names: Record<string, string> = {
      '(Intercept)': 'intercept',
      'time:group': 'group_time',
      'group:post': 'step',
    };
    for (let m = 2; m <= 12; m += 1) names[`month${m}`] = `season_${m}`;
    expectTermsMatch(sut, readRTerms('r-controlled-its.csv', names));
    expect(
      sameSignificant(sut.dispersion, readRSummary('r-controlled-its-summary.csv').dispersion!),
    ).toBe(true);
  });
});
