import type { SourceKindName } from '@kanalindsigt/warehouse/reference/source-kinds';
import type { QueryRunner } from 'typeorm';
import type { BinaryColumn, BinaryValue } from '../load/copy-binary';
import type { CopyValue } from '../load/copy-text';
import type { CanonicalFields, RecordOf } from './mapping/canonical-field';
import type { ServiceLabelResolver } from './service-labels.repository';

/** One row ready for the kind's staging or fact table, and the days it covers (for the rollups). */
export interface StagedRow {
  values: CopyValue[] | BinaryValue[];
  firstDateKey: number;
  lastDateKey: number;
}

export interface StagingContext {
  sourceFileId: number;
  municipalityCode: string;
  siteCode: string;
  siteId: number;
  /** Label → service for kinds loaded straight into facts; it also counts the unmapped labels. */
  serviceLabels: ServiceLabelResolver;
}

/**
 * A rule a record breaks, by canonical field. `{otherField}` in the reason is replaced by that
 * field's source column name, and the quarantine gets the source cell, so messages speak the
 * export's own language.
 */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** Turns one parsed record into a staging row; built per file, so it may remember earlier rows. */
export type RowStager<F extends CanonicalFields = CanonicalFields> = (
  record: RecordOf<F>,
  row: number,
) => StagedRow | FieldProblem[];

interface SourceKindBase<F extends CanonicalFields> {
  kind: SourceKindName;
  /** Mapping file in etl/mappings used when the command names none. */
  defaultMapping: string;
  fields: F;
  /** The fact table the kind fills; a corrected re-export deletes the replaced file's rows here. */
  factTable: string;
  createStager(context: StagingContext): RowStager<F>;
  refreshRollups?(
    tx: QueryRunner,
    municipalityCode: string,
    fromDateKey: number,
    toDateKey: number,
  ): Promise<void>;
}

/**
 * Count kinds (small files whose rows SQL checks against each other): rows are COPYed as text into
 * a staging table and promoted to facts by one SQL statement.
 */
export interface StagedSourceKind<
  F extends CanonicalFields = CanonicalFields,
> extends SourceKindBase<F> {
  route: 'staging';
  /** Where the file's rows wait for promotion; the pipeline empties it when the file commits. */
  stagingTable: string;
  /** Whether staged rows carry a `service_label` to map; unmapped labels are then recorded. */
  mapsServiceLabels: boolean;
  copyIntoStagingSql: string;
  /** Inserts the staged rows of the file into facts; returns how many were new. */
  promote(
    tx: QueryRunner,
    sourceFileId: number,
    municipalityCode: string,
    sourceSystem: string,
  ): Promise<number>;
}

/**
 * Event kinds (millions of rows): the stager resolves every key, and rows go by binary COPY
 * straight into the fact table; the pipeline then removes rows whose reference the municipality
 * already has, so the first row of a reference wins.
 */
export interface DirectSourceKind<
  F extends CanonicalFields = CanonicalFields,
> extends SourceKindBase<F> {
  route: 'direct';
  /** The fact table's columns in the order of the stager's values. */
  factColumns: readonly BinaryColumn[];
  /** The natural key within a municipality (a ticket, call or booking id). */
  refColumn: string;
  /** The fact's day column: the rollups of a re-keyed fact are rebuilt over its range. */
  dayColumn: string;
  /** SQL over the fact's columns giving the label the stager mapped to the row's service. */
  serviceLabelSql: string;
}

export type SourceKind<F extends CanonicalFields = CanonicalFields> =
  StagedSourceKind<F> | DirectSourceKind<F>;

/**
 * A kind whose stager reads records typed by its own field declaration. The loader holds every
 * kind alike; this is the one place the record type is widened, and it is sound because the
 * record parser builds each record from exactly these fields (compileRecordParser).
 */
export function defineSourceKind<F extends CanonicalFields>(kind: SourceKind<F>): SourceKind {
  return kind as unknown as SourceKind;
}
