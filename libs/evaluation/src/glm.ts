/**
 * Generalised linear models fitted by iteratively reweighted least squares, the algorithm of R's
 * `glm.fit` (same start values, same convergence rule), so estimates agree with R's `glm()`:
 *   - poisson / quasipoisson: log link, variance μ (times the dispersion for quasipoisson);
 *   - gaussian: identity link (ordinary least squares), optionally with Newey–West standard errors.
 * An exposure enters as the offset log(exposure), so coefficients describe rates per unit exposure.
 */
import { normalTwoSided, studentTwoSided } from './distributions';
import { EvaluationError } from './errors';
import {
  cholesky,
  choleskyInverse,
  choleskySolve,
  dot,
  multiply,
  weightedCrossProducts,
  zeros,
  type Matrix,
} from './linear-algebra';

export type Family = 'poisson' | 'quasipoisson' | 'gaussian';
export const FAMILIES: readonly Family[] = ['poisson', 'quasipoisson', 'gaussian'];

/** 97.5 % normal quantile rounded as analysts write it; `z` overrides it. */
export const DEFAULT_Z = 1.96;

export interface GlmInput {
  family: Family;
  /** Design matrix, one row per observation. */
  x: readonly (readonly number[])[];
  columnNames: readonly string[];
  y: readonly number[];
  /** Poisson families only: the rate's denominator (days open, population, …), > 0. */
  exposure?: readonly number[];
  /** Wald multiplier for confidence intervals. */
  z?: number;
  /**
   * Gaussian only: Newey–West (HAC) standard errors with the Bartlett kernel and no
   * prewhitening; lag `auto` is ⌊4·(n/100)^(2/9)⌋ (Newey & West 1994).
   */
  neweyWest?: { lag: number | 'auto' };
  maxIterations?: number;
  /** Relative change in deviance that ends the iterations (R's `glm.control` epsilon). */
  tolerance?: number;
}

export interface GlmTerm {
  name: string;
  estimate: number;
  standardError: number;
  /** z (poisson) or t (quasipoisson, gaussian: estimated dispersion) statistic. */
  statistic: number;
  pValue: number;
  ciLow: number;
  ciHigh: number;
}

export interface GlmFit {
  family: Family;
  terms: GlmTerm[];
  coefficients: number[];
  /** Covariance of the coefficients, dispersion (or the Newey–West sandwich) included. */
  covariance: Matrix;
  /** 1 for poisson; Pearson χ² / (n − p) for quasipoisson; RSS / (n − p) for gaussian. */
  dispersion: number;
  n: number;
  p: number;
  dfResidual: number;
  deviance: number;
  pearsonChiSquare: number;
  iterations: number;
  /** η = Xβ + offset. */
  linearPredictor: number[];
  /** μ on the response scale. */
  fitted: number[];
  /** log(exposure), or zeros. */
  offset: number[];
  /** Pearson residuals (y − μ)/√V(μ); for gaussian the ordinary residuals. */
  residuals: number[];
  standardErrors: 'model' | 'newey-west';
  neweyWestLag?: number;
  z: number;
}

const isPoisson = (family: Family) => family !== 'gaussian';

