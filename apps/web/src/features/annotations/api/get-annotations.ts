import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';

/** The filter of the annotations query: one municipality and an inclusive date range. */
export type AnnotationParams = { municipalityCode: string; from: string; to: string };

export type Annotation = {
  code: string;
  kind: 'intervention' | 'closure' | 'other';
  labelDa: string;
  labelEn: string;
  /** 'YYYY-MM-DD'. */
  dateFrom: string;
  /** 'YYYY-MM-DD', inclusive; null for a single day (a go-live). */
  dateTo: string | null;
};

export const ANNOTATIONS_QUERY = /* GraphQL */ `
  query Annotations($municipalityCode: String!, $from: String!, $to: String!) {
    annotations(municipalityCode: $municipalityCode, from: $from, to: $to) {
      code
      kind
      labelDa
      labelEn
      dateFrom
      dateTo
    }
  }
`;

export function getAnnotationsQueryOptions(params: AnnotationParams) {
  return queryOptions({
    queryKey: ['annotations', params],
    queryFn: async ({ signal }) =>
      (
        await graphqlRequest<{ annotations: Annotation[] }, AnnotationParams>(
          ANNOTATIONS_QUERY,
          params,
          { signal },
        )
      ).annotations,
  });
}

/**
 * The events (go-lives, closures) in the period, for the time charts. A failed request leaves
 * the charts without annotations rather than failing them.
 */
export function useAnnotations(params: AnnotationParams | undefined) {
  return useQuery({
    ...getAnnotationsQueryOptions(params ?? { municipalityCode: '', from: '', to: '' }),
    enabled: params !== undefined,
  });
}
