import type { ChartCardStatus } from '../../../components/ui/chart-card';
import type { useEvaluation } from '../api/get-evaluation';

/** A detail card's status: empty when the model could not be fitted or has no months. */
export function evaluationCardStatus(
  query: ReturnType<typeof useEvaluation>,
  hasParams: boolean,
  hasData: (evaluation: NonNullable<typeof query.data>['evaluation']) => boolean,
): ChartCardStatus {
  if (query.isError) return 'error';
  if (!hasParams || !query.data) return 'loading';
  const { evaluation } = query.data;
  if (evaluation.error || !hasData(evaluation)) return 'empty';
  return 'ready';
}
