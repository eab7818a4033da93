import type { ExcludedPeriod, SeriesPoint } from '@kanalindsigt/evaluation/design';
import type { ResidualDiagnostics } from '@kanalindsigt/evaluation/diagnostics';
import type { Family } from '@kanalindsigt/evaluation/glm';
import { evaluateInterruptedTimeSeries } from '@kanalindsigt/evaluation/interrupted-time-series';
import type { EvaluationDefinition } from './evaluation-definition';

/** One month of a series as the model reads it: the response and, where it has one, its exposure. */
export interface MonthlyObservation {
  /** YYYY-MM */
  period: string;
  value: number;
  exposure: number | null;
}

export interface StoredTerm {
  name: string;
  estimate: number;
  standardError: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
  ratio: number | null;
  ratioLow: number | null;
  ratioHigh: number | null;
}

/** A month of the treated series with what the fit says of it. */
export interface StoredPoint {
  period: string;
  observed: number;
  exposure: number | null;
  /** How an excluded month was treated; null when it is fitted like any other. */
  excluded: 'drop' | 'dummy' | null;
  /** The fit with the intervention; null for a dropped month. */
  fitted: number | null;
  /** From go-live on (fitted months only): without the intervention, with its 95 % band. */
  counterfactual: number | null;
  low: number | null;
  high: number | null;
  difference: number | null;
  cumulativeDifference: number | null;
}

/** What dw.evaluation_result keeps of a fit (JSON). */
export interface StoredFit {
  family: Family;
  dispersion: number;
  n: number;
  p: number;
  z: number;
  standardErrors: 'model' | 'newey-west';
  neweyWestLag: number | null;
  terms: StoredTerm[];
  points: StoredPoint[];
  diagnostics: ResidualDiagnostics;
}

/** Months on one evenly spaced scale: 2020-12 → 2020 × 12 + 11. */
export function monthIndex(isoDateOrMonth: string): number {
  return Number(isoDateOrMonth.slice(0, 4)) * 12 + Number(isoDateOrMonth.slice(5, 7)) - 1;
}

/** The exposure is the engine's offset for Poisson families; a Gaussian response is already divided by it. */
function toPoints(observations: readonly MonthlyObservation[], family: Family): SeriesPoint[] {
  return observations.map((o) => ({
    time: monthIndex(o.period),
    value: o.value,
    season: Number(o.period.slice(5, 7)),
    ...(o.exposure === null || family === 'gaussian' ? {} : { exposure: o.exposure }),
  }));
}

/**
 * Fits a stored evaluation to its monthly series. An intervention's month is its first post
 * period (a go-live on the 1st is the usual case); an excluded range covers every month it
 * overlaps. Throws the engine's EvaluationError when the model cannot be fitted.
 */
export function fitEvaluation(
  definition: Pick<
    EvaluationDefinition,
    | 'family'
    | 'interventionDates'
    | 'slopeChange'
    | 'seasonality'
    | 'fourierHarmonics'
    | 'neweyWest'
    | 'exclusions'
  >,
  observations: readonly MonthlyObservation[],
  control?: readonly MonthlyObservation[],
): StoredFit {
  const exclusions: ExcludedPeriod[] = definition.exclusions.map((e) => ({
    from: monthIndex(e.from),
    to: monthIndex(e.to),
    treatment: e.treatment,
    ...(e.label ? { label: e.label } : {}),
  }));
  const evaluation = evaluateInterruptedTimeSeries({
    family: definition.family,
    series: toPoints(observations, definition.family),
    ...(control ? { control: toPoints(control, definition.family) } : {}),
    interventions: [...definition.interventionDates].sort().map((date, i) => ({
      start: monthIndex(date),
      slopeChange: definition.slopeChange,
      ...(i > 0 ? { label: date.slice(0, 7) } : {}),
    })),
    exclusions,
    ...(definition.seasonality === 'fourier'
      ? {
          seasonality: {
            kind: 'fourier' as const,
            period: 12,
            harmonics: definition.fourierHarmonics ?? 1,
          },
        }
      : definition.seasonality === 'dummies'
        ? { seasonality: { kind: 'dummies' as const } }
        : {}),
    ...(definition.neweyWest ? { neweyWest: { lag: 'auto' as const } } : {}),
  });

  const excludedBy = (time: number) =>
    exclusions.find((block) => time >= block.from && time <= block.to)?.treatment ?? null;
  const after = new Map(evaluation.counterfactual.map((point) => [point.time, point]));
  // The fit's rows are the treated months that were not dropped, in time order, then the control's.
  let row = 0;
  const points = observations.map((o): StoredPoint => {
    const time = monthIndex(o.period);
    const excluded = excludedBy(time);
    const fitted = excluded === 'drop' ? null : (evaluation.fit.fitted[row++] ?? null);
    const post = after.get(time);
    return {
      period: o.period,
      observed: o.value,
      exposure: o.exposure,
      excluded,
      fitted,
      counterfactual: post?.counterfactual ?? null,
      low: post?.low ?? null,
      high: post?.high ?? null,
      difference: post?.difference ?? null,
      cumulativeDifference: post?.cumulativeDifference ?? null,
    };
  });
  return {
    family: evaluation.family,
    dispersion: evaluation.dispersion,
    n: evaluation.n,
    p: evaluation.p,
    z: evaluation.z,
    standardErrors: evaluation.standardErrors,
    neweyWestLag: evaluation.neweyWestLag ?? null,
    terms: evaluation.terms.map((t) => ({
      name: t.name,
      estimate: t.estimate,
      standardError: t.standardError,
      ciLow: t.ciLow,
      ciHigh: t.ciHigh,
      pValue: t.pValue,
      ratio: t.ratio,
      ratioLow: t.ratioLow,
      ratioHigh: t.ratioHigh,
    })),
    points,
    diagnostics: evaluation.diagnostics,
  };
}
