import { useMutation, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';

/** The uploaded file as the API takes it: its name and its bytes in base64. */
export type Upload = { municipalityCode: string; fileName: string; contentBase64: string };
export type MappedUpload = Upload & { mappingJson: string };

export type KindField = { name: string; type: string; required: boolean; codes: string[] };

export type MappingProposal = {
  header: string[];
  sampleRows: string[][];
  headerRow: number;
  mappingJson: string;
  fields: KindField[];
  missingRequired: string[];
  unknownValues: { field: string; values: string[] }[];
};

export type LabelCount = { label: string; rows: number };

export type DryRun = {
  rejection: string | null;
  rowsIn: number;
  rowsLoadable: number;
  rowsQuarantined: number;
  rowsDuplicate: number;
  reasons: { column: string | null; reason: string; rows: number }[];
  fields: string[];
  preview: { row: number; values: (string | null)[] }[];
  unmappedLabels: LabelCount[];
};

export type ImportJob = {
  id: string;
  /** running, loaded, already_loaded or rejected. */
  status: string;
  rowsRead: number;
  rowsIn: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  rowsDuplicate: number;
  message: string | null;
  unmappedLabels: LabelCount[];
};

export type SavedMapping = {
  id: number;
  kind: string;
  sourceSystem: string;
  name: string;
  mappingJson: string;
  savedBy: string;
  savedAt: string;
};

export type CatalogueService = { code: string; nameDa: string; nameEn: string };

const UPLOAD_VARIABLES = '$municipalityCode: String!, $fileName: String!, $contentBase64: String!';
const UPLOAD_ARGS =
  'municipalityCode: $municipalityCode, fileName: $fileName, contentBase64: $contentBase64';
const JOB_FIELDS =
  'id status rowsRead rowsIn rowsLoaded rowsQuarantined rowsDuplicate message unmappedLabels { label rows }';
const SAVED_FIELDS = 'id kind sourceSystem name mappingJson savedBy savedAt';

export const PROPOSE_MAPPING = /* GraphQL */ `
  mutation ProposeMapping(${UPLOAD_VARIABLES}, $kind: String!) {
    proposeMapping(${UPLOAD_ARGS}, kind: $kind) {
      header
      sampleRows
      headerRow
      mappingJson
      fields { name type required codes }
      missingRequired
      unknownValues { field values }
    }
  }
`;

export const DRY_RUN_IMPORT = /* GraphQL */ `
  mutation DryRunImport(${UPLOAD_VARIABLES}, $mappingJson: String!) {
    dryRunImport(${UPLOAD_ARGS}, mappingJson: $mappingJson) {
      rejection
      rowsIn
      rowsLoadable
      rowsQuarantined
      rowsDuplicate
      reasons { column reason rows }
      fields
      preview { row values }
      unmappedLabels { label rows }
    }
  }
`;

export const START_IMPORT = /* GraphQL */ `
  mutation StartImport(${UPLOAD_VARIABLES}, $mappingJson: String!) {
    startImport(${UPLOAD_ARGS}, mappingJson: $mappingJson) { ${JOB_FIELDS} }
  }
`;

export const IMPORT_JOB = /* GraphQL */ `
  query ImportJob($municipalityCode: String!, $id: String!) {
    importJob(municipalityCode: $municipalityCode, id: $id) { ${JOB_FIELDS} }
  }
`;

export const SAVE_MAPPING = /* GraphQL */ `
  mutation SaveMapping($municipalityCode: String!, $name: String!, $mappingJson: String!) {
    saveMapping(municipalityCode: $municipalityCode, name: $name, mappingJson: $mappingJson) {
      ${SAVED_FIELDS}
    }
  }
`;

export const SAVED_MAPPINGS = /* GraphQL */ `
  query SavedMappings($municipalityCode: String!) {
    savedMappings(municipalityCode: $municipalityCode) { ${SAVED_FIELDS} }
  }
`;

export const SERVICE_CATALOGUE = /* GraphQL */ `
  query ServiceCatalogue {
    serviceCatalogue {
      code
      nameDa
      nameEn
    }
  }
`;

export const MAP_SERVICE_LABEL = /* GraphQL */ `
  mutation MapServiceLabel(
    $municipalityCode: String!
    $kind: String!
    $sourceSystem: String!
    $label: String!
    $serviceCode: String!
  ) {
    mapServiceLabel(
      municipalityCode: $municipalityCode
      kind: $kind
      sourceSystem: $sourceSystem
      label: $label
      serviceCode: $serviceCode
    ) {
      factsRekeyed
    }
  }
`;

/** A mutation hook over one GraphQL document whose answer is its first field. */
function useField<TVariables extends object, TResult>(document: string, field: string) {
  return useMutation({
    mutationFn: async (variables: TVariables): Promise<TResult> =>
      (await graphqlRequest<Record<string, TResult>, TVariables>(document, variables))[
        field
      ] as TResult,
  });
}

export const useProposeMapping = () =>
  useField<Upload & { kind: string }, MappingProposal>(PROPOSE_MAPPING, 'proposeMapping');
export const useDryRunImport = () => useField<MappedUpload, DryRun>(DRY_RUN_IMPORT, 'dryRunImport');
export const useStartImport = () => useField<MappedUpload, ImportJob>(START_IMPORT, 'startImport');
export const useSaveMapping = () =>
  useField<{ municipalityCode: string; name: string; mappingJson: string }, SavedMapping>(
    SAVE_MAPPING,
    'saveMapping',
  );
export const useMapServiceLabel = () =>
  useField<
    {
      municipalityCode: string;
      kind: string;
      sourceSystem: string;
      label: string;
      serviceCode: string;
    },
    { factsRekeyed: number }
  >(MAP_SERVICE_LABEL, 'mapServiceLabel');

/** How often a running import is asked for its progress. */
export const IMPORT_POLL_MS = 1000;

/** The import's progress, polled while it runs; the reconciliation once it has finished. */
export function useImportJob(municipalityCode: string, id: string | undefined) {
  return useQuery({
    queryKey: ['import-job', municipalityCode, id],
    queryFn: async ({ signal }) =>
      (
        await graphqlRequest<{ importJob: ImportJob }, { municipalityCode: string; id: string }>(
          IMPORT_JOB,
          { municipalityCode, id: id ?? '' },
          { signal },
        )
      ).importJob,
    enabled: id !== undefined,
    refetchInterval: (query) =>
      query.state.data?.status === 'running' || !query.state.data ? IMPORT_POLL_MS : false,
  });
}

export function useSavedMappings(municipalityCode: string | undefined) {
  return useQuery({
    queryKey: ['saved-mappings', municipalityCode],
    queryFn: async ({ signal }) =>
      (
        await graphqlRequest<{ savedMappings: SavedMapping[] }, { municipalityCode: string }>(
          SAVED_MAPPINGS,
          { municipalityCode: municipalityCode ?? '' },
          { signal },
        )
      ).savedMappings,
    enabled: municipalityCode !== undefined,
  });
}

export function useServiceCatalogue() {
  return useQuery({
    queryKey: ['service-catalogue'],
    queryFn: async ({ signal }) =>
      (
        await graphqlRequest<{ serviceCatalogue: CatalogueService[] }>(
          SERVICE_CATALOGUE,
          undefined,
          {
            signal,
          },
        )
      ).serviceCatalogue,
  });
}
