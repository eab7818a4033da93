import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';
// The document lives in a .graphql file of its own, so bench:api sends the very same one.
import EFFICIENCY_QUERY from './get-efficiency.graphql?raw';

/** One municipality, an inclusive date range and the length of a series period. */
export type EfficiencyParams = {
  municipalityCode: string;
  /** 'YYYY-MM-DD', inclusive. */
  from: string;
  /** 'YYYY-MM-DD', inclusive. */
  to: string;
  grain: 'MONTH' | 'QUARTER';
};

/** Staff time and its cost for one channel (null = every channel) in one period (null = all). */
export type EfficiencyPoint = {
  /** 'visit' (counter), 'call' (phone) or 'back_office'; null = every channel. */
  channel: string | null;
  /** 'YYYY-MM' or 'YYYY-Qn'; null = the whole range. */
  period: string | null;
  staffHours: number;
  fte: number;
  staffCostDkk: number;
  /** Served visits (counter) or calls offered (phone). */
  contacts: number;
  contactsPerStaffHour: number | null;
  costPerContact: number | null;
};

export type Efficiency = {
  /** The assumptions the API converted hours with: annual hours and DKK of one FTE (årsværk). */
  hoursPerFte: number;
  costPerFte: number;
  series: EfficiencyPoint[];
  totals: EfficiencyPoint[];
};

export async function getEfficiency(
  params: EfficiencyParams,
  signal?: AbortSignal,
): Promise<Efficiency> {
  const data = await graphqlRequest<{ efficiency: Efficiency }, EfficiencyParams>(
    EFFICIENCY_QUERY,
    params,
    { signal },
  );
  return data.efficiency;
}

/** The query data carries the filter it was fetched for, so a kept previous result is labelled right. */
export type EfficiencyResult = { params: EfficiencyParams; efficiency: Efficiency };

export function getEfficiencyQueryOptions(params: EfficiencyParams) {
  return queryOptions({
    queryKey: ['efficiency', params],
    queryFn: async ({ signal }): Promise<EfficiencyResult> => ({
      params,
      efficiency: await getEfficiency(params, signal),
    }),
  });
}

/**
 * Staff hours, FTE, cost and contacts per channel; idle until the page knows what to show (or,
 * for the comparison, until the user asks for it).
 */
export function useEfficiency(params: EfficiencyParams | undefined) {
  return useQuery({
    ...getEfficiencyQueryOptions(
      params ?? { municipalityCode: '', from: '', to: '', grain: 'MONTH' },
    ),
    enabled: params !== undefined,
    placeholderData: keepPreviousData,
  });
}
