import {
  formatDate,
  formatDecimal,
  formatInteger,
  formatMonth,
  formatNumber,
  type Language,
} from '../format';

/**
 * The numbers behind one chart, as a table: what the data-table alternative shows and what the
 * CSV and XLSX downloads contain, so a download holds exactly what the chart shows.
 */
export type ColumnKind = 'text' | 'integer' | 'number' | 'percent' | 'date' | 'month';

export type TableColumn = {
  key: string;
  header: string;
  kind: ColumnKind;
  /** Decimals shown for 'number' and 'percent' (default 1). */
  fractionDigits?: number;
};

/** A missing value is null; a value hidden by small-count suppression is SUPPRESSED. */
export const SUPPRESSED = Symbol('suppressed');
export type TableValue = string | number | null | typeof SUPPRESSED;

export type TableData = {
  /** The table's caption, also the XLSX sheet's title row. */
  caption: string;
  /** File name without extension, e.g. "kanalindsigt-fremmoede-0169-2026". */
  fileName: string;
  columns: readonly TableColumn[];
  rows: readonly Record<string, TableValue>[];
};

/** Danmarks Statistik's mark for a hidden cell; see docs/suppression.md for why not "<5". */
export const SUPPRESSED_MARK = '..';

/** A cell as the table shows it, in the language's number and date format. */
export function formatCell(value: TableValue, column: TableColumn, language: Language): string {
  if (value === SUPPRESSED) return SUPPRESSED_MARK;
  if (value === null) return '–';
  if (typeof value === 'string') {
    if (column.kind === 'date') return formatDate(value, language);
    if (column.kind === 'month') return formatMonth(value, language, 'long');
    return value;
  }
  switch (column.kind) {
    case 'integer':
      return formatInteger(value, language);
    case 'percent':
      return `${formatDecimal(value, language, column.fractionDigits ?? 1)} %`;
    case 'number':
      return formatNumber(value, language, column.fractionDigits ?? 1);
    default:
      return String(value);
  }
}
