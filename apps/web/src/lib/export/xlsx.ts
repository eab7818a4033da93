import { formatCell, SUPPRESSED, type TableData } from './table-data';
import { storeZip } from './zip';
import type { Language } from '../format';

/**
 * One table as an XLSX workbook: a title row (the caption), the header row, then the rows with
 * numbers as numbers (so they can be summed) and text as inline strings. Dates and months stay ISO
 * text, which is unambiguous in any locale.
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const XLSX_MIME = `${SHEET}.sheet`;

function escapeXml(text: string): string {
  return text
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
    .replace(/[^\P{Cc}\t\n]/gu, '');
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function textCell(reference: string, text: string): string {
  return `<c r="${reference}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

export function toXlsx(table: TableData, language: Language): Uint8Array {
  const rows: string[] = [];
  const row = (index: number, cells: string[]) =>
    rows.push(`<row r="${index}">${cells.join('')}</row>`);
  row(1, [textCell('A1', table.caption)]);
  row(
    2,
    table.columns.map((column, c) => textCell(`${columnName(c)}2`, column.header)),
  );
  table.rows.forEach((values, r) => {
    const index = r + 3;
    row(
      index,
      table.columns.flatMap((column, c) => {
        const reference = `${columnName(c)}${index}`;
        const value = values[column.key] ?? null;
        if (value === null) return [];
        if (typeof value === 'number' && Number.isFinite(value))
          return [`<c r="${reference}"><v>${value}</v></c>`];
        if (value === SUPPRESSED) return [textCell(reference, formatCell(value, column, language))];
        return [textCell(reference, String(value))];
      }),
    );
  });
  const sheetName = escapeXml(table.caption.slice(0, 31).replace(/[\\/?*[\]:]/g, ' ')) || 'Data';
  const parts: [string, string][] = [
    [
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${SHEET}.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${SHEET}.worksheet+xml"/>` +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `<Relationships xmlns="${PACKAGE}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="${PACKAGE}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ],
    [
      'xl/worksheets/sheet1.xml',
      `<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    ],
  ];
  const encoder = new TextEncoder();
  return storeZip(parts.map(([name, xml]) => ({ name, data: encoder.encode(DECLARATION + xml) })));
}
