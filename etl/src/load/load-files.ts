import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource, QueryRunner } from 'typeorm';
import { isoFromDateKey } from '@kanalindsigt/calendar/local-date';
import { DEFAULT_SITE } from '@kanalindsigt/warehouse/reference/dimensions';
import { DelimitedFileError } from '../sources/delimited-reader';
import {
  HeaderError,
  SKIPPED,
  compileRecordParser,
  type ParsedRecord,
  type RecordParser,
} from '../sources/mapping/record-parser';
import { MAPPINGS_DIR, readMapping, type SourceMapping } from '../sources/mapping/source-mapping';
import { maskCpr } from '../sources/mask-cpr';
import { recordUnmappedLabels, ServiceLabelResolver } from '../sources/service-labels.repository';
import type { RowProblem } from '../sources/row-problem';
import type { RowStager, SourceKind, StagedRow, StagingContext } from '../sources/source-kind';
import { readSourceRows } from '../sources/read-rows';
import { sourceKind } from '../sources/source-kinds';
import { XlsxFileError } from '../sources/xlsx/xlsx-reader';
import { BinaryCopyEncoder, type BinaryValue } from './copy-binary';
import { copyTextLine, type CopyValue } from './copy-text';
import { EtlRepository, type FileCounts, type QuarantinedRow } from './etl.repository';
import { promoteCountRows, settleEventRows, type OpenFile } from './routes';
import { SeenReferences } from './seen-references';

export interface LoadRequest {
  kind: string;
  files: string[];
  /** Overrides the mapping's municipality; one of the two must name it. */
  municipalityCode?: string;
  mappingPath?: string;
  actor?: string;
  /** Called now and then with the rows read so far in the current file. */
  onProgress?: (file: string, rowsRead: number) => void;
}