function validate(input: GlmInput): void {
  const { x, y, exposure, columnNames, family } = input;
  if (x.length !== y.length)
    throw new EvaluationError('invalid-input', `${x.length} design rows but ${y.length} counts.`);
  x.forEach((row, i) => {
    if (row.length !== columnNames.length)
      throw new EvaluationError(
        'invalid-input',
        `Design row ${i + 1} has ${row.length} values for ${columnNames.length} columns.`,
      );
  });
  y.forEach((value, i) => {
    if (!Number.isFinite(value))
      throw new EvaluationError('invalid-input', `Observation ${i + 1} is not a number.`);
    if (isPoisson(family) && value < 0)
      throw new EvaluationError(
        'invalid-input',
        `Observation ${i + 1} is negative (${value}); a ${family} model needs counts ≥ 0.`,
      );
  });
  if (exposure) {
    if (!isPoisson(family))
      throw new EvaluationError('invalid-input', 'An exposure only applies to poisson families.');
    if (exposure.length !== y.length)
      throw new EvaluationError(
        'invalid-input',
        `${exposure.length} exposures for ${y.length} observations.`,
      );
    exposure.forEach((value, i) => {
      if (!(Number.isFinite(value) && value > 0))
        throw new EvaluationError(
          'invalid-input',
          `Exposure ${i + 1} is ${value}; exposures must be positive numbers.`,
        );
    });
  }
  if (isPoisson(family) && y.every((value) => value === 0))
    throw new EvaluationError(
      'all-zero-counts',
      'Every count is zero, so there is no rate to model; check the metric and the period.',
    );
  if (y.length <= columnNames.length)
    throw new EvaluationError(
      'invalid-input',
      `${y.length} observations cannot estimate ${columnNames.length} coefficients; ` +
        'use a longer series or a simpler model.',
    );
  if (input.neweyWest && isPoisson(family))
    throw new EvaluationError('invalid-input', 'Newey–West standard errors are for gaussian only.');
}

function factorise(xtwx: Matrix, columnNames: readonly string[]): Matrix {
  const result = cholesky(xtwx);
  if ('l' in result) return result.l;
  const column = columnNames[result.dependentColumn] ?? `column ${result.dependentColumn + 1}`;
  throw new EvaluationError(
    'collinear-design',
    `The design is collinear: "${column}" is constant or a combination of the terms before it ` +
      '(e.g. an intervention with no periods after it, an excluded block that is a whole phase, ' +
      'or more seasonal terms than seasons). Remove the term or change the periods.',
  );
}

function deviance(family: Family, y: readonly number[], mu: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < y.length; i += 1) {
    const yi = y[i]!;
    const mi = mu[i]!;
    sum += isPoisson(family)
      ? 2 * ((yi > 0 ? yi * Math.log(yi / mi) : 0) - (yi - mi))
      : (yi - mi) ** 2;
  }
  return sum;
}

export function neweyWestLag(n: number): number {
  return Math.floor(4 * (n / 100) ** (2 / 9));
}

/**
 * Bartlett-kernel HAC covariance (X'X)⁻¹ S (X'X)⁻¹ with
 * S = Σ_t e_t² x_t x_tᵀ + Σ_{l=1..L} (1 − l/(L+1)) Σ_t e_t e_{t−l} (x_t x_{t−l}ᵀ + x_{t−l} x_tᵀ),
 * as `sandwich::NeweyWest(fit, lag = L, prewhite = FALSE, adjust = FALSE)`.
 */
function neweyWestCovariance(
  x: readonly (readonly number[])[],
  residuals: readonly number[],
  bread: Matrix,
  lag: number,
): Matrix {
  const p = bread.length;
  const meat = zeros(p, p);
  for (let l = 0; l <= lag; l += 1) {
    const weight = l === 0 ? 1 : 1 - l / (lag + 1);
    for (let t = l; t < x.length; t += 1) {
      const e = weight * residuals[t]! * residuals[t - l]!;
      const xt = x[t]!;
      const xs = x[t - l]!;
      for (let i = 0; i < p; i += 1)
        for (let j = 0; j < p; j += 1)
          meat[i]![j]! += l === 0 ? e * xt[i]! * xt[j]! : e * (xt[i]! * xs[j]! + xs[i]! * xt[j]!);
    }
  }
  return multiply(multiply(bread, meat), bread);
}

