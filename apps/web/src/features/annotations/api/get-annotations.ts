import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { TimeAnnotation } from '../../../components/charts/time-series-chart';
import { graphqlRequest } from '../../../lib/graphql-client';
import { useI18n } from '../../../lib/i18n';

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
 * The events (go-lives, closures) in the period as the time charts draw them, labelled in the
 * user's language. A failed request leaves the charts without annotations rather than failing them.
 */
export function useAnnotations(params: AnnotationParams | undefined): TimeAnnotation[] {
  const { language } = useI18n();
  const { data } = useQuery({
    ...getAnnotationsQueryOptions(params ?? { municipalityCode: '', from: '', to: '' }),
    enabled: params !== undefined,
  });
  return useMemo(
    () =>
      (data ?? []).map((a) => ({
        from: a.dateFrom,
        to: a.dateTo,
        label: language === 'da' ? a.labelDa : a.labelEn,
      })),
    [data, language],
  );
}
