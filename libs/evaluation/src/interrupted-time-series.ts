/**
 * The evaluation itself: builds the segmented design, fits the GLM, and turns the fit into what an
 * analyst reads: effects as rate ratios (poisson families) or absolute changes (gaussian), the
 * counterfactual for the post period with its band, observed minus counterfactual and its running
 * total since go-live, and residual autocorrelation diagnostics.
 */
import { buildDesign, type DesignSpec, type SeriesPoint } from './design';
import { residualDiagnostics, type ResidualDiagnostics } from './diagnostics';
import { fitGlm, type Family, type GlmFit, type GlmTerm } from './glm';
import { dot, quadraticForm } from './linear-algebra';

export interface EvaluationInput extends DesignSpec {
  family: Family;
  series: readonly SeriesPoint[];
  /** A comparable series the intervention did not touch (controlled ITS). */
  control?: readonly SeriesPoint[];
  z?: number;
  /** Gaussian only; see `GlmInput.neweyWest`. */
  neweyWest?: { lag: number | 'auto' };
  /** Lags for the residual ACF and Ljung–Box test; default min(12, ⌊n/4⌋). */
  diagnosticLag?: number;
}

export interface EffectTerm extends GlmTerm {
  /** exp(estimate) and its interval for poisson families (a rate ratio); null for gaussian. */
  ratio: number | null;
  ratioLow: number | null;
  ratioHigh: number | null;
}

export interface CounterfactualPoint {
  time: number;
  observed: number;
  /** The model's fit with the intervention. */
  fitted: number;
  /** The model's fit with the first intervention's terms set to zero. */
  counterfactual: number;
  low: number;
  high: number;
  /** observed − counterfactual. */
  difference: number;
  /** Σ difference from go-live to this period. */
  cumulativeDifference: number;
}

export interface Evaluation {
  family: Family;
  dispersion: number;
  n: number;
  p: number;
  dfResidual: number;
  deviance: number;
  iterations: number;
  standardErrors: GlmFit['standardErrors'];
  neweyWestLag?: number;
  z: number;
  terms: EffectTerm[];
  counterfactual: CounterfactualPoint[];
  diagnostics: ResidualDiagnostics;
  /** The GLM behind the result, for callers that need the covariance or fitted values. */
  fit: GlmFit;
}

export function evaluateInterruptedTimeSeries(input: EvaluationInput): Evaluation {
  const design = buildDesign(input.series, input, input.control);
  const hasExposure = design.rows.some((row) => row.point.exposure !== undefined);
  const fit = fitGlm({
    family: input.family,
    x: design.rows.map((row) => row.values),
    columnNames: design.columnNames,
    y: design.rows.map((row) => row.point.value),
    ...(hasExposure ? { exposure: design.rows.map((row) => row.point.exposure ?? NaN) } : {}),
    ...(input.z === undefined ? {} : { z: input.z }),
    ...(input.neweyWest ? { neweyWest: input.neweyWest } : {}),
  });
  const poisson = fit.family !== 'gaussian';
  const terms = fit.terms.map((term): EffectTerm => ({
    ...term,
    ratio: poisson ? Math.exp(term.estimate) : null,
    ratioLow: poisson ? Math.exp(term.ciLow) : null,
    ratioHigh: poisson ? Math.exp(term.ciHigh) : null,
  }));

  // Band for the expected counterfactual (not a prediction interval): the delta method on the
  // linear predictor, se(η) = √(xᵀVx) with V the covariance above (dispersion or Newey–West
  // included), mapped through the inverse link.
  const start = input.interventions[0]!.start;
  const inverseLink = poisson ? Math.exp : (eta: number) => eta;
  let cumulative = 0;
  const counterfactual: CounterfactualPoint[] = [];
  design.rows.forEach((row, i) => {
    if (row.group !== 'treated' || row.point.time < start) return;
    const x = row.values.map((v, j) => (design.effectColumns.includes(j) ? 0 : v));
    const eta = dot(x, fit.coefficients) + fit.offset[i]!;
    const se = Math.sqrt(quadraticForm(fit.covariance, x));
    const value = inverseLink(eta);
    const difference = row.point.value - value;
    cumulative += difference;
    counterfactual.push({
      time: row.point.time,
      observed: row.point.value,
      fitted: fit.fitted[i]!,
      counterfactual: value,
      low: inverseLink(eta - fit.z * se),
      high: inverseLink(eta + fit.z * se),
      difference,
      cumulativeDifference: cumulative,
    });
  });

  const treatedResiduals = fit.residuals.filter((_, i) => design.rows[i]!.group === 'treated');
  return {
    family: fit.family,
    dispersion: fit.dispersion,
    n: fit.n,
    p: fit.p,
    dfResidual: fit.dfResidual,
    deviance: fit.deviance,
    iterations: fit.iterations,
    standardErrors: fit.standardErrors,
    ...(fit.neweyWestLag === undefined ? {} : { neweyWestLag: fit.neweyWestLag }),
    z: fit.z,
    terms,
    counterfactual,
    diagnostics: residualDiagnostics(treatedResiduals, input.diagnosticLag),
    fit,
  };
}
