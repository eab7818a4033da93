import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';
import type { ForecastParams } from './forecast-params';
// The document lives in a .graphql file of its own, like the other features' (bench:api reads them).
import STAFFING_NEED_QUERY from './get-staffing-need.graphql?raw';

export type StaffingNeedDay = {
  /** 'YYYY-MM-DD'. */
  date: string;
  phoneHoursNeeded: number;
  /** Null when the rota has no row for the day (not loaded that far ahead). */
  phoneHoursRota: number | null;
  /** Rota − need: negative is short; null without a rota. */
  phoneHoursBalance: number | null;
  peakPhoneAgents: number;
  counterHoursNeeded: number;
  counterHoursRota: number | null;
  counterHoursBalance: number | null;
  peakCounterStaff: number;
};

export type StaffingNeed = {
  origin: string;
  /** 'erlang-a' when the callers' patience could be estimated, else 'erlang-c'. */
  callModel: string;
  callAhtSeconds: number;
  callPatienceSeconds: number | null;
  counterHandlingSeconds: number;
  days: StaffingNeedDay[];
};

export async function getStaffingNeed(
  params: ForecastParams,
  signal?: AbortSignal,
): Promise<StaffingNeed> {
  const data = await graphqlRequest<{ staffingNeed: StaffingNeed }, ForecastParams>(
    STAFFING_NEED_QUERY,
    params,
    { signal },
  );
  return data.staffingNeed;
}

export type StaffingNeedResult = { params: ForecastParams; need: StaffingNeed };

export function getStaffingNeedQueryOptions(params: ForecastParams) {
  return queryOptions({
    queryKey: ['forecast', 'staffing-need', params],
    queryFn: async ({ signal }): Promise<StaffingNeedResult> => ({
      params,
      need: await getStaffingNeed(params, signal),
    }),
  });
}

/**
 * Phone and counter hours needed per day (the API's default service targets: 80 % of calls in
 * 60 s, 80 % of walk-ins in 15 min) against the rota; idle until the filter is known.
 */
export function useStaffingNeed(params: ForecastParams | undefined) {
  return useQuery({
    ...getStaffingNeedQueryOptions(params ?? { municipalityCode: '', weeks: 0 }),
    enabled: params !== undefined,
    placeholderData: keepPreviousData,
  });
}
