import type { EvaluationEstimate, EvaluationSummary } from '../api/evaluation-types';

/**
 * The evaluation a view opens with: mandatory booking's effect on all counter visits (the KPI
 * `visits` without filters), else the first stored one; undefined when there is none.
 */
export function defaultEvaluationId(evaluations: readonly EvaluationSummary[]): string | undefined {
  const visits = evaluations.find(
    (e) =>
      e.metric.kpiId === 'visits' &&
      !e.metric.channelCodes?.length &&
      !e.metric.serviceCodes?.length &&
      !e.metric.ageBands?.length,
  );
  return (visits ?? evaluations[0])?.id;
}

/**
 * True when the 95 % interval holds "no change" (a rate ratio of 1, an absolute change of 0):
 * the data cannot tell the effect from chance.
 */
export function isInconclusive(estimate: EvaluationEstimate): boolean {
  if (estimate.scale === 'RATE_RATIO' && estimate.ratioLow !== null && estimate.ratioHigh !== null)
    return estimate.ratioLow <= 1 && estimate.ratioHigh >= 1;
  return estimate.ciLow <= 0 && estimate.ciHigh >= 0;
}
