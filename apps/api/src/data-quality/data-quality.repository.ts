import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

export interface SourceLoadRow {
  source_kind: string;
  last_loaded_at: Date | null;
  newest_period_end: string | null;
  freshness_days: number | null;
  current_files: number;
  rows_loaded: number;
  rows_quarantined: number;
  rows_duplicate: number;
  rows_skipped: number;
  rejected_files: number;
}

export interface QuarantineRow {
  source_kind: string;
  file_name: string;
  source_row: number | null;
  column_name: string | null;
  reason: string;
  created_at: Date;
}

export interface QuarantineReasonRow {
  source_kind: string;
  reason: string;
  rows: number;
  problems: number;
}

export interface UnmappedLabelRow {
  source_kind: string;
  label_kind: string;
  label: string;
  count_rows: number;
  last_seen_at: Date;
}

/** Data quality, read from the ETL's bookkeeping tables (etl.*). */
@Injectable()
export class DataQualityRepository {
  constructor(private readonly warehouse: Warehouse) {}

  /**
   * One row per kind asked for, in the order given. Counts cover current files only: a superseded
   * file's facts were deleted when its correction loaded. Rejected files are kept in etl.quarantine
   * with no source file, under the municipality the load named.
   */
  sourceLoads(municipalityCode: string, kinds: string[], asOf: string): Promise<SourceLoadRow[]> {
    return this.warehouse.query(
      `WITH kinds AS (
         SELECT source_kind, position FROM unnest($2::text[]) WITH ORDINALITY AS k (source_kind, position)
       ), files AS (
         SELECT source_kind,
                max(loaded_at) AS last_loaded_at,
                max(period_end) FILTER (WHERE superseded_by_file_id IS NULL) AS newest_period_end,
                count(*) FILTER (WHERE superseded_by_file_id IS NULL) AS current_files,
                sum(count_rows_loaded) FILTER (WHERE superseded_by_file_id IS NULL) AS rows_loaded,
                sum(count_rows_quarantined) FILTER (WHERE superseded_by_file_id IS NULL) AS rows_quarantined,
                sum(count_rows_duplicate) FILTER (WHERE superseded_by_file_id IS NULL) AS rows_duplicate,
                sum(count_rows_skipped) FILTER (WHERE superseded_by_file_id IS NULL) AS rows_skipped
         FROM etl.source_file
         WHERE municipality_code = $1
         GROUP BY source_kind
       ), rejected AS (
         SELECT source_kind, count(DISTINCT (run_id, file_name)) AS rejected_files
         FROM etl.quarantine
         WHERE source_file_id IS NULL AND municipality_code = $1
         GROUP BY source_kind
       )
       SELECT k.source_kind,
              f.last_loaded_at,
              to_char(f.newest_period_end, 'YYYY-MM-DD') AS newest_period_end,
              ($3::date - f.newest_period_end) AS freshness_days,
              coalesce(f.current_files, 0)::int AS current_files,
              coalesce(f.rows_loaded, 0)::int AS rows_loaded,
              coalesce(f.rows_quarantined, 0)::int AS rows_quarantined,
              coalesce(f.rows_duplicate, 0)::int AS rows_duplicate,
              coalesce(f.rows_skipped, 0)::int AS rows_skipped,
              coalesce(r.rejected_files, 0)::int AS rejected_files
       FROM kinds k
       LEFT JOIN files f USING (source_kind)
       LEFT JOIN rejected r USING (source_kind)
       ORDER BY k.position`,
      [municipalityCode, kinds, asOf],
    );
  }

  /**
   * Problems of current files, newest first; a replaced file's problems are no longer the
   * warehouse's. raw_value is not read: it can hold (masked) personal data.
   */
  latestQuarantine(municipalityCode: string, limit: number): Promise<QuarantineRow[]> {
    return this.warehouse.query(
      `SELECT q.source_kind, q.file_name, q.source_row, q.column_name, q.reason, q.created_at
       FROM etl.quarantine q
       JOIN etl.source_file f USING (source_file_id)
       WHERE f.municipality_code = $1 AND f.superseded_by_file_id IS NULL
       ORDER BY q.created_at DESC, q.quarantine_id DESC
       LIMIT $2`,
      [municipalityCode, limit],
    );
  }

  /**
   * The quarantine counted per kind and reason, over current files and files refused whole (kept
   * with no source file under the municipality the load named); most rows first.
   */
  quarantineReasons(municipalityCode: string): Promise<QuarantineReasonRow[]> {
    return this.warehouse.query(
      `SELECT q.source_kind, q.reason, count(DISTINCT (q.run_id, q.file_name, q.source_row))::int AS rows,
              count(*)::int AS problems
       FROM etl.quarantine q
       LEFT JOIN etl.source_file f USING (source_file_id)
       WHERE q.municipality_code = $1 AND f.superseded_by_file_id IS NULL
       GROUP BY q.source_kind, q.reason
       ORDER BY rows DESC, q.source_kind, q.reason`,
      [municipalityCode],
    );
  }

  unmappedLabels(municipalityCode: string): Promise<UnmappedLabelRow[]> {
    return this.warehouse.query(
      `SELECT source_kind, label_kind, label, count_rows::int, last_seen_at
       FROM etl.unmapped_label
       WHERE municipality_code = $1
       ORDER BY count_rows DESC, source_kind, label_kind, label`,
      [municipalityCode],
    );
  }
}
