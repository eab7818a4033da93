import type {
  EvaluationEfficiency,
  EvaluationEstimate,
  EvaluationPoint,
} from '../api/evaluation-types';

/** The post-go-live months: those with a counterfactual and its band. */
export function counterfactualPoints(series: readonly EvaluationPoint[]) {
  return series.flatMap((p) =>
    p.counterfactual !== null && p.low !== null && p.high !== null
      ? [{ period: p.period, counterfactual: p.counterfactual, low: p.low, high: p.high }]
      : [],
  );
}

/** The months with observed − counterfactual summed since go-live. */
export function cumulativePoints(series: readonly EvaluationPoint[]) {
  return series.flatMap((p) =>
    p.difference !== null && p.cumulativeDifference !== null
      ? [{ period: p.period, difference: p.difference, cumulative: p.cumulativeDifference }]
      : [],
  );
}

/**
 * The estimate as a change and its interval in the unit people read: per cent for a rate ratio
 * ((ratio − 1) × 100), the estimate itself for an absolute change.
 */
export function changeOf(estimate: EvaluationEstimate): {
  change: number;
  low: number;
  high: number;
  percent: boolean;
} {
  if (
    estimate.scale === 'RATE_RATIO' &&
    estimate.ratio !== null &&
    estimate.ratioLow !== null &&
    estimate.ratioHigh !== null
  )
    return {
      change: (estimate.ratio - 1) * 100,
      low: (estimate.ratioLow - 1) * 100,
      high: (estimate.ratioHigh - 1) * 100,
      percent: true,
    };
  return { change: estimate.estimate, low: estimate.ciLow, high: estimate.ciHigh, percent: false };
}

/** The target in FTE a year that applies in a month: from `targetFrom` on, else none. */
export function targetFteIn(efficiency: EvaluationEfficiency, period: string): number | null {
  if (efficiency.targetFte === null) return null;
  if (efficiency.targetFrom !== null && period < efficiency.targetFrom.slice(0, 7)) return null;
  return efficiency.targetFte;
}

/** The last month of the efficiency tracking, whose status and cumulative figures the text tells. */
export function latestMonth(efficiency: EvaluationEfficiency) {
  return efficiency.months.at(-1);
}
