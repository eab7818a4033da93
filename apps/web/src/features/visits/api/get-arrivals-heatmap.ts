import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';
import type { VisitsQueryParams } from './visits-query-params';
// The document lives in a .graphql file of its own, so bench:api sends the very same one.
import ARRIVALS_HEATMAP_QUERY from './get-arrivals-heatmap.graphql?raw';

export type HeatmapCell = {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Hour of the day in Copenhagen time, 0-23. */
  hour: number;
  meanArrivals: number;
};

export type ArrivalsHeatmap = {
  openingDays: number;
  cells: HeatmapCell[];
};

export async function getArrivalsHeatmap(
  params: VisitsQueryParams,
  signal?: AbortSignal,
): Promise<ArrivalsHeatmap> {
  const data = await graphqlRequest<{ arrivalsHeatmap: ArrivalsHeatmap }, VisitsQueryParams>(
    ARRIVALS_HEATMAP_QUERY,
    params,
    { signal },
  );
  return data.arrivalsHeatmap;
}

/** The query data carries the filter it was fetched for, so a kept previous result is labelled right. */
export type ArrivalsHeatmapResult = { params: VisitsQueryParams; heatmap: ArrivalsHeatmap };

export function getArrivalsHeatmapQueryOptions(params: VisitsQueryParams) {
  return queryOptions({
    queryKey: ['visits', 'arrivals-heatmap', params],
    queryFn: async ({ signal }): Promise<ArrivalsHeatmapResult> => ({
      params,
      heatmap: await getArrivalsHeatmap(params, signal),
    }),
  });
}

/** Mean arrivals per weekday × hour; idle until the page knows which municipality and period to show. */
export function useArrivalsHeatmap(params: VisitsQueryParams | undefined) {
  return useQuery({
    ...getArrivalsHeatmapQueryOptions(params ?? { municipalityCode: '', from: '', to: '' }),
    enabled: params !== undefined,
    placeholderData: keepPreviousData,
  });
}
