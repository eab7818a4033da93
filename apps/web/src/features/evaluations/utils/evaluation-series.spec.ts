import type {
  EvaluationEfficiency,
  EvaluationEstimate,
  EvaluationPoint,
} from '../api/evaluation-types';
import {
  changeOf,
  counterfactualPoints,
  cumulativePoints,
  scaleSeries,
  targetFteIn,
  valueScale,
} from './evaluation-series';

const pre: EvaluationPoint = {
  period: '2020-11',
  observed: 100,
  fitted: 100,
  counterfactual: null,
  low: null,
  high: null,
  difference: null,
  cumulativeDifference: null,
  excluded: null,
};
const post: EvaluationPoint = {
  period: '2020-12',
  observed: 88,
  fitted: 88,
  counterfactual: 100,
  low: 95,
  high: 105,
  difference: -12,
  cumulativeDifference: -12,
  excluded: null,
};

describe('series helpers', () => {
  it('keeps only the months after go-live for the counterfactual and the cumulative sum', () => {
    expect(counterfactualPoints([pre, post])).toEqual([
      { period: '2020-12', counterfactual: 100, low: 95, high: 105 },
    ]);
    expect(cumulativePoints([pre, post])).toEqual([
      { period: '2020-12', difference: -12, cumulative: -12 },
    ]);
  });
});

describe('changeOf', () => {
  it('turns a rate ratio into a percentage change', () => {
    const change = changeOf({
      scale: 'RATE_RATIO',
      estimate: Math.log(0.883),
      ciLow: 0,
      ciHigh: 0,
      ratio: 0.883,
      ratioLow: 0.86,
      ratioHigh: 0.907,
    } as EvaluationEstimate);
    expect(change.percent).toBe(true);
    expect(change.change).toBeCloseTo(-11.7);
    expect(change.low).toBeCloseTo(-14);
    expect(change.high).toBeCloseTo(-9.3);
  });

  it('keeps an absolute change as it is', () => {
    expect(
      changeOf({
        scale: 'ABSOLUTE',
        estimate: -7.2,
        ciLow: -7.8,
        ciHigh: -6.6,
      } as EvaluationEstimate),
    ).toEqual({ change: -7.2, low: -7.8, high: -6.6, percent: false });
  });
});

describe('targetFteIn', () => {
  const efficiency = { targetFte: 1, targetFrom: '2021-01-01' } as EvaluationEfficiency;
  it('applies the target from its first month', () => {
    expect(targetFteIn(efficiency, '2020-12')).toBeNull();
    expect(targetFteIn(efficiency, '2021-01')).toBe(1);
    expect(targetFteIn({ ...efficiency, targetFte: null }, '2021-06')).toBeNull();
  });
});

describe('valueScale', () => {
  const headline = (unit: EvaluationEstimate['unit']) => ({ unit }) as EvaluationEstimate;
  it('shows counts for Poisson families and a Gaussian level in its unit', () => {
    expect(
      valueScale({
        model: { family: 'QUASIPOISSON', exposure: 'OPENING_DAYS' },
        headline: headline('PERCENT'),
      }),
    ).toEqual({ factor: 1, unit: null, perOpeningDay: false });
    expect(
      valueScale({
        model: { family: 'GAUSSIAN', exposure: 'OPENING_DAYS' },
        headline: headline('HOURS'),
      }),
    ).toEqual({ factor: 1, unit: 'HOURS', perOpeningDay: true });
  });

  it('shows seconds as minutes, scaling every value of the series', () => {
    const scale = valueScale({
      model: { family: 'GAUSSIAN', exposure: 'NONE' },
      headline: headline('SECONDS'),
    });
    expect(scale).toEqual({ factor: 1 / 60, unit: 'MINUTES', perOpeningDay: false });
    const [scaled] = scaleSeries([{ ...post, observed: 600, counterfactual: 1200 }], scale.factor);
    expect(scaled?.observed).toBe(10);
    expect(scaled?.counterfactual).toBe(20);
    expect(scaled?.difference).toBeCloseTo(-0.2);
  });
});
