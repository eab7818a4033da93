import type { QueryRunner } from 'typeorm';
import type { CopyValue } from '../load/copy-text';
import type { CanonicalFields } from './mapping/canonical-field';
import type { ParsedRecord } from './mapping/record-parser';

/** One row ready for the kind's staging table, and the days it covers (for the rollups). */
export interface StagedRow {
  values: CopyValue[];
  firstDateKey: number;
  lastDateKey: number;
}

export interface StagingContext {
  sourceFileId: number;
  siteCode: string;
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
export type RowStager = (record: ParsedRecord, row: number) => StagedRow | FieldProblem[];

/**
 * What a source kind adds to the shared load pipeline: its canonical fields, how a record
 * becomes a staging row, and the SQL that promotes staged rows to facts.
 */
export interface SourceKind {
  kind: string;
  /** Mapping file in etl/mappings used when the command names none. */
  defaultMapping: string;
  fields: CanonicalFields;
  /** The fact table the kind fills; a corrected re-export deletes the replaced file's rows here. */
  factTable: string;
  createStager(context: StagingContext): RowStager;
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
  refreshRollups?(
    tx: QueryRunner,
    municipalityCode: string,
    fromDateKey: number,
    toDateKey: number,
  ): Promise<void>;
}
