import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource, QueryRunner } from 'typeorm';
import { DelimitedFileError, readDelimitedRows } from '../sources/delimited-reader';
import { maskCpr } from '../sources/mask-cpr';
import {
  MissingColumnError,
  visitRowParser,
  type VisitRowParser,
} from '../sources/visits/visit-row';
import { readVisitMapping, type VisitMapping } from '../sources/visits/visit-mapping';
import { VisitsRepository } from '../sources/visits/visits.repository';
import { copyTextLine } from './copy-text';
import { EtlRepository, type FileCounts, type QuarantinedRow } from './etl.repository';

export interface LoadRequest {
  kind: 'visits';
  files: string[];
  municipalityCode: string;
  mappingPath?: string;
  actor?: string;
  /** Called now and then with the rows read so far in the current file. */
  onProgress?: (file: string, rowsRead: number) => void;
}

export interface FileLoadSummary extends FileCounts {
  file: string;
  status: 'loaded' | 'already_loaded' | 'rejected';
  sourceFileId: number | null;
  message: string | null;
  unmappedLabels: { label: string; rows: number }[];
}

export interface LoadSummary extends FileCounts {
  runId: number;
  status: 'succeeded' | 'failed';
  files: FileLoadSummary[];
  durationMs: number;
}

/** A whole file refused: the message names file, row and column. */
export class FileRejectedError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly column: string | null,
    reason: string,
  ) {
    super(
      `${file}${row === null ? '' : `, row ${row}`}${column === null ? '' : `, column "${column}"`}: ${reason}`,
    );
  }
}

const zeroCounts = (): FileCounts => ({
  rowsIn: 0,
  rowsLoaded: 0,
  rowsQuarantined: 0,
  rowsDuplicate: 0,
});

/**
 * Loads source files, each in a transaction of its own (all or nothing). A file whose content was
 * loaded before is skipped whole. For every file: rows in = loaded + quarantined + duplicates.
 */
export async function loadFiles(
  dataSource: DataSource,
  request: LoadRequest,
): Promise<LoadSummary> {
  const started = Date.now();
  const etl = new EtlRepository(dataSource);
  const mapping = readVisitMapping(request.mappingPath);
  const runId = await etl.startRun(
    `load ${request.kind}`,
    request.kind,
    request.actor ?? defaultActor(),
  );
  const files: FileLoadSummary[] = [];
  for (const file of request.files) {
    files.push(await loadOneFile(dataSource, etl, runId, mapping, request, file));
  }
  const totals = files.reduce((sum, f) => {
    sum.rowsIn += f.rowsIn;
    sum.rowsLoaded += f.rowsLoaded;
    sum.rowsQuarantined += f.rowsQuarantined;
    sum.rowsDuplicate += f.rowsDuplicate;
    return sum;
  }, zeroCounts());
  const failed = files.filter((f) => f.status === 'rejected');
  const status = failed.length === 0 ? 'succeeded' : 'failed';
  await etl.finishRun(
    runId,
    status,
    files.length,
    totals,
    failed.map((f) => f.message).join('\n') || undefined,
  );
  return { runId, status, files, ...totals, durationMs: Date.now() - started };
}

async function loadOneFile(
  dataSource: DataSource,
  etl: EtlRepository,
  runId: number,
  mapping: VisitMapping,
  request: LoadRequest,
  path: string,
): Promise<FileLoadSummary> {
  const fileName = basename(path);
  const { sha256, bytes } = await fingerprint(path);
  const earlier = await etl.findLoadedFile(request.kind, request.municipalityCode, sha256);
  if (earlier) {
    return {
      file: path,
      status: 'already_loaded',
      sourceFileId: earlier.sourceFileId,
      message: `the same content was loaded as ${earlier.fileName} (file #${earlier.sourceFileId}) on ${earlier.loadedAt.toISOString()}; skipped`,
      unmappedLabels: [],
      rowsIn: earlier.rowsIn,
      rowsLoaded: 0,
      rowsQuarantined: 0,
      rowsDuplicate: earlier.rowsIn,
    };
  }

  const visits = new VisitsRepository();
  const tx = dataSource.createQueryRunner();
  await tx.connect();
  try {
    await tx.startTransaction();
    if (!(await visits.siteExists(tx, request.municipalityCode, mapping.siteCode))) {
      throw new FileRejectedError(
        fileName,
        null,
        null,
        `site "${mapping.siteCode}" of the mapping is unknown for municipality ${request.municipalityCode}`,
      );
    }
    const sourceFileId = await etl.insertSourceFile(tx, {
      runId,
      sourceKind: request.kind,
      municipalityCode: request.municipalityCode,
      fileName,
      sha256,
      bytes,
    });
    const staged = await stageFile(tx, visits, mapping, path, fileName, sourceFileId, request);
    const rowsLoaded = await visits.promote(
      tx,
      sourceFileId,
      request.municipalityCode,
      mapping.sourceSystem,
    );
    const unmappedLabels = await visits.recordUnmappedLabels(
      tx,
      sourceFileId,
      request.municipalityCode,
      mapping.sourceSystem,
    );
    await visits.clearStaging(tx, sourceFileId);
    await etl.insertQuarantine(
      tx,
      { runId, sourceFileId, sourceKind: request.kind, fileName },
      staged.quarantined,
    );
    const counts: FileCounts = {
      rowsIn: staged.rowsIn,
      rowsLoaded,
      rowsQuarantined: new Set(staged.quarantined.map((q) => q.sourceRow)).size,
      rowsDuplicate: staged.rowsStaged - rowsLoaded,
    };
    const period =
      staged.minDateKey <= staged.maxDateKey
        ? { start: isoFromKey(staged.minDateKey), end: isoFromKey(staged.maxDateKey) }
        : null;
    await etl.completeSourceFile(tx, sourceFileId, counts, period);
    if (period)
      await visits.refreshRollups(
        tx,
        request.municipalityCode,
        staged.minDateKey,
        staged.maxDateKey,
      );
    await tx.commitTransaction();
    return { file: path, status: 'loaded', sourceFileId, message: null, unmappedLabels, ...counts };
  } catch (error) {
    await tx.rollbackTransaction();
    const rejection =
      error instanceof FileRejectedError
        ? error
        : new FileRejectedError(fileName, null, null, (error as Error).message);
    await etl.insertQuarantine(
      dataSource,
      { runId, sourceFileId: null, sourceKind: request.kind, fileName },
      [
        {
          sourceRow: rejection.row,
          column: rejection.column,
          reason: maskCpr(rejection.message),
          rawValue: '',
        },
      ],
    );
    return {
      file: path,
      status: 'rejected',
      sourceFileId: null,
      message: maskCpr(rejection.message),
      unmappedLabels: [],
      ...zeroCounts(),
    };
  } finally {
    await tx.release();
  }
}

