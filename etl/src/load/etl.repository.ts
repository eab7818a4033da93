import { hostname } from 'node:os';
import type { QueryRunner } from 'typeorm';
import type { DataSource } from 'typeorm';
import type { RowProblem } from '../sources/row-problem';

export interface QuarantinedRow extends RowProblem {
  sourceRow: number | null;
}

export interface FileCounts {
  rowsIn: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  rowsDuplicate: number;
  /** Rows the mapping skips on purpose; rows in = loaded + quarantined + duplicates + skipped. */
  rowsSkipped: number;
}

/** SQL of the ETL's bookkeeping tables (schema etl). */
/** A load that adds more than this share of a fact's rows refreshes its statistics. */
const GROWTH_NEEDING_STATISTICS = 0.2;

export class EtlRepository {
  constructor(readonly dataSource: DataSource) {}

  /**
   * Opens a run. Runs this host started whose process is gone (killed mid-load) are closed first
   * as failed: their file transactions rolled back with them, so nothing of theirs is loaded.
   */
  async startRun(command: string, sourceKind: string | null, actor: string): Promise<number> {
    const running: { run_id: string; pid: number }[] = await this.dataSource.query(
      `SELECT run_id, pid FROM etl.run WHERE status = 'running' AND host = $1`,
      [hostname()],
    );
    const gone = running.filter((run) => run.pid !== process.pid && !isAlive(run.pid));
    if (gone.length > 0) {
      await this.dataSource.query(
        `UPDATE etl.run SET status = 'failed', finished_at = now(),
                error_message = 'interrupted: process ' || pid || ' on ' || host || ' ended before the run finished'
         WHERE run_id = ANY($1::bigint[])`,
        [gone.map((run) => run.run_id)],
      );
    }
    const [row] = await this.dataSource.query(
      `INSERT INTO etl.run (command, source_kind, actor, host, pid) VALUES ($1, $2, $3, $4, $5) RETURNING run_id`,
      [command, sourceKind, actor, hostname(), process.pid],
    );
    return Number(row.run_id);
  }

