import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';
import { ESTIMATE_FIELDS, SUMMARY_FIELDS, type EvaluationDetail } from './evaluation-types';

export type EvaluationParams = { id: string; municipalityCode: string };

export const EVALUATION_QUERY = /* GraphQL */ `
  query Evaluation($id: String!, $municipalityCode: String!) {
    evaluation(id: $id, municipalityCode: $municipalityCode) {
      ${SUMMARY_FIELDS}
      fittedAt
      model {
        family
        exposure
      }
      estimates {
        ${ESTIMATE_FIELDS}
      }
      exclusions {
        from
        to
        label
        treatment
      }
      series {
        period
        observed
        fitted
        counterfactual
        low
        high
        difference
        cumulativeDifference
        excluded
      }
      diagnostics {
        ljungBoxPValue
      }
    }
  }
`;

/** The query data carries the evaluation it was fetched for, so a kept previous result is labelled right. */
export type EvaluationResult = { params: EvaluationParams; evaluation: EvaluationDetail };

export function getEvaluationQueryOptions(params: EvaluationParams) {
  return queryOptions({
    queryKey: ['evaluations', 'detail', params],
    queryFn: async ({ signal }): Promise<EvaluationResult> => ({
      params,
      evaluation: (
        await graphqlRequest<{ evaluation: EvaluationDetail }, EvaluationParams>(
          EVALUATION_QUERY,
          params,
          { signal },
        )
      ).evaluation,
    }),
  });
}

/** One evaluation with its monthly series; idle until the page knows which one to show. */
export function useEvaluation(params: EvaluationParams | undefined) {
  return useQuery({
    ...getEvaluationQueryOptions(params ?? { id: '', municipalityCode: '' }),
    enabled: params !== undefined,
    placeholderData: keepPreviousData,
  });
}
