/** GLM cases with closed-form answers, and the errors an analyst can run into. */
import { EvaluationError } from './errors';
import { fitGlm, neweyWestLag } from './glm';

const counts = [3, 7, 4, 6, 5, 9, 2, 4];
const ones = counts.map(() => [1]);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const mean = (values: number[]) => sum(values) / values.length;
// As in R, the covariance uses the weights of the last IRLS iteration, computed from the
// second-to-last μ: standard errors agree with the closed form to about six digits, not twelve.
const SE_DIGITS = 5;

function errorOf(run: () => unknown): EvaluationError {
  try {
    run();
  } catch (error) {
    if (error instanceof EvaluationError) return error;
    throw error;
  }
  throw new Error('expected an EvaluationError');
}

describe(fitGlm.name, () => {
  it('Poisson with only an intercept: coefficient log(mean), standard error 1/√Σy', () => {
    const sut = fitGlm({ family: 'poisson', x: ones, columnNames: ['intercept'], y: counts });
    expect(sut.coefficients[0]).toBeCloseTo(Math.log(mean(counts)), 10);
    expect(sut.terms[0]!.standardError).toBeCloseTo(1 / Math.sqrt(sum(counts)), SE_DIGITS);
    expect(sut.dispersion).toBe(1);
  });

  it('an exposure makes the intercept the log rate Σy / Σexposure', () => {
    const exposure = [20, 21, 19, 22, 20, 23, 18, 21];
    const sut = fitGlm({
      family: 'poisson',
      x: ones,
      columnNames: ['intercept'],
      y: counts,
      exposure,
    });
    expect(sut.coefficients[0]).toBeCloseTo(Math.log(sum(counts) / sum(exposure)), 10);
  });

  it('two groups: the rate ratio is the ratio of means, se √(1/Σy₁ + 1/Σy₀)', () => {
    const before = [10, 12, 9, 11, 13];
    const after = [7, 8, 6, 9, 8];
    const sut = fitGlm({
      family: 'poisson',
      x: [...before.map(() => [1, 0]), ...after.map(() => [1, 1])],
      columnNames: ['intercept', 'after'],
      y: [...before, ...after],
    });
    const after_ = sut.terms[1]!;
    expect(Math.exp(after_.estimate)).toBeCloseTo(mean(after) / mean(before), 10);
    expect(after_.standardError).toBeCloseTo(
      Math.sqrt(1 / sum(after) + 1 / sum(before)),
      SE_DIGITS,
    );
    expect(after_.ciLow).toBeCloseTo(after_.estimate - 1.96 * after_.standardError, 12);
  });

  it('quasi-Poisson with an intercept: dispersion Σ(y − ȳ)²/ȳ / (n − 1), se scaled by its root', () => {
    const sut = fitGlm({ family: 'quasipoisson', x: ones, columnNames: ['intercept'], y: counts });
    const m = mean(counts);
    const dispersion = sum(counts.map((y) => (y - m) ** 2 / m)) / (counts.length - 1);
    expect(sut.dispersion).toBeCloseTo(dispersion, 10);
    expect(sut.terms[0]!.standardError).toBeCloseTo(Math.sqrt(dispersion / sum(counts)), SE_DIGITS);
  });

  it('Gaussian with an intercept: the mean and s/√n', () => {
    const sut = fitGlm({ family: 'gaussian', x: ones, columnNames: ['intercept'], y: counts });
    const m = mean(counts);
    const variance = sum(counts.map((y) => (y - m) ** 2)) / (counts.length - 1);
    expect(sut.coefficients[0]).toBeCloseTo(m, 12);
    expect(sut.terms[0]!.standardError).toBeCloseTo(Math.sqrt(variance / counts.length), 12);
  });

  it('Newey–West with lag 0 is White’s heteroskedasticity-consistent estimator', () => {
    const sut = fitGlm({
      family: 'gaussian',
      x: ones,
      columnNames: ['intercept'],
      y: counts,
      neweyWest: { lag: 0 },
    });
    const m = mean(counts);
    const white = Math.sqrt(sum(counts.map((y) => (y - m) ** 2))) / counts.length;
    expect(sut.terms[0]!.standardError).toBeCloseTo(white, 12);
    expect(neweyWestLag(100)).toBe(4);
  });

  describe('errors', () => {
    it('negative counts', () => {
      const error = errorOf(() =>
        fitGlm({
          family: 'poisson',
          x: ones,
          columnNames: ['intercept'],
          y: [1, -2, 3, 4, 5, 6, 7, 8],
        }),
      );
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(/Observation 2 is negative/);
    });

    it('non-positive exposures', () => {
      const error = errorOf(() =>
        fitGlm({
          family: 'poisson',
          x: ones,
          columnNames: ['intercept'],
          y: counts,
          exposure: counts.map((_, i) => (i === 4 ? 0 : 1)),
        }),
      );
      expect(error.message).toMatch(/Exposure 5 is 0/);
    });

    it('all-zero counts', () => {
      const error = errorOf(() =>
        fitGlm({ family: 'poisson', x: ones, columnNames: ['intercept'], y: counts.map(() => 0) }),
      );
      expect(error.code).toBe('all-zero-counts');
    });

    it('a collinear design names the dependent column', () => {
      const error = errorOf(() =>
        fitGlm({
          family: 'poisson',
          x: counts.map((_, i) => [1, i, 2 * i + 1]),
          columnNames: ['intercept', 'time', 'twice_time'],
          y: counts,
        }),
      );
      expect(error.code).toBe('collinear-design');
      expect(error.message).toMatch(/"twice_time"/);
    });

    it('non-convergence', () => {
      const error = errorOf(() =>
        fitGlm({
          family: 'poisson',
          x: counts.map((_, i) => [1, i]),
          columnNames: ['intercept', 'time'],
          y: counts,
          maxIterations: 1,
        }),
      );
      expect(error.code).toBe('not-converged');
    });
  });
});