  async finishRun(
    runId: number,
    status: 'succeeded' | 'failed',
    files: number,
    counts: FileCounts,
    error?: string,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE etl.run SET finished_at = now(), status = $2, count_files = $3, count_rows_in = $4,
              count_rows_loaded = $5, count_rows_quarantined = $6, count_rows_duplicate = $7,
              count_rows_skipped = $8, error_message = $9
       WHERE run_id = $1`,
      [
        runId,
        status,
        files,
        counts.rowsIn,
        counts.rowsLoaded,
        counts.rowsQuarantined,
        counts.rowsDuplicate,
        counts.rowsSkipped,
        error ?? null,
      ],
    );
  }

  async siteId(
    tx: QueryRunner,
    municipalityCode: string,
    siteCode: string,
  ): Promise<number | null> {
    const rows: { site_id: number }[] = await tx.query(
      `SELECT site_id FROM dw.dim_site WHERE municipality_code = $1 AND site_code = $2`,
      [municipalityCode, siteCode],
    );
    return rows[0]?.site_id ?? null;
  }

  /**
   * Loads of one kind for one municipality take turns (until their transaction ends): each decides
   * which rows are duplicates from what is committed, which a concurrent load would change.
   */
  async lockKind(tx: QueryRunner, sourceKind: string, municipalityCode: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `load ${sourceKind} ${municipalityCode}`,
    ]);
  }

  async findLoadedFile(sourceKind: string, municipalityCode: string, sha256: string) {
    const rows: {
      source_file_id: string;
      file_name: string;
      loaded_at: Date;
      count_rows_in: string;
    }[] = await this.dataSource.query(
      `SELECT source_file_id, file_name, loaded_at, count_rows_in FROM etl.source_file
       WHERE source_kind = $1 AND municipality_code = $2 AND content_sha256 = $3 AND status = 'loaded'`,
      [sourceKind, municipalityCode, sha256],
    );
    const row = rows[0];
    return (
      row && {
        sourceFileId: Number(row.source_file_id),
        fileName: row.file_name,
        loadedAt: row.loaded_at,
        rowsIn: Number(row.count_rows_in),
      }
    );
  }

  async insertSourceFile(
    tx: QueryRunner,
    file: {
      runId: number;
      sourceKind: string;
      municipalityCode: string;
      sourceSystem: string;
      fileName: string;
      sha256: string;
      bytes: number;
    },
  ): Promise<number> {
    const [row] = await tx.query(
      `INSERT INTO etl.source_file (run_id, source_kind, municipality_code, source_system, file_name, content_sha256,
                                    count_bytes, count_rows_in, count_rows_loaded, count_rows_quarantined,
                                    count_rows_duplicate)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 0, 0, 0, 0) RETURNING source_file_id`,
      [
        file.runId,
        file.sourceKind,
        file.municipalityCode,
        file.sourceSystem,
        file.fileName,
        file.sha256,
        file.bytes,
      ],
    );
    return Number(row.source_file_id);
  }

  async completeSourceFile(
    tx: QueryRunner,
    sourceFileId: number,
    status: 'loaded' | 'quarantined',
    counts: FileCounts,
    period: { start: string; end: string } | null,
  ) {
    await tx.query(
      `UPDATE etl.source_file SET count_rows_in = $2, count_rows_loaded = $3, count_rows_quarantined = $4,
              count_rows_duplicate = $5, count_rows_skipped = $6, period_start = $7, period_end = $8,
              status = $9
       WHERE source_file_id = $1`,
      [
        sourceFileId,
        counts.rowsIn,
        counts.rowsLoaded,
        counts.rowsQuarantined,
        counts.rowsDuplicate,
        counts.rowsSkipped,
        period?.start ?? null,
        period?.end ?? null,
        status,
      ],
    );
  }

  /**
   * The correction rule: an earlier current file of the same kind, municipality and source system
   * whose rows span exactly the same days is replaced by this one. Its facts are deleted and it is
   * kept, marked superseded. Returns the ids of the files replaced.
   */
  async supersedeSamePeriod(
    tx: QueryRunner,
    file: {
      sourceFileId: number;
      sourceKind: string;
      municipalityCode: string;
      sourceSystem: string;
      factTable: string;
    },
    period: { start: string; end: string },
  ): Promise<number[]> {
    // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count], not the rows.
    const replaced: { source_file_id: string }[] = await tx.query(
      `WITH replaced AS (
         UPDATE etl.source_file SET superseded_by_file_id = $1, superseded_at = now()
         WHERE source_kind = $2 AND municipality_code = $3 AND source_system = $4
           AND period_start = $5 AND period_end = $6
           AND superseded_by_file_id IS NULL AND source_file_id <> $1
         RETURNING source_file_id
       )
       SELECT source_file_id FROM replaced`,
      [
        file.sourceFileId,
        file.sourceKind,
        file.municipalityCode,
        file.sourceSystem,
        period.start,
        period.end,
      ],
    );
    const ids = replaced.map((r) => Number(r.source_file_id));
    if (ids.length > 0)
      await tx.query(`DELETE FROM ${file.factTable} WHERE source_file_id = ANY($1::bigint[])`, [
        ids,
      ]);
    return ids;
  }

  /**
   * Removes the later rows of references a file repeats (the first row wins). Only `suspects`, the
   * references the loader may have seen twice, are looked at.
   */
  async deleteRepeatedReferences(
    tx: QueryRunner,
    fact: { table: string; refColumn: string },
    sourceFileId: number,
    suspects: readonly string[],
  ): Promise<number> {
    const [counted]: { removed: number }[] = await tx.query(
      `WITH repeated AS (
         SELECT ctid, row_number() OVER (PARTITION BY ${fact.refColumn} ORDER BY source_row) AS nth
         FROM ${fact.table}
         WHERE source_file_id = $1 AND ${fact.refColumn} = ANY($2::text[])
       ), removed AS (
         DELETE FROM ${fact.table} f USING repeated r WHERE f.ctid = r.ctid AND r.nth > 1 RETURNING 1
       )
       SELECT count(*)::int AS removed FROM removed`,
      [sourceFileId, suspects],
    );
    return counted!.removed;
  }

  /**
   * Removes a file's rows whose reference the municipality already holds, from any earlier file
   * whatever its period (references are unique per municipality). Each of the file's rows is one
   * probe of the fact's (municipality, reference) index, so the cost follows the file's rows, not
   * the warehouse's or the overlap's. (Without the index, the planner, which takes the file's rows,
   * unknown to its statistics, for one, looped over the overlapping days' facts for every row: 200k
   * rows overlapping by a day took over 8 minutes.) When the municipality has no earlier file of
   * the kind, which is the usual first load, nothing is looked up.
   */
  async deleteKnownReferences(
    tx: QueryRunner,
    fact: { table: string; refColumn: string; sourceKind: string },
    file: { sourceFileId: number; municipalityCode: string },
  ): Promise<number> {
    const [earlier]: { any: boolean }[] = await tx.query(
      `SELECT EXISTS (
         SELECT 1 FROM etl.source_file
         WHERE source_kind = $1 AND municipality_code = $2 AND source_file_id <> $3
           AND superseded_by_file_id IS NULL AND count_rows_loaded > 0
       ) AS any`,
      [fact.sourceKind, file.municipalityCode, file.sourceFileId],
    );
    if (!earlier!.any) return 0;
    const [counted]: { removed: number }[] = await tx.query(
      `WITH removed AS (
         DELETE FROM ${fact.table} n
         WHERE n.source_file_id = $1
           AND EXISTS (SELECT 1 FROM ${fact.table} o
                       WHERE o.municipality_code = $2 AND o.${fact.refColumn} = n.${fact.refColumn}
                         AND o.source_file_id <> $1)
         RETURNING 1
       )
       SELECT count(*)::int AS removed FROM removed`,
      [file.sourceFileId, file.municipalityCode],
    );
    return counted!.removed;
  }

  /**
   * Summarizes the block ranges a load filled in the fact's BRIN index by source file. Until then
   * the index returns every unsummarized range for any file, so finding one file's rows would scan
   * all rows loaded since the last vacuum. Summaries include this transaction's own rows.
   */
  async summarizeNewRanges(tx: QueryRunner, factTable: string): Promise<void> {
    await tx.query(
      `SELECT brin_summarize_new_values(i.indexrelid)
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
       WHERE i.indrelid = $1::regclass AND am.amname = 'brin'`,
      [factTable],
    );
  }

  /**
   * Refreshes the planner's statistics of a fact when this load made up a large share of it.
   * Without them the planner reads a year-long file's days through the day index, three times
   * slower than scanning the table; ANALYZE counts this transaction's own rows.
   */
  async analyzeIfGrown(tx: QueryRunner, factTable: string, rowsLoaded: number): Promise<void> {
    const [table]: { reltuples: number }[] = await tx.query(
      `SELECT reltuples FROM pg_class WHERE oid = $1::regclass`,
      [factTable],
    );
    // reltuples is -1 for a table never analysed.
    if (rowsLoaded > GROWTH_NEEDING_STATISTICS * Math.max(table!.reltuples, 0))
      await tx.query(`ANALYZE ${factTable}`);
  }

  async clearStaging(tx: QueryRunner, stagingTable: string, sourceFileId: number): Promise<void> {
    await tx.query(`DELETE FROM ${stagingTable} WHERE source_file_id = $1`, [sourceFileId]);
  }

  /** Quarantined rows go in with one statement per 5,000 rows. */
  async insertQuarantine(
    runner: QueryRunner | DataSource,
    entry: {
      runId: number;
      sourceFileId: number | null;
      sourceKind: string;
      municipalityCode: string;
      fileName: string;
    },
    rows: readonly QuarantinedRow[],
  ): Promise<void> {
    for (let start = 0; start < rows.length; start += 5000) {
      const batch = rows.slice(start, start + 5000);
      await runner.query(
        `INSERT INTO etl.quarantine (run_id, source_file_id, source_kind, municipality_code, file_name, source_row,
                                     column_name, reason, raw_value)
         SELECT $1, $2, $3, $4, $5, r.source_row, r.column_name, r.reason, r.raw_value
         FROM unnest($6::int[], $7::text[], $8::text[], $9::text[]) AS r (source_row, column_name, reason, raw_value)`,
        [
          entry.runId,
          entry.sourceFileId,
          entry.sourceKind,
          entry.municipalityCode,
          entry.fileName,
          batch.map((r) => r.sourceRow),
          batch.map((r) => r.column),
          batch.map((r) => r.reason),
          batch.map((r) => r.rawValue),
        ],
      );
    }
  }

  /**
   * What `npm run etl -- status` shows: recent runs, where rows were quarantined, the quarantine
   * counted per reason (of current files and refused ones), unmapped labels.
   */
  async status(limit = 10) {
    const [runs, quarantine, reasons, unmapped] = await Promise.all([
      this.dataSource.query(
        `SELECT run_id, command, actor, status, started_at, finished_at, count_files, count_rows_in,
                count_rows_loaded, count_rows_quarantined, count_rows_duplicate, count_rows_skipped,
                error_message
         FROM etl.run ORDER BY run_id DESC LIMIT $1`,
        [limit],
      ),
      this.dataSource.query(
        `SELECT source_kind, file_name, count(*)::int AS problems, count(DISTINCT source_row)::int AS rows,
                max(created_at) AS last_at
         FROM etl.quarantine GROUP BY source_kind, file_name ORDER BY last_at DESC LIMIT $1`,
        [limit],
      ),
      this.dataSource.query(
        `SELECT q.source_kind, q.municipality_code, q.reason, count(*)::int AS problems,
                count(DISTINCT (q.file_name, q.run_id, q.source_row))::int AS rows
         FROM etl.quarantine q LEFT JOIN etl.source_file f USING (source_file_id)
         WHERE f.superseded_by_file_id IS NULL
         GROUP BY q.source_kind, q.municipality_code, q.reason
         ORDER BY rows DESC, q.source_kind, q.reason`,
      ),
      this.dataSource.query(
        `SELECT source_kind, municipality_code, label_kind, label, count_rows, last_seen_at
         FROM etl.unmapped_label ORDER BY count_rows DESC, label`,
      ),
    ]);
    return { runs, quarantine, reasons, unmapped };
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
