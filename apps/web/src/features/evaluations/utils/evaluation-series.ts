import type { Translate } from '../../../lib/i18n';
import type {
  EvaluationDetail,
  EvaluationEfficiency,
  EvaluationEstimate,
  EvaluationPoint,
  KpiUnit,
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

/**
 * How to show an evaluation's monthly values: Poisson families model a count (unit null); a
 * Gaussian level is in the KPI's unit, per opening day when the model divided by them. Seconds
 * are shown as minutes, as the API's sentences do.
 */
export function valueScale(evaluation: Pick<EvaluationDetail, 'model' | 'headline'>): {
  factor: number;
  unit: KpiUnit | null;
  perOpeningDay: boolean;
} {
  const { model, headline } = evaluation;
  if (model.family !== 'GAUSSIAN' || !headline)
    return { factor: 1, unit: null, perOpeningDay: false };
  const perOpeningDay = model.exposure === 'OPENING_DAYS';
  return headline.unit === 'SECONDS'
    ? { factor: 1 / 60, unit: 'MINUTES', perOpeningDay }
    : { factor: 1, unit: headline.unit, perOpeningDay };
}

/** The series in the unit it is shown in (valueScale's factor). */
export function scaleSeries(series: readonly EvaluationPoint[], factor: number): EvaluationPoint[] {
  if (factor === 1) return [...series];
  const scale = (value: number | null) => (value === null ? null : value * factor);
  return series.map((p) => ({
    ...p,
    observed: p.observed * factor,
    fitted: scale(p.fitted),
    counterfactual: scale(p.counterfactual),
    low: scale(p.low),
    high: scale(p.high),
    difference: scale(p.difference),
    cumulativeDifference: scale(p.cumulativeDifference),
  }));
}

/** One sentence on what the numbers are: counts, or a level in a unit (per opening day). */
export function valuesNote(scale: ReturnType<typeof valueScale>, t: Translate): string {
  if (scale.unit === null) return t('booking.values.count');
  const unit = t(`booking.unit.${scale.unit}`);
  return t(scale.perOpeningDay ? 'booking.values.unitPerDay' : 'booking.values.unit', { unit });
}
