import { readDelimitedRows } from './delimited-reader';
import type { SourceFormat } from './mapping/source-mapping';
import type { SourceRow } from './source-row';
import { readXlsxRows } from './xlsx/xlsx-reader';

/**
 * The rows of a source file in the mapping's format. Both readers number rows as a spreadsheet
 * does and throw their own error (DelimitedFileError, XlsxFileError) for a file they cannot read.
 */
export function readSourceRows(path: string, format: SourceFormat): AsyncIterable<SourceRow> {
  return format.type === 'xlsx'
    ? readXlsxRows(path, format.sheet)
    : readDelimitedRows(path, format.delimiter, format.encoding);
}
