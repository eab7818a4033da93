import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';
// The document lives in a .graphql file of its own, so bench:api sends the very same one.
import DIGITAL_EXCLUSION_QUERY from './get-digital-exclusion.graphql?raw';

/** One municipality and whole quarters or years ('YYYY-MM-DD', inclusive). */
export type ExclusionQueryParams = {
  municipalityCode: string;
  from: string;
  to: string;
};

/** A count, or hidden by small-count suppression (then value is null). */
export type CountCell = { value: number | null; suppressed: boolean };
export type ContactCell = CountCell & { per1000Inhabitants: number | null };
export type ShareCell = { value: number | null; suppressed: boolean };

export type ExclusionCategory = { code: string; labelDa: string; labelEn: string };

/** `ageBandCode` null = all ages (always the last row). */
export type ContactsRow = {
  ageBandCode: string | null;
  inhabitants: number | null;
  cells: ContactCell[];
  total: ContactCell;
  bookedByPhoneOrWithHelp: ShareCell;
};
export type CountRow = { ageBandCode: string | null; cells: CountCell[]; total: CountCell };

export type ExclusionPeriod = {
  period: string;
  kind: 'QUARTER' | 'YEAR';
  from: string;
  to: string;
  contacts: ContactsRow[];
  walkIns: CountRow[];
  assistedSelfService: CountRow[];
  digitalPostExemptions: CountCell;
};

export type DigitalExclusion = {
  municipalityCode: string;
  from: string;
  to: string;
  ageBands: ExclusionCategory[];
  channels: ExclusionCategory[];
  walkInResolutions: ExclusionCategory[];
  periods: ExclusionPeriod[];
  suppression: { applied: boolean; threshold: number | null; mark: string };
};

export async function getDigitalExclusion(
  params: ExclusionQueryParams,
  signal?: AbortSignal,
): Promise<DigitalExclusion> {
  const data = await graphqlRequest<{ digitalExclusion: DigitalExclusion }, ExclusionQueryParams>(
    DIGITAL_EXCLUSION_QUERY,
    params,
    { signal },
  );
  return data.digitalExclusion;
}

export function getDigitalExclusionQueryOptions(params: ExclusionQueryParams) {
  return queryOptions({
    queryKey: ['digital-exclusion', params],
    queryFn: ({ signal }) => getDigitalExclusion(params, signal),
  });
}

/**
 * One answer feeds every card of the view (the API protects all its tables together), so the
 * cards share this query. The answer carries its own municipality and period.
 */
export function useDigitalExclusion(params: ExclusionQueryParams | undefined) {
  return useQuery({
    ...getDigitalExclusionQueryOptions(params ?? { municipalityCode: '', from: '', to: '' }),
    enabled: params !== undefined,
    placeholderData: keepPreviousData,
  });
}
