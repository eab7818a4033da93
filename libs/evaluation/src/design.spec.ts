import { buildDesign, type SeriesPoint } from './design';
import { EvaluationError } from './errors';

const monthly = (n: number): SeriesPoint[] =>
  Array.from({ length: n }, (_, i) => ({ time: i + 1, value: 100, season: (i % 12) + 1 }));

const column = (design: ReturnType<typeof buildDesign>, name: string) => {
  const index = design.columnNames.indexOf(name);
  return design.rows.map((row) => row.values[index]);
};

describe(buildDesign.name, () => {
  it('step is 1 from the intervention; slope change is 1 in the first post period', () => {
    const sut = buildDesign(monthly(8), { interventions: [{ start: 6, slopeChange: true }] });
    expect(sut.columnNames).toEqual(['intercept', 'time', 'step', 'slope_change']);
    expect(column(sut, 'step')).toEqual([0, 0, 0, 0, 0, 1, 1, 1]);
    expect(column(sut, 'slope_change')).toEqual([0, 0, 0, 0, 0, 1, 2, 3]);
    expect(sut.effectColumns).toEqual([2, 3]);
  });

  it('several interventions; later ones are suffixed', () => {
    const sut = buildDesign(monthly(12), {
      interventions: [{ start: 5 }, { start: 9, label: 'hotline', slopeChange: true }],
    });
    expect(sut.columnNames).toEqual([
      'intercept',
      'time',
      'step',
      'step_hotline',
      'slope_change_hotline',
    ]);
    expect(sut.effectColumns).toEqual([2]);
  });

  it('excluded periods are dropped or get a dummy per block', () => {
    const spec = (treatment: 'drop' | 'dummy') => ({
      interventions: [{ start: 10 }],
      exclusions: [{ from: 3, to: 4, treatment, label: 'COVID' }],
    });
    expect(buildDesign(monthly(12), spec('drop')).rows.map((r) => r.point.time)).not.toContain(3);
    const dummy = buildDesign(monthly(12), spec('dummy'));
    expect(column(dummy, 'excluded_COVID')).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('Fourier harmonics sin/cos(2πks/P); the k = P/2 harmonic has only a cosine', () => {
    const sut = buildDesign(monthly(36), {
      interventions: [{ start: 30 }],
      seasonality: { kind: 'fourier', period: 4, harmonics: 2 },
    });
    expect(sut.columnNames.slice(3)).toEqual(['sin1', 'cos1', 'cos2']);
    expect(column(sut, 'sin1')[0]).toBeCloseTo(Math.sin((2 * Math.PI) / 4), 12);
  });

  it('season dummies against the first season', () => {
    const sut = buildDesign(monthly(36), {
      interventions: [{ start: 30 }],
      seasonality: { kind: 'dummies' },
    });
    expect(sut.columnNames).toContain('season_12');
    expect(sut.columnNames).not.toContain('season_1');
  });

  it('a control series adds group terms; the effect is group × post', () => {
    const sut = buildDesign(monthly(10), { interventions: [{ start: 6 }] }, monthly(10));
    expect(sut.columnNames).toEqual(['intercept', 'time', 'group', 'group_time', 'post', 'step']);
    expect(sut.rows).toHaveLength(20);
    expect(sut.rows.filter((row) => row.values[5] === 1)).toHaveLength(5);
  });

  it.each([
    ['too-few-pre-periods', { interventions: [{ start: 3 }] }, /Only 2 period\(s\) before/],
    ['too-few-post-periods', { interventions: [{ start: 20 }] }, /No period in the fit/],
    [
      'invalid-input',
      {
        interventions: [{ start: 6 }],
        seasonality: { kind: 'fourier' as const, period: 12, harmonics: 7 },
      },
      /harmonics must be a whole number from 1 to 6/,
    ],
  ])('refuses with %s', (code, spec, message) => {
    expect(() => buildDesign(monthly(12), spec)).toThrow(message);
    try {
      buildDesign(monthly(12), spec);
    } catch (error) {
      expect((error as EvaluationError).code).toBe(code);
    }
  });
});