export function fitGlm(input: GlmInput): GlmFit {
  validate(input);
  const { family, x, y, columnNames } = input;
  const n = y.length;
  const p = columnNames.length;
  const z = input.z ?? DEFAULT_Z;
  const maxIterations = input.maxIterations ?? 25;
  const tolerance = input.tolerance ?? 1e-8;
  const offset = input.exposure ? input.exposure.map(Math.log) : new Array<number>(n).fill(0);

  let beta = new Array<number>(p).fill(0);
  let l: Matrix = [];
  let iterations = 0;
  let dev = Infinity;
  if (isPoisson(family)) {
    // R's poisson()$initialize: μ = y + 0.1, so the first working response is finite.
    let eta = y.map((yi) => Math.log(yi + 0.1));
    let converged = false;
    while (!converged) {
      iterations += 1;
      if (iterations > maxIterations)
        throw new EvaluationError(
          'not-converged',
          `The ${family} model did not converge in ${maxIterations} iterations; a term may be ` +
            'pushing a rate to zero (e.g. a period of only zero counts given its own dummy). ' +
            'Exclude such periods instead.',
        );
      const mu = eta.map(Math.exp);
      const workingResponse = eta.map((e, i) => e - offset[i]! + (y[i]! - mu[i]!) / mu[i]!);
      const products = weightedCrossProducts(x, mu, workingResponse);
      l = factorise(products.xtwx, columnNames);
      beta = choleskySolve(l, products.xtwz);
      eta = x.map((row, i) => dot(row, beta) + offset[i]!);
      const newDev = deviance(family, y, eta.map(Math.exp));
      if (!Number.isFinite(newDev))
        throw new EvaluationError(
          'not-converged',
          `The ${family} model diverged (deviance not finite after ${iterations} iterations).`,
        );
      converged = Math.abs(newDev - dev) / (Math.abs(newDev) + 0.1) < tolerance;
      dev = newDev;
    }
  } else {
    iterations = 1;
    const products = weightedCrossProducts(x, new Array<number>(n).fill(1), y);
    l = factorise(products.xtwx, columnNames);
    beta = choleskySolve(l, products.xtwz);
  }

  const linearPredictor = x.map((row, i) => dot(row, beta) + offset[i]!);
  const fitted = isPoisson(family) ? linearPredictor.map(Math.exp) : linearPredictor;
  const residuals = y.map((yi, i) =>
    isPoisson(family) ? (yi - fitted[i]!) / Math.sqrt(fitted[i]!) : yi - fitted[i]!,
  );
  const pearsonChiSquare = residuals.reduce((sum, r) => sum + r * r, 0);
  const dfResidual = n - p;
  const dispersion = family === 'poisson' ? 1 : pearsonChiSquare / dfResidual;
  const unscaled = choleskyInverse(l);
  let covariance = unscaled.map((row) => row.map((v) => v * dispersion));
  let lag: number | undefined;
  if (input.neweyWest) {
    lag = input.neweyWest.lag === 'auto' ? neweyWestLag(n) : input.neweyWest.lag;
    if (!(Number.isInteger(lag) && lag >= 0 && lag < n))
      throw new EvaluationError(
        'invalid-input',
        `Newey–West lag must be a whole number from 0 to ${n - 1}; got ${lag}.`,
      );
    covariance = neweyWestCovariance(x, residuals, unscaled, lag);
  }

  const terms = columnNames.map((name, j): GlmTerm => {
    const estimate = beta[j]!;
    const standardError = Math.sqrt(covariance[j]![j]!);
    const statistic = estimate / standardError;
    return {
      name,
      estimate,
      standardError,
      statistic,
      pValue:
        family === 'poisson' ? normalTwoSided(statistic) : studentTwoSided(statistic, dfResidual),
      ciLow: estimate - z * standardError,
      ciHigh: estimate + z * standardError,
    };
  });

  return {
    family,
    terms,
    coefficients: beta,
    covariance,
    dispersion,
    n,
    p,
    dfResidual,
    deviance: deviance(family, y, fitted),
    pearsonChiSquare,
    iterations,
    linearPredictor,
    fitted,
    offset,
    residuals,
    standardErrors: input.neweyWest ? 'newey-west' : 'model',
    ...(lag === undefined ? {} : { neweyWestLag: lag }),
    z,
  };
}
