import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';
// The document lives in a .graphql file of its own, so bench:api sends the very same one.
import DATA_QUALITY_QUERY from './get-data-quality.graphql?raw';

export type DataQualityParams = { municipalityCode: string };

export type SourceLoadStatus = {
  /** Source kind, e.g. "calls" or "visits-aggregate". */
  kind: string;
  /** ISO date-time of the newest committed file, or null if none. */
  lastLoadedAt: string | null;
  /** Last day covered by the current files, 'YYYY-MM-DD'. */
  newestPeriodEnd: string | null;
  /** Days from newestPeriodEnd to asOf; null without data. */
  freshnessDays: number | null;
  currentFiles: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  rowsDuplicate: number;
  rowsSkipped: number;
  rejectedFiles: number;
};

export type QuarantineProblem = {
  kind: string;
  fileName: string;
  sourceRow: number | null;
  columnName: string | null;
  reason: string;
  quarantinedAt: string;
};

export type UnmappedLabel = {
  kind: string;
  labelKind: string;
  label: string;
  rows: number;
  lastSeenAt: string;
};

export type DataQuality = {
  /** The day freshness is measured against, 'YYYY-MM-DD'. */
  asOf: string;
  sources: SourceLoadStatus[];
  problems: QuarantineProblem[];
  unmappedLabels: UnmappedLabel[];
};

export async function getDataQuality(
  params: DataQualityParams,
  signal?: AbortSignal,
): Promise<DataQuality> {
  const data = await graphqlRequest<{ dataQuality: DataQuality }, DataQualityParams>(
    DATA_QUALITY_QUERY,
    params,
    { signal },
  );
  return data.dataQuality;
}

/** The query data carries the municipality it was fetched for. */
export type DataQualityResult = { params: DataQualityParams; quality: DataQuality };

export function getDataQualityQueryOptions(params: DataQualityParams) {
  return queryOptions({
    queryKey: ['data-quality', params],
    queryFn: async ({ signal }): Promise<DataQualityResult> => ({
      params,
      quality: await getDataQuality(params, signal),
    }),
  });
}

/** Freshness is measured against today (the API's default), whatever period the view shows. */
export function useDataQuality(params: DataQualityParams | undefined) {
  return useQuery({
    ...getDataQualityQueryOptions(params ?? { municipalityCode: '' }),
    enabled: params !== undefined,
    placeholderData: keepPreviousData,
  });
}
