import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';
// The document lives in a .graphql file of its own, so bench:api sends the very same one.
import MUNICIPALITIES_QUERY from './get-municipalities.graphql?raw';

/** A citizen-service site of a municipality (one with visit data). */
export type Site = {
  code: string;
  nameDa: string;
};

export type Municipality = {
  code: string;
  nameDa: string;
  region: string;
  /** First day with visit data, 'YYYY-MM-DD'. */
  visitsFrom: string;
  /** Last day with visit data, 'YYYY-MM-DD'. */
  visitsTo: string;
  /** Its sites with visit data, by name. */
  sites: Site[];
};

export async function getMunicipalities(signal?: AbortSignal): Promise<Municipality[]> {
  const data = await graphqlRequest<{ municipalities: Municipality[] }>(
    MUNICIPALITIES_QUERY,
    undefined,
    { signal },
  );
  return data.municipalities;
}

export function getMunicipalitiesQueryOptions() {
  return queryOptions({
    queryKey: ['municipalities'],
    queryFn: ({ signal }) => getMunicipalities(signal),
    // The list only changes when the ETL loads a new municipality.
    staleTime: 60 * 60 * 1000,
  });
}

export function useMunicipalities() {
  return useQuery(getMunicipalitiesQueryOptions());
}
