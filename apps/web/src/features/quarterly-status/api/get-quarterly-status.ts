import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';
// The document lives in a .graphql file of its own, so bench:api sends the very same one.
import QUARTERLY_STATUS_QUERY from './get-quarterly-status.graphql?raw';

/** One municipality and one quarter, 'YYYY-Qn'. */
export type QuarterlyStatusParams = { municipalityCode: string; quarter: string };

export type StatusChannel = 'IN_PERSON' | 'PHONE' | 'DIGITAL' | 'BOOKING';
export type TargetStatus = 'MET' | 'NOT_MET' | 'NO_TARGET' | 'NO_DATA';
export type KpiUnit =
  | 'COUNT'
  | 'DKK'
  | 'FTE'
  | 'HOURS'
  | 'MINUTES'
  | 'PERCENT'
  | 'PER_HOUR'
  | 'PER_THOUSAND'
  | 'SECONDS';

export type MetricValue = { value: number | null; numerator: number; denominator: number | null };

export type StatusTarget = {
  /** 'max': the KPI should stay at or below the value; 'min': at or above. */
  comparator: string;
  value: number;
  validFrom: string;
};

export type StatusTile = {
  channel: StatusChannel;
  kpi: { id: string; labelDa: string; labelEn: string; unit: KpiUnit };
  current: MetricValue;
  previousQuarter: MetricValue;
  sameQuarterLastYear: MetricValue;
  /** In the KPI's unit (percentage points for PERCENT); null when a value is missing. */
  deltaPreviousQuarter: number | null;
  deltaSameQuarterLastYear: number | null;
  status: TargetStatus;
  targets: StatusTarget[];
  /** The 8 quarters ending with the reported one, oldest first. */
  sparkline: { quarter: string; value: number | null }[];
};

export type QuarterlyStatus = {
  municipalityCode: string;
  quarter: string;
  from: string;
  to: string;
  tiles: StatusTile[];
};

export async function getQuarterlyStatus(
  params: QuarterlyStatusParams,
  signal?: AbortSignal,
): Promise<QuarterlyStatus> {
  const data = await graphqlRequest<{ quarterlyStatus: QuarterlyStatus }, QuarterlyStatusParams>(
    QUARTERLY_STATUS_QUERY,
    params,
    { signal },
  );
  return data.quarterlyStatus;
}

export function getQuarterlyStatusQueryOptions(params: QuarterlyStatusParams) {
  return queryOptions({
    queryKey: ['quarterly-status', params],
    queryFn: ({ signal }) => getQuarterlyStatus(params, signal),
  });
}

/** The tiles of one quarter; idle until the page knows the municipality and the quarter. */
export function useQuarterlyStatus(params: QuarterlyStatusParams | undefined) {
  return useQuery({
    ...getQuarterlyStatusQueryOptions(params ?? { municipalityCode: '', quarter: '' }),
    enabled: params !== undefined,
    // Keep the old tiles on screen while another quarter loads.
    placeholderData: keepPreviousData,
  });
}