export interface FileLoadSummary extends FileCounts {
  file: string;
  /** `quarantined`: every row was quarantined, nothing loaded; the run fails. */
  status: 'loaded' | 'already_loaded' | 'quarantined' | 'rejected';
  sourceFileId: number | null;
  /** Earlier files this one corrected (same kind, municipality, source system and period). */
  supersededFileIds: number[];
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

interface FileJob {
  source: SourceKind;
  mapping: SourceMapping;
  municipalityCode: string;
  runId: number;
  request: LoadRequest;
}

const zeroCounts = (): FileCounts => ({
  rowsIn: 0,
  rowsLoaded: 0,
  rowsQuarantined: 0,
  rowsDuplicate: 0,
  rowsSkipped: 0,
});

/**
 * Loads source files of one kind, each in a transaction of its own (all or nothing). A file whose
 * content was loaded before is skipped whole. For every file: rows in = loaded + quarantined +
 * duplicates + skipped.
 */
export async function loadFiles(
  dataSource: DataSource,
  request: LoadRequest,
): Promise<LoadSummary> {
  const started = Date.now();
  const source = sourceKind(request.kind);
  const mapping = readMapping(
    request.mappingPath ?? join(MAPPINGS_DIR, source.defaultMapping),
    source.kind,
    source.fields,
  );
  const municipalityCode = request.municipalityCode ?? mapping.municipalityCode;
  if (!municipalityCode)
    throw new Error(
      `the mapping for ${mapping.sourceSystem} names no municipality: give --municipality <code>`,
    );
  const etl = new EtlRepository(dataSource);
  const runId = await etl.startRun(
    `load ${request.kind}`,
    request.kind,
    request.actor ?? defaultActor(),
  );
  const files: FileLoadSummary[] = [];
  for (const file of request.files) {
    files.push(
      await loadOneFile(
        dataSource,
        etl,
        { source, mapping, municipalityCode, runId, request },
        file,
      ),
    );
  }
  const totals = files.reduce((sum, f) => {
    sum.rowsIn += f.rowsIn;
    sum.rowsLoaded += f.rowsLoaded;
    sum.rowsQuarantined += f.rowsQuarantined;
    sum.rowsDuplicate += f.rowsDuplicate;
    sum.rowsSkipped += f.rowsSkipped;
    return sum;
  }, zeroCounts());
  const failed = files.filter((f) => f.status === 'rejected' || f.status === 'quarantined');
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

/**
 * One file, as the steps of docs/ARCHITECTURE.md: known content is skipped; otherwise, in one
 * transaction, the file is registered, its rows staged, settled by its kind's route, and its
 * quarantine, counts and rollups written.
 */
async function loadOneFile(
  dataSource: DataSource,
  etl: EtlRepository,
  job: FileJob,
  path: string,
): Promise<FileLoadSummary> {
  const fileName = basename(path);
  let content: { sha256: string; bytes: number };
  try {
    content = await fingerprint(path);
  } catch (error) {
    return reject(
      etl,
      job,
      path,
      new FileRejectedError(fileName, null, null, `cannot be read (${(error as Error).message})`),
    );
  }
  const earlier = await etl.findLoadedFile(job.source.kind, job.municipalityCode, content.sha256);
  if (earlier) return alreadyLoaded(path, earlier);

  const tx = dataSource.createQueryRunner();
  await tx.connect();
  try {
    await tx.startTransaction();
    const summary = await loadInTransaction(tx, etl, job, path, content);
    await tx.commitTransaction();
    return summary;
  } catch (error) {
    await tx.rollbackTransaction();
    const rejection =
      error instanceof FileRejectedError
        ? error
        : new FileRejectedError(fileName, null, null, (error as Error).message);
    return reject(etl, job, path, rejection);
  } finally {
    await tx.release();
  }
}

function alreadyLoaded(
  path: string,
  earlier: NonNullable<Awaited<ReturnType<EtlRepository['findLoadedFile']>>>,
): FileLoadSummary {
  return {
    file: path,
    status: 'already_loaded',
    sourceFileId: earlier.sourceFileId,
    supersededFileIds: [],
    message: `the same content was loaded as ${earlier.fileName} (file #${earlier.sourceFileId}) on ${earlier.loadedAt.toISOString()}; skipped`,
    unmappedLabels: [],
    rowsIn: earlier.rowsIn,
    rowsLoaded: 0,
    rowsQuarantined: 0,
    rowsDuplicate: earlier.rowsIn,
    rowsSkipped: 0,
  };
}

async function loadInTransaction(
  tx: QueryRunner,
  etl: EtlRepository,
  job: FileJob,
  path: string,
  content: { sha256: string; bytes: number },
): Promise<FileLoadSummary> {
  const { source, mapping, municipalityCode, runId } = job;
  const fileName = basename(path);
  const context = await openSourceFile(tx, etl, job, fileName, content);
  const staged = await stageFile(tx, job, path, fileName, content.bytes, context);
  const file: OpenFile = {
    sourceFileId: context.sourceFileId,
    municipalityCode,
    sourceSystem: mapping.sourceSystem,
    period:
      staged.minDateKey <= staged.maxDateKey
        ? { start: isoFromDateKey(staged.minDateKey), end: isoFromDateKey(staged.maxDateKey) }
        : null,
    fromKey: staged.minDateKey,
    toKey: staged.maxDateKey,
  };
  const settled =
    source.route === 'direct'
      ? await settleEventRows(tx, etl, source, file, staged, context.serviceLabels)
      : await promoteCountRows(tx, etl, source, file);
  const unmappedLabels = await recordUnmappedLabels(
    tx,
    source.kind,
    municipalityCode,
    settled.unmappedLabels,
  );
  await etl.insertQuarantine(
    tx,
    { runId, sourceFileId: file.sourceFileId, sourceKind: source.kind, municipalityCode, fileName },
    staged.quarantined,
  );
  const counts: FileCounts = {
    rowsIn: staged.rowsIn,
    rowsLoaded: settled.rowsLoaded,
    rowsQuarantined: new Set(staged.quarantined.map((q) => q.sourceRow)).size,
    rowsDuplicate: staged.rowsStaged - settled.rowsLoaded,
    rowsSkipped: staged.rowsSkipped,
  };
  // A file whose rows all failed (bar those skipped on purpose) keeps its quarantine for the
  // analyst, but is not loaded.
  const quarantined =
    counts.rowsQuarantined > 0 && counts.rowsQuarantined + counts.rowsSkipped === counts.rowsIn;
  const status = quarantined ? 'quarantined' : 'loaded';
  await etl.completeSourceFile(tx, file.sourceFileId, status, counts, file.period);
  if (file.period) await source.refreshRollups?.(tx, municipalityCode, file.fromKey, file.toKey);
  return {
    file: path,
    status,
    sourceFileId: file.sourceFileId,
    supersededFileIds: settled.supersededFileIds,
    message: quarantined
      ? `${fileName}: every row (${counts.rowsQuarantined}${counts.rowsSkipped > 0 ? ` and ${counts.rowsSkipped} skipped` : ''}) was quarantined, nothing loaded: ${topReasons(staged.quarantined)}`
      : null,
    unmappedLabels,
    ...counts,
  };
}

/**
 * Registers the file in etl.source_file once loads of its kind and municipality are this
 * transaction's turn, and gathers what its stager needs (site, service labels).
 */
async function openSourceFile(
  tx: QueryRunner,
  etl: EtlRepository,
  job: FileJob,
  fileName: string,
  content: { sha256: string; bytes: number },
): Promise<StagingContext> {
  const { source, mapping, municipalityCode, runId } = job;
  const siteCode = mapping.siteCode ?? DEFAULT_SITE.code;
  await etl.lockKind(tx, source.kind, municipalityCode);
  const siteId = await etl.siteId(tx, municipalityCode, siteCode);
  if (siteId === null) {
    throw new FileRejectedError(
      fileName,
      null,
      null,
      `site "${siteCode}" of the mapping is unknown for municipality ${municipalityCode}`,
    );
  }
  const sourceFileId = await etl.insertSourceFile(tx, {
    runId,
    sourceKind: source.kind,
    municipalityCode,
    sourceSystem: mapping.sourceSystem,
    fileName,
    sha256: content.sha256,
    bytes: content.bytes,
  });
  const serviceLabels = await ServiceLabelResolver.load(tx, municipalityCode, mapping.sourceSystem);
  return { sourceFileId, municipalityCode, siteCode, siteId, serviceLabels };
}

/** Records a refused file (after its transaction rolled back) and summarises it. */
async function reject(
  etl: EtlRepository,
  job: FileJob,
  path: string,
  rejection: FileRejectedError,
): Promise<FileLoadSummary> {
  const message = maskCpr(rejection.message);
  await etl.insertQuarantine(
    etl.dataSource,
    {
      runId: job.runId,
      sourceFileId: null,
      sourceKind: job.source.kind,
      municipalityCode: job.municipalityCode,
      fileName: basename(path),
    },
    [{ sourceRow: rejection.row, column: rejection.column, reason: message, rawValue: '' }],
  );
  return {
    file: path,
    status: 'rejected',
    sourceFileId: null,
    supersededFileIds: [],
    message,
    unmappedLabels: [],
    ...zeroCounts(),
  };
}

interface StagedFile {
  rowsIn: number;
  rowsStaged: number;
  /** Rows the mapping skips on purpose (a code it lists in `skip` or a rule that skips). */
  rowsSkipped: number;
  quarantined: QuarantinedRow[];
  minDateKey: number;
  maxDateKey: number;
  /** References the file may repeat (direct kinds only); settled in SQL. */
  suspects: Set<string>;
}

/**
 * Where staged rows go: binary COPY into the fact table for the event kinds, text COPY into the
 * staging table for the count kinds. `take` hands over what is ready to send.
 */
interface RowSink {
  copySql: string;
  add(values: StagedRow['values']): void;
  take(final: boolean): Buffer | string | null;
}

/**
 * Sizes the duplicate filter: event rows are about this long (a shorter-rowed file only raises the
 * filter's rare false suspects, which SQL settles), and 32 MB suffice for tens of millions of rows.
 */
const BYTES_PER_ROW = 100;
const MAX_FILTER_BITS = 2 ** 28;

function rowSink(source: SourceKind, fileBytes: number, suspects: Set<string>): RowSink {
  if (source.route === 'direct') {
    const encoder = new BinaryCopyEncoder(source.factColumns.map((c) => c.type));
    const refAt = source.factColumns.findIndex((c) => c.name === source.refColumn);
    const seen = new SeenReferences(fileBytes / BYTES_PER_ROW, MAX_FILTER_BITS);
    return {
      copySql: BinaryCopyEncoder.copySql(source.factTable, source.factColumns),
      add(values) {
        const reference = values[refAt] as string;
        if (seen.add(reference)) suspects.add(reference);
        encoder.write(values as BinaryValue[]);
      },
      take: (final) => encoder.take(final),
    };
  }
  let chunk = '';
  return {
    copySql: source.copyIntoStagingSql,
    add(values) {
      chunk += copyTextLine(values as CopyValue[]);
    },
    take(final) {
      // COPY data goes out in ~64 KB chunks; one chunk per row would cost more than the parsing.
      if (!final && chunk.length < 65_536) return null;
      const ready = chunk;
      chunk = '';
      return ready || null;
    },
  };
}

/** Parses the file and streams its good rows to the database with COPY; bad rows are collected. */
async function stageFile(
  tx: QueryRunner,
  job: FileJob,
  path: string,
  fileName: string,
  fileBytes: number,
  context: StagingContext,
): Promise<StagedFile> {
  const { source, mapping, request } = job;
  const result: StagedFile = {
    rowsIn: 0,
    rowsStaged: 0,
    rowsSkipped: 0,
    quarantined: [],
    minDateKey: 99999999,
    maxDateKey: 0,
    suspects: new Set(),
  };
  const stage = source.createStager(context);
  const sink = rowSink(source, fileBytes, result.suspects);
  const client = (await tx.connect()) as PoolClient;
  const copy = client.query(copyFrom(sink.copySql));
  const quarantine = (row: number, column: string | null, reason: string, rawValue: string) =>
    result.quarantined.push({
      sourceRow: row,
      column,
      reason,
      rawValue: maskCpr(rawValue).slice(0, 1000),
    });

  async function* copyChunks(): AsyncGenerator<Buffer | string> {
    for await (const outcome of readStagedRows(source, mapping, path, fileName, stage)) {
      result.rowsIn += 1;
      if (result.rowsIn % 50_000 === 0) request.onProgress?.(path, result.rowsIn);
      if ('skipped' in outcome) {
        result.rowsSkipped += 1;
        continue;
      }
      if ('problems' in outcome) {
        for (const problem of outcome.problems)
          quarantine(outcome.row, problem.column, problem.reason, problem.rawValue);
        continue;
      }
      const { staged } = outcome;
      result.rowsStaged += 1;
      if (staged.firstDateKey < result.minDateKey) result.minDateKey = staged.firstDateKey;
      if (staged.lastDateKey > result.maxDateKey) result.maxDateKey = staged.lastDateKey;
      sink.add(staged.values);
      const ready = sink.take(false);
      if (ready) yield ready;
    }
    const last = sink.take(true);
    if (last) yield last;
  }

  await pipeline(Readable.from(copyChunks()), copy);
  request.onProgress?.(path, result.rowsIn);
  return result;
}

/**
 * What became of one data row: staged for the database, the problems that quarantine it, or
 * skipped on purpose (a code the mapping skips).
 */
export type RowOutcome =
  | { row: number; fields: string[]; record: ParsedRecord; staged: StagedRow }
  | { row: number; fields: string[]; problems: RowProblem[] }
  | { row: number; fields: string[]; skipped: true };

/**
 * The one path every data row takes, in a load and in the mapping assistant's dry run: read in the
 * mapping's format from its header row on, cast by the record parser, staged by the kind's rules.
 * A kind's rule problems name the export's own columns and cells. A file that cannot be read is
 * refused whole (FileRejectedError naming row and column).
 */
export async function* readStagedRows(
  source: SourceKind,
  mapping: SourceMapping,
  path: string,
  fileName: string,
  stage: RowStager,
): AsyncGenerator<RowOutcome> {
  const headerRow = mapping.format.headerRow ?? 1;
  let parser: RecordParser | undefined;
  try {
    for await (const { row, fields } of readSourceRows(path, mapping.format)) {
      if (row < headerRow) continue;
      if (!parser) {
        try {
          parser = compileRecordParser(mapping, source.fields, fields);
        } catch (error) {
          if (error instanceof HeaderError)
            throw new FileRejectedError(fileName, row, error.column, error.message);
          throw error;
        }
        continue;
      }
      const record = parser.parse(fields);
      if (record === SKIPPED) {
        yield { row, fields, skipped: true };
        continue;
      }
      if (Array.isArray(record)) {
        yield { row, fields, problems: record };
        continue;
      }
      const staged = stage(record, row);
      if (Array.isArray(staged)) {
        const problems = staged.map((problem) => {
          const { column, rawValue } = parser!.sourceCell(problem.field, fields);
          const reason = problem.reason.replace(
            /\{(\w+)\}/g,
            (_, field: string) => mapping.fields[field]?.column ?? field,
          );
          return { column, reason, rawValue };
        });
        yield { row, fields, problems };
        continue;
      }
      yield { row, fields, record, staged };
    }
  } catch (error) {
    if (error instanceof DelimitedFileError || error instanceof XlsxFileError)
      throw new FileRejectedError(fileName, error.row, null, error.message);
    throw error;
  }
  if (!parser) throw new FileRejectedError(fileName, 1, null, 'the file is empty (no header row)');
}

/** The most frequent quarantine reasons, for the message of a file that loaded nothing. */
function topReasons(quarantined: readonly QuarantinedRow[]): string {
  const byReason = new Map<string, number>();
  for (const { reason } of quarantined) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  const top = [...byReason].sort((a, b) => b[1] - a[1]).slice(0, 3);
  return top.map(([reason, rows]) => `${reason} (${rows}×)`).join('; ');
}

async function fingerprint(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return { sha256: hash.digest('hex'), bytes: (await stat(path)).size };
}

function defaultActor(): string {
  return process.env.USER ?? process.env.USERNAME ?? userInfo().username;
}
