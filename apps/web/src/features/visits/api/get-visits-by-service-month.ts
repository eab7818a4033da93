import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';
import type { VisitsQueryParams } from './visits-query-params';
// The document lives in a .graphql file of its own, so bench:api sends the very same one.
import VISITS_BY_SERVICE_MONTH_QUERY from './get-visits-by-service-month.graphql?raw';

export type ServiceMonthVisits = {
  /** 'YYYY-MM'. */
  month: string;
  serviceCode: string;
  serviceNameDa: string;
  serviceNameEn: string;
  visits: number;
};

export async function getVisitsByServiceMonth(
  params: VisitsQueryParams,
  signal?: AbortSignal,
): Promise<ServiceMonthVisits[]> {
  const data = await graphqlRequest<
    { visitsByServiceMonth: ServiceMonthVisits[] },
    VisitsQueryParams
  >(VISITS_BY_SERVICE_MONTH_QUERY, params, { signal });
  return data.visitsByServiceMonth;
}

/** The query data carries the filter it was fetched for, so a kept previous result is labelled right. */
export type VisitsByServiceMonthResult = {
  params: VisitsQueryParams;
  visits: ServiceMonthVisits[];
};

export function getVisitsByServiceMonthQueryOptions(params: VisitsQueryParams) {
  return queryOptions({
    queryKey: ['visits', 'by-service-month', params],
    queryFn: async ({ signal }): Promise<VisitsByServiceMonthResult> => ({
      params,
      visits: await getVisitsByServiceMonth(params, signal),
    }),
  });
}

/** Visits per service per month; idle until the page knows which municipality and period to show. */
export function useVisitsByServiceMonth(params: VisitsQueryParams | undefined) {
  return useQuery({
    ...getVisitsByServiceMonthQueryOptions(params ?? { municipalityCode: '', from: '', to: '' }),
    enabled: params !== undefined,
    // Keep the old chart on screen while a new period loads instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}
