import { readFile } from 'node:fs/promises';
import { readDelimitedRows, type TextEncoding } from '../sources/delimited-reader';
import type { SourceFormat } from '../sources/mapping/source-mapping';
import { readXlsxRows } from '../sources/xlsx/xlsx-reader';
import { looksLikeZip } from '@kanalindsigt/xlsx/zip-archive';

export interface DetectedFile {
  format: SourceFormat;
  /** The row the header is on, as a spreadsheet numbers it (1 unless a title block precedes it). */
  headerRow: number;
  header: string[];
  /** The rows after the header (at most `sampleRows`), cells as text. */
  rows: string[][];
}

const DELIMITERS = [';', '\t', ',', '|'] as const;
/** Enough lines to see the delimiter and the header through a title block. */
const PROBE_LINES = 30;

/**
 * What a file is, from its bytes: an XLSX workbook (a zip) or delimited text; its encoding (a BOM
 * says UTF-16 or UTF-8; text that is valid UTF-8 is UTF-8, else Windows-1252, the encoding of
 * Danish Excel's "CSV (semikolonsepareret)"); the delimiter that splits the lines into the same
 * number of fields most often; and the header, the first row as wide as the data below it.
 */
export async function detectFile(path: string, sampleRows = 200): Promise<DetectedFile> {
  const bytes = await readFile(path);
  if (looksLikeZip(bytes)) {
    const rows = await firstRows(readXlsxRows(path), sampleRows + PROBE_LINES);
    return withHeader({ type: 'xlsx' }, rows, sampleRows);
  }
  const encoding = detectEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes.subarray(0, 1 << 16));
  const delimiter = detectDelimiter(text.split(/\r\n|\r|\n/).slice(0, PROBE_LINES));
  const rows = await firstRows(
    readDelimitedRows(path, delimiter, encoding),
    sampleRows + PROBE_LINES,
  );
  return withHeader({ type: 'csv', delimiter, encoding }, rows, sampleRows);
}

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // UTF-16 without a BOM: Danish text is mostly ASCII, so every other byte is NUL.
  const probe = bytes.subarray(0, 4096);
  let oddNuls = 0;
  let evenNuls = 0;
  for (let i = 0; i < probe.length; i += 1)
    if (probe[i] === 0) {
      if (i % 2 === 0) evenNuls += 1;
      else oddNuls += 1;
    }
  if (oddNuls > probe.length / 4) return 'utf-16le';
  if (evenNuls > probe.length / 4) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The delimiter giving most lines the same field count above one (quotes aside: a probe). */
export function detectDelimiter(lines: readonly string[]): ';' | '\t' | ',' | '|' {
  let best: { delimiter: (typeof DELIMITERS)[number]; score: number } = {
    delimiter: ';',
    score: 0,
  };
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      if (line.trim() === '') continue;
      const fields = line.split(delimiter).length;
      if (fields > 1) counts.set(fields, (counts.get(fields) ?? 0) + 1);
    }
    // Lines agreeing on a width, weighted a little by the width (a comma inside text splits less).
    const score = Math.max(0, ...[...counts].map(([fields, lines]) => lines * 100 + fields));
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

async function firstRows(
  rows: AsyncIterable<{ row: number; fields: string[] }>,
  limit: number,
): Promise<{ row: number; fields: string[] }[]> {
  const taken: { row: number; fields: string[] }[] = [];
  for await (const row of rows) {
    taken.push(row);
    if (taken.length >= limit) break;
  }
  return taken;
}

/**
 * The header is the first row with as many non-empty cells as the widest rows and no cell that is
 * a number: a title block above it ("Rapport over …", an export date) has fewer cells.
 */
function withHeader(
  format: SourceFormat,
  rows: { row: number; fields: string[] }[],
  sampleRows: number,
): DetectedFile {
  const filled = (fields: readonly string[]) => fields.filter((f) => f.trim() !== '').length;
  const width = Math.max(0, ...rows.map((r) => filled(r.fields)));
  const at = rows.findIndex(
    (r) => filled(r.fields) >= width * 0.8 && r.fields.every((f) => !/^[-\d.,: ]+$/.test(f.trim())),
  );
  const headerAt = at < 0 ? 0 : at;
  const header = (rows[headerAt]?.fields ?? []).map((name) => name.trim());
  return {
    format,
    headerRow: rows[headerAt]?.row ?? 1,
    header,
    rows: rows.slice(headerAt + 1, headerAt + 1 + sampleRows).map((r) => r.fields),
  };
}
