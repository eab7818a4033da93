import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { SourceRow } from './source-row';

/** The encodings of delimited exports: Excel's "Unicode text" is UTF-16 little-endian. */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * Streams the rows of a delimited text file (RFC 4180 quoting, CRLF or LF, UTF-8 with or
 * without BOM, Windows-1252, or UTF-16). Memory stays flat whatever the file size.
 */
export async function* readDelimitedRows(
  path: string,
  delimiter: string,
  encoding: TextEncoding = 'utf-8',
): AsyncGenerator<SourceRow> {
  const separator = delimiter.charCodeAt(0);
  const QUOTE = 34;
  const CR = 13;
  const LF = 10;
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteJustClosed = false;
  let row = 1;
  let first = true;
  let rowHasContent = false;
  let pendingCarriageReturn = false;

  // A streaming decoder keeps a multi-byte character split across chunks whole. For UTF-8 the
  // native StringDecoder is several times faster than TextDecoder; it turns bad bytes into U+FFFD,
  // so a U+FFFD refuses the file (one already in the export means it was mangled upstream anyway).
  const decode =
    encoding === 'utf-8'
      ? (
          (decoder) => (bytes: Buffer) =>
            decoder.write(bytes)
        )(new StringDecoder('utf8'))
      : (
          (decoder) => (bytes: Buffer) =>
            decoder.decode(bytes, { stream: true })
        )(new TextDecoder(encoding));
  // 64 KB reads (Node's default): a chunk's text is garbage before the next young-generation
  // collection, where 1 MB chunks lived long enough to be promoted, and a 10-million-row load's
  // heap then grew to twice that of a 1-million-row one.
  for await (const bytes of createReadStream(path, { highWaterMark: 1 << 16 })) {
    let text = decode(bytes as Buffer);
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0) {
      // Name the row of the first undecodable byte.
      const badRow = row + (text.slice(0, bad).match(/\r\n|\r|\n/g)?.length ?? 0);
      throw new DelimitedFileError(
        badRow,
        `is not valid ${encoding} text (wrong encoding? the mapping says ${encoding})`,
      );
    }
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      const badRow = row + (text.slice(0, nul).match(/\r\n|\r|\n/g)?.length ?? 0);
      throw new DelimitedFileError(badRow, 'contains NUL bytes: a binary file, not delimited text');
    }
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    // A CRLF split across two chunks is one line break.
    if (pendingCarriageReturn && text.charCodeAt(0) === LF) start = 1;
    pendingCarriageReturn = false;
    // Most chunks hold neither quotes nor CRs; then no line needs checking for them.
    const plainChunk = text.indexOf('"') < 0 && text.indexOf('\r') < 0;
    for (let i = start; i < text.length; i += 1) {
      // Fast path for a whole line without quotes: one native split instead of a loop per
      // character. Lines with quotes, bare CRs or a chunk boundary take the loop below.
      if (i === start && fields.length === 0 && field === '' && !inQuotes && !rowHasContent) {
        const lineFeed = text.indexOf('\n', i);
        if (lineFeed >= 0) {
          const end =
            lineFeed > i && text.charCodeAt(lineFeed - 1) === CR ? lineFeed - 1 : lineFeed;
          const line = text.slice(i, end);
          if (plainChunk || (line.indexOf('"') < 0 && line.indexOf('\r') < 0)) {
            if (line !== '') yield { row, fields: line.split(delimiter) };
            row += 1;
            i = lineFeed;
            start = lineFeed + 1;
            continue;
          }
        }
      }
      const c = text.charCodeAt(i);
      if (inQuotes) {
        if (c === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            field += text.slice(start, i + 1);
            i += 1;
            start = i + 1;
          } else {
            field += text.slice(start, i);
            inQuotes = false;
            quoteJustClosed = true;
            start = i + 1;
          }
        }
        continue;
      }
      if (c === QUOTE && !quoteJustClosed && field === '' && start === i) {
        inQuotes = true;
        rowHasContent = true;
        start = i + 1;
      } else if (c === separator) {
        fields.push(field + text.slice(start, i));
        field = '';
        quoteJustClosed = false;
        rowHasContent = true;
        start = i + 1;
      } else if (c === LF || c === CR) {
        const value = field + text.slice(start, i);
        if (rowHasContent || value !== '') {
          fields.push(value);
          yield { row, fields };
        }
        fields = [];
        field = '';
        quoteJustClosed = false;
        rowHasContent = false;
        if (c === CR && text.charCodeAt(i + 1) === LF) i += 1;
        pendingCarriageReturn = c === CR && i + 1 === text.length;
        row += 1;
        start = i + 1;
      }
    }
    field += text.slice(start);
  }
  if (inQuotes)
    throw new DelimitedFileError(row, 'the file ends inside a quoted field (truncated?)');
  if (rowHasContent || field !== '') {
    fields.push(field);
    yield { row, fields };
  }
}

export class DelimitedFileError extends Error {
  constructor(
    readonly row: number,
    reason: string,
  ) {
    super(reason);
  }
}
