import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';

export type ServiceName = { serviceCode: string; serviceNameDa: string; serviceNameEn: string };

type ServiceNamesParams = { municipalityCode: string; from: string; to: string };

// contactPatterns answers service codes only; the service catalogue's names come with the
// visits per service, so they are read from there (for the same municipality and period).
export const SERVICE_NAMES_QUERY = /* GraphQL */ `
  query ServiceNames($municipalityCode: String!, $from: String!, $to: String!) {
    visitsByServiceMonth(municipalityCode: $municipalityCode, from: $from, to: $to) {
      serviceCode
      serviceNameDa
      serviceNameEn
    }
  }
`;

export function getServiceNamesQueryOptions(params: ServiceNamesParams) {
  return queryOptions({
    queryKey: ['contact-patterns', 'service-names', params],
    queryFn: async ({ signal }): Promise<Map<string, ServiceName>> => {
      const data = await graphqlRequest<
        { visitsByServiceMonth: ServiceName[] },
        ServiceNamesParams
      >(SERVICE_NAMES_QUERY, params, { signal });
      return new Map(data.visitsByServiceMonth.map((service) => [service.serviceCode, service]));
    },
  });
}

/**
 * Service names by code. While they load or when they fail, callers fall back to the code, so
 * the charts never wait for or fail on the names.
 */
export function useServiceNames(params: ServiceNamesParams | undefined) {
  return useQuery({
    ...getServiceNamesQueryOptions(params ?? { municipalityCode: '', from: '', to: '' }),
    enabled: params !== undefined,
  });
}