interface StagedFile {
  rowsIn: number;
  rowsStaged: number;
  quarantined: QuarantinedRow[];
  minDateKey: number;
  maxDateKey: number;
}

/** Parses the file and streams its good rows into staging with COPY; bad rows are collected. */
async function stageFile(
  tx: QueryRunner,
  visits: VisitsRepository,
  mapping: VisitMapping,
  path: string,
  fileName: string,
  sourceFileId: number,
  request: LoadRequest,
): Promise<StagedFile> {
  const result: StagedFile = {
    rowsIn: 0,
    rowsStaged: 0,
    quarantined: [],
    minDateKey: 99999999,
    maxDateKey: 0,
  };
  const client = (await tx.connect()) as PoolClient;
  const copy = client.query(copyFrom(visits.copyIntoStagingSql()));

  async function* copyLines(): AsyncGenerator<string> {
    let parse: VisitRowParser | undefined;
    let batch = '';
    try {
      for await (const { row, fields } of readDelimitedRows(path, mapping.delimiter)) {
        if (!parse) {
          try {
            parse = visitRowParser(mapping, fields);
          } catch (error) {
            if (error instanceof MissingColumnError)
              throw new FileRejectedError(fileName, row, error.column, error.message);
            throw error;
          }
          continue;
        }
        result.rowsIn += 1;
        if (result.rowsIn % 50_000 === 0) request.onProgress?.(path, result.rowsIn);
        const parsed = parse(row, fields);
        if (Array.isArray(parsed)) {
          for (const problem of parsed) {
            result.quarantined.push({
              sourceRow: row,
              column: problem.column,
              reason: problem.reason,
              rawValue: maskCpr(problem.rawValue).slice(0, 1000),
            });
          }
          continue;
        }
        result.rowsStaged += 1;
        if (parsed.dateKey < result.minDateKey) result.minDateKey = parsed.dateKey;
        if (parsed.dateKey > result.maxDateKey) result.maxDateKey = parsed.dateKey;
        batch += copyTextLine([
          sourceFileId,
          parsed.sourceRow,
          parsed.ticketRef,
          parsed.siteCode,
          maskCpr(parsed.serviceLabel),
          parsed.counterName && maskCpr(parsed.counterName),
          parsed.ticketCreatedAt,
          parsed.calledAt,
          parsed.serviceEndedAt,
          parsed.isBooked,
          parsed.outcome,
          parsed.waitSeconds,
          parsed.handlingSeconds,
          parsed.dateKey,
          parsed.arrivalTimeKey,
        ]);
        // COPY data goes out in ~64 KB chunks; one chunk per row would cost more than the parsing.
        if (batch.length >= 65_536) {
          yield batch;
          batch = '';
        }
      }
      if (batch) yield batch;
    } catch (error) {
      if (error instanceof DelimitedFileError)
        throw new FileRejectedError(fileName, error.row, null, error.message);
      throw error;
    }
    if (!parse) throw new FileRejectedError(fileName, 1, null, 'the file is empty (no header row)');
  }

  await pipeline(Readable.from(copyLines()), copy);
  request.onProgress?.(path, result.rowsIn);
  return result;
}

async function fingerprint(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return { sha256: hash.digest('hex'), bytes: (await stat(path)).size };
}

function isoFromKey(key: number): string {
  const text = String(key);
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

function defaultActor(): string {
  return process.env.USER ?? process.env.USERNAME ?? 'unknown';
}
