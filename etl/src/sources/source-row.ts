/** One row of a source file, as text cells in the order of its columns. */
export interface SourceRow {
  /** The row as a spreadsheet numbers it: the header is row 1 (in an XLSX sheet, the sheet's own). */
  row: number;
  fields: string[];
}
