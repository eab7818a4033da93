import type { QueryRunner } from 'typeorm';
import {
  unmappedStagedLabels,
  type ServiceLabelResolver,
  type UnmappedLabel,
} from '../sources/service-labels.repository';
import type { DirectSourceKind, StagedSourceKind } from '../sources/source-kind';
import type { EtlRepository } from './etl.repository';

/** The file being loaded, as its transaction knows it once its rows are staged. */
export interface OpenFile {
  sourceFileId: number;
  municipalityCode: string;
  sourceSystem: string;
  /** The days its good rows cover; null when it has none. */
  period: { start: string; end: string } | null;
  fromKey: number;
  toKey: number;
}

/** What a route leaves in the warehouse for the file. */
export interface Settled {
  supersededFileIds: number[];
  rowsLoaded: number;
  unmappedLabels: UnmappedLabel[];
}

/** Step 2 of the pipeline, the correction rule: earlier files with exactly this period go. */
function supersedeSamePeriod(
  tx: QueryRunner,
  etl: EtlRepository,
  source: DirectSourceKind | StagedSourceKind,
  file: OpenFile,
): Promise<number[]> {
  if (!file.period) return Promise.resolve([]);
  return etl.supersedeSamePeriod(
    tx,
    {
      sourceFileId: file.sourceFileId,
      sourceKind: source.kind,
      municipalityCode: file.municipalityCode,
      sourceSystem: file.sourceSystem,
      factTable: source.factTable,
    },
    file.period,
  );
}

/**
 * Event kinds: the rows are already in the fact table (binary COPY). What remains is to remove
 * the later rows of references the file repeats (`suspects`) and the rows whose reference an
 * earlier file holds, so the first row of a reference wins.
 */
export async function settleEventRows(
  tx: QueryRunner,
  etl: EtlRepository,
  source: DirectSourceKind,
  file: OpenFile,
  staged: { rowsStaged: number; suspects: ReadonlySet<string> },
  serviceLabels: ServiceLabelResolver,
): Promise<Settled> {
  const fact = {
    table: source.factTable,
    refColumn: source.refColumn,
    sourceKind: source.kind,
  };
  await etl.summarizeNewRanges(tx, source.factTable);
  const repeated =
    staged.suspects.size > 0
      ? await etl.deleteRepeatedReferences(tx, fact, file.sourceFileId, [...staged.suspects])
      : 0;
  const supersededFileIds = await supersedeSamePeriod(tx, etl, source, file);
  const known = file.period
    ? await etl.deleteKnownReferences(tx, fact, {
        sourceFileId: file.sourceFileId,
        municipalityCode: file.municipalityCode,
      })
    : 0;
  const rowsLoaded = staged.rowsStaged - repeated - known;
  await etl.analyzeIfGrown(tx, source.factTable, rowsLoaded);
  // Counted while staging, so over duplicates too; recounted over the loaded rows when some went.
  const stagedUnmapped = serviceLabels.unmappedLabels();
  const unmappedLabels =
    stagedUnmapped.length > 0 && repeated + known > 0
      ? await serviceLabels.unmappedFactLabels(
          tx,
          { table: source.factTable, labelSql: source.serviceLabelSql },
          file.sourceFileId,
        )
      : stagedUnmapped;
  return { supersededFileIds, rowsLoaded, unmappedLabels };
}

/**
 * Count kinds: the rows wait in the staging table; one statement promotes those the warehouse
 * does not have yet, and the staging rows go.
 */
export async function promoteCountRows(
  tx: QueryRunner,
  etl: EtlRepository,
  source: StagedSourceKind,
  file: OpenFile,
): Promise<Settled> {
  // Replaced before promoting, so the corrected rows are not taken for duplicates of the old ones.
  const supersededFileIds = await supersedeSamePeriod(tx, etl, source, file);
  const rowsLoaded = await source.promote(
    tx,
    file.sourceFileId,
    file.municipalityCode,
    file.sourceSystem,
  );
  const unmappedLabels = source.mapsServiceLabels
    ? await unmappedStagedLabels(
        tx,
        source.stagingTable,
        file.sourceFileId,
        file.municipalityCode,
        file.sourceSystem,
      )
    : [];
  await etl.clearStaging(tx, source.stagingTable, file.sourceFileId);
  return { supersededFileIds, rowsLoaded, unmappedLabels };
}
