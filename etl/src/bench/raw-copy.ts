/**
 * The yardstick of the load benchmark: PostgreSQL's own COPY of a source file's bytes into an
 * unlogged table of text columns, with no parsing, checks or promotion by the ETL.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { readDelimitedRows } from '../sources/delimited-reader';
import { MAPPINGS_DIR, readMapping, type SourceMapping } from '../sources/mapping/source-mapping';
import { sourceKind } from '../sources/source-kinds';

export interface CopyFormat {
  delimiter: string;
  encoding: 'utf-8' | 'windows-1252';
}

export interface RawCopyFile extends CopyFormat {
  path: string;
}

export interface RawCopyResult {
  rows: number;
  /** The COPY statements only, not creating their tables. */
  seconds: number;
}

/** PostgreSQL's names for the encodings a mapping can declare. */
const COPY_ENCODINGS = { 'utf-8': 'UTF8', 'windows-1252': 'WIN1252' } as const;

/**
 * How COPY reads the files of a mapping, or null for a format it cannot read (spreadsheets, and
 * UTF-16 text, which PostgreSQL has no client encoding for).
 */
export function copyFormat(mapping: SourceMapping): CopyFormat | null {
  const { format } = mapping;
  return format.type === 'csv' &&
    (format.encoding === 'utf-8' || format.encoding === 'windows-1252')
    ? { delimiter: format.delimiter, encoding: format.encoding }
    : null;
}

/** The shipped mapping of a source kind, which the sample and the simulated files are written in. */
export function defaultMapping(kind: string): SourceMapping {
  const source = sourceKind(kind);
  return readMapping(join(MAPPINGS_DIR, source.defaultMapping), source.kind, source.fields);
}

const quoteLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** An unlogged table with one text column per header column, named c1, c2, … */
export function rawTableSql(table: string, columnCount: number): string {
  const columns = Array.from({ length: columnCount }, (_, i) => `c${i + 1} text`);
  return `CREATE UNLOGGED TABLE ${table} (${columns.join(', ')})`;
}

export function rawCopySql(table: string, format: CopyFormat): string {
  return (
    `COPY ${table} FROM STDIN (FORMAT csv, DELIMITER ${quoteLiteral(format.delimiter)}, ` +
    `HEADER true, ENCODING '${COPY_ENCODINGS[format.encoding]}')`
  );
}

async function headerColumnCount(file: RawCopyFile): Promise<number> {
  for await (const { fields } of readDelimitedRows(file.path, file.delimiter, file.encoding))
    return fields.length;
  throw new Error(`${file.path} is empty`);
}

/** COPYs each file into a fresh unlogged table of the database at `url`, timing the COPYs only. */
export async function rawCopy(url: string, files: readonly RawCopyFile[]): Promise<RawCopyResult> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const result: RawCopyResult = { rows: 0, seconds: 0 };
  try {
    for (const [index, file] of files.entries()) {
      const table = `raw_copy_${index + 1}`;
      await client.query(rawTableSql(table, await headerColumnCount(file)));
      const started = performance.now();
      const copy = client.query(copyFrom(rawCopySql(table, file)));
      await pipeline(createReadStream(file.path), copy);
      result.seconds += (performance.now() - started) / 1000;
      result.rows += copy.rowCount;
    }
  } finally {
    await client.end();
  }
  return result;
}
