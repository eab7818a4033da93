import { evaluateInterruptedTimeSeries } from './interrupted-time-series';

describe(evaluateInterruptedTimeSeries.name, () => {
  // A series that is exactly its model: 100 per period, 80 from period 7 on (rate ratio 0.8).
  const series = Array.from({ length: 12 }, (_, i) => ({
    time: i + 1,
    value: i + 1 >= 7 ? 80 : 100,
  }));

  it('recovers an exact step as a rate ratio, with the counterfactual at the old level', () => {
    const sut = evaluateInterruptedTimeSeries({
      family: 'quasipoisson',
      series,
      interventions: [{ start: 7 }],
    });
    const step = sut.terms.find((t) => t.name === 'step')!;
    expect(step.ratio).toBeCloseTo(0.8, 10);
    expect(sut.counterfactual.map((p) => p.time)).toEqual([7, 8, 9, 10, 11, 12]);
    for (const point of sut.counterfactual) {
      expect(point.counterfactual).toBeCloseTo(100, 8);
      expect(point.fitted).toBeCloseTo(80, 8);
    }
    expect(sut.counterfactual.at(-1)!.cumulativeDifference).toBeCloseTo(6 * -20, 6);
  });

  it('a Gaussian step is an absolute change and has no ratio', () => {
    const noisy = series.map((p, i) => ({ ...p, value: p.value + (i % 2 ? 0.5 : -0.5) }));
    const sut = evaluateInterruptedTimeSeries({
      family: 'gaussian',
      series: noisy,
      interventions: [{ start: 7 }],
    });
    const step = sut.terms.find((t) => t.name === 'step')!;
    expect(Math.abs(step.estimate + 20)).toBeLessThan(1);
    expect(step.ratio).toBeNull();
    expect(step.ciLow).toBeLessThan(step.estimate);
  });

  it('the counterfactual removes only the first intervention', () => {
    const twoSteps = series.map((p) => ({ ...p, value: p.time >= 10 ? 40 : p.value }));
    const sut = evaluateInterruptedTimeSeries({
      family: 'poisson',
      series: twoSteps,
      interventions: [{ start: 7 }, { start: 10, label: 'second' }],
    });
    expect(sut.terms.find((t) => t.name === 'step_second')!.ratio).toBeCloseTo(0.5, 8);
    // Without the first intervention the second still halves the level: 100 → 50.
    expect(sut.counterfactual.at(-1)!.counterfactual).toBeCloseTo(50, 6);
  });
});
