import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';
import { SUMMARY_FIELDS, type EvaluationSummary } from './evaluation-types';

export type EvaluationsParams = { municipalityCode: string };

export const EVALUATIONS_QUERY = /* GraphQL */ `
  query Evaluations($municipalityCode: String!) {
    evaluations(municipalityCode: $municipalityCode) {
      ${SUMMARY_FIELDS}
      efficiency {
        annualFte
        annualFteLow
        annualFteHigh
        annualDkk
        annualDkkLow
        annualDkkHigh
        costPerFteDkk
        hoursPerFte
        investmentDkk
        targetFte
        targetFrom
        paybackPeriod
        status
        months {
          period
          hoursSaved
          fteRate
          dkkSaved
          cumulativeDkkSaved
          cumulativeTargetDkk
          status
        }
      }
    }
  }
`;

export function getEvaluationsQueryOptions(params: EvaluationsParams) {
  return queryOptions({
    queryKey: ['evaluations', 'list', params],
    queryFn: async ({ signal }): Promise<EvaluationSummary[]> =>
      (
        await graphqlRequest<{ evaluations: EvaluationSummary[] }, EvaluationsParams>(
          EVALUATIONS_QUERY,
          params,
          { signal },
        )
      ).evaluations,
  });
}

/**
 * The municipality's stored evaluations with their headline estimate and, for staff hours, the
 * FTE/DKK translation; idle until the municipality is known.
 */
export function useEvaluations(municipalityCode: string | undefined) {
  return useQuery({
    ...getEvaluationsQueryOptions({ municipalityCode: municipalityCode ?? '' }),
    enabled: municipalityCode !== undefined,
  });
}
