import type { Language } from '../format';
import { formatCell, SUPPRESSED, type TableData } from './table-data';

/**
 * CSV as Danish Excel opens it: semicolon-separated (the comma is the decimal sign), UTF-8 with a
 * byte-order mark so "æøå" survive, numbers with a decimal comma and no thousands separator.
 * In English: comma-separated with decimal points. Dates stay ISO (YYYY-MM-DD), which every
 * spreadsheet reads as a date whatever its locale.
 */
export function toCsv(table: TableData, language: Language): string {
  const separator = language === 'da' ? ';' : ',';
  const decimal = language === 'da' ? ',' : '.';
  const quote = (text: string) =>
    /["\n\r]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
  const lines = [table.columns.map((column) => quote(column.header)).join(separator)];
  for (const row of table.rows) {
    lines.push(
      table.columns
        .map((column) => {
          const value = row[column.key] ?? null;
          if (typeof value === 'number') return String(value).replace('.', decimal);
          if (value === null) return '';
          if (value === SUPPRESSED) return quote(formatCell(value, column, language));
          return quote(value);
        })
        .join(separator),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
