import { fitEvaluation, type MonthlyObservation, monthIndex } from './fit-evaluation';

/** 2018-01 … 2021-12, a yearly cycle, × `effect` from 2020-01; no noise beyond a fixed wobble. */
function months(effect: number, level: number): MonthlyObservation[] {
  return Array.from({ length: 48 }, (_, i) => {
    const year = 2018 + Math.floor(i / 12);
    const month = (i % 12) + 1;
    const wobble = 1 + 0.02 * Math.sin(i * 2.3);
    const value =
      level *
      Math.exp(0.2 * Math.cos((2 * Math.PI * month) / 12)) *
      wobble *
      (year >= 2020 ? effect : 1);
    return {
      period: `${year}-${String(month).padStart(2, '0')}`,
      value: Math.round(value),
      exposure: null,
    };
  });
}

const MODEL = {
  family: 'quasipoisson' as const,
  interventionDates: ['2020-01-01'],
  slopeChange: false,
  seasonality: 'fourier' as const,
  fourierHarmonics: 1,
  neweyWest: false,
  exclusions: [{ from: '2019-03-12', to: '2019-04-02', treatment: 'drop' as const, label: 'x' }],
};

describe(fitEvaluation.name, () => {
  it('numbers months on one scale', () => {
    expect(monthIndex('2020-12-01') - monthIndex('2020-11')).toBe(1);
    expect(monthIndex('2021-01') - monthIndex('2020-12-31')).toBe(1);
  });

  it('drops every month an excluded range overlaps and gives the counterfactual from go-live', () => {
    const fit = fitEvaluation(MODEL, months(0.7, 500));
    const step = fit.terms.find((t) => t.name === 'step')!;
    expect(step.ratio!).toBeCloseTo(0.7, 2);
    expect(fit.n).toBe(46);
    const dropped = fit.points.filter((p) => p.excluded === 'drop').map((p) => p.period);
    expect(dropped).toEqual(['2019-03', '2019-04']);
    expect(fit.points.find((p) => p.period === '2019-03')!.fitted).toBeNull();
    expect(fit.points.filter((p) => p.counterfactual !== null)).toHaveLength(24);
    expect(fit.points[24]!.period).toBe('2020-01');
    expect(fit.points[24]!.cumulativeDifference).toBe(fit.points[24]!.difference);
  });

  it('evaluates against a control series (controlled ITS) as group × post', () => {
    // The control shares the cycle and is not touched: the effect is the treated series' 0.7.
    const fit = fitEvaluation(MODEL, months(0.7, 500), months(1, 300));
    expect(fit.terms.map((t) => t.name)).toEqual(expect.arrayContaining(['group', 'post', 'step']));
    expect(fit.terms.find((t) => t.name === 'step')!.ratio!).toBeCloseTo(0.7, 2);
    expect(fit.points).toHaveLength(48);
  });
});
