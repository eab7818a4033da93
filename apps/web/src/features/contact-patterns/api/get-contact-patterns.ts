import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';
// The document lives in a .graphql file of its own, so bench:api sends the very same one.
import CONTACT_PATTERNS_QUERY from './get-contact-patterns.graphql?raw';

/** One municipality, an inclusive date range and the length of a series period. */
export type ContactPatternsParams = {
  municipalityCode: string;
  /** 'YYYY-MM-DD', inclusive. */
  from: string;
  /** 'YYYY-MM-DD', inclusive. */
  to: string;
  grain: 'MONTH' | 'QUARTER';
};

/** How one service's contacts split over the channels in one period; shares in percent. */
export type ChannelMixPoint = {
  /** 'YYYY-MM' or 'YYYY-Qn', by grain. */
  period: string;
  serviceCode: string;
  /** The catalogue's names (the code when the catalogue has none). */
  serviceNameDa: string;
  serviceNameEn: string;
  contacts: number;
  visitShare: number | null;
  callShare: number | null;
  digitalShare: number | null;
};

export type MetricValue = { numerator: number; denominator: number | null; value: number | null };

export type ChannelShift = {
  /** 'visit', 'call' or 'digital'. */
  channel: string;
  share: MetricValue;
  shareLastYear: MetricValue;
  /** Percentage points; null when either share is unknown. */
  changePoints: number | null;
};

export type PeriodValue = MetricValue & { period: string };

export type ContactPatterns = {
  channelMix: ChannelMixPoint[];
  channelShift: ChannelShift[];
  contactsPerThousand: PeriodValue[];
  contactsPerThousandTotal: MetricValue;
};

export async function getContactPatterns(
  params: ContactPatternsParams,
  signal?: AbortSignal,
): Promise<ContactPatterns> {
  const data = await graphqlRequest<{ contactPatterns: ContactPatterns }, ContactPatternsParams>(
    CONTACT_PATTERNS_QUERY,
    params,
    { signal },
  );
  return data.contactPatterns;
}

/** The query data carries the filter it was fetched for, so a kept previous result is labelled right. */
export type ContactPatternsResult = { params: ContactPatternsParams; patterns: ContactPatterns };

export function getContactPatternsQueryOptions(params: ContactPatternsParams) {
  return queryOptions({
    queryKey: ['contact-patterns', params],
    queryFn: async ({ signal }): Promise<ContactPatternsResult> => ({
      params,
      patterns: await getContactPatterns(params, signal),
    }),
  });
}

/** Channel mix, shift and contacts per 1,000 inhabitants; idle until the filter is known. */
export function useContactPatterns(params: ContactPatternsParams | undefined) {
  return useQuery({
    ...getContactPatternsQueryOptions(
      params ?? { municipalityCode: '', from: '', to: '', grain: 'MONTH' },
    ),
    enabled: params !== undefined,
    placeholderData: keepPreviousData,
  });
}
