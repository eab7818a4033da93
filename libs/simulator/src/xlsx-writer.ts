import { columnLetters } from '@kanalindsigt/xlsx/cell-reference';
import { writeZip } from '@kanalindsigt/xlsx/zip-archive';

/**
 * A cell to write: text (kept in the shared string table, as Excel does), a number, a calendar date
 * (ISO `yyyy-MM-dd`, stored as a day number styled `dd.mm.yyyy`, as a Danish Excel shows it), a
 * formula (without its leading "="; with the cached result Excel would store, if given), or nothing.
 */
export type XlsxCell =
  string | number | { date: string } | { formula: string; cached?: number } | null;

export interface XlsxSheet {
  name: string;
  rows: readonly (readonly XlsxCell[])[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Style 1 of styles.xml: custom number format 164, a Danish date. */
const DATE_STYLE = 1;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/**
 * Writes a workbook of the given sheets as the smallest XLSX that Excel and the XLSX reader open:
 * workbook, sheets, shared strings and a style sheet with one date format. Same sheets, same bytes.
 * `deflate: false` stores the parts uncompressed (golden files stay regenerable byte for byte
 * whatever zlib version packs them).
 */
export function writeXlsx(sheets: readonly XlsxSheet[], options: { deflate: boolean }): Buffer {
  const strings = new Map<string, number>();
  const stringIndex = (text: string) => {
    let index = strings.get(text);
    if (index === undefined) {
      index = strings.size;
      strings.set(text, index);
    }
    return index;
  };
  const sheetParts = sheets.map((sheet, i) => ({
    name: `xl/worksheets/sheet${i + 1}.xml`,
    xml: worksheetXml(sheet, stringIndex),
  }));
  const parts: { name: string; xml: string }[] = [
    { name: '[Content_Types].xml', xml: contentTypesXml(sheets.length) },
    {
      name: '_rels/.rels',
      xml: `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      xml:
        `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>` +
        sheets
          .map(
            (s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
          )
          .join('') +
        '</sheets></workbook>',
    },
    { name: 'xl/_rels/workbook.xml.rels', xml: workbookRelationshipsXml(sheets.length) },
    ...sheetParts,
    { name: 'xl/styles.xml', xml: STYLES_XML },
    {
      name: 'xl/sharedStrings.xml',
      xml:
        `<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">` +
        [...strings.keys()].map((text) => `<si>${textElement(text)}</si>`).join('') +
        '</sst>',
    },
  ];
  return writeZip(
    parts.map(({ name, xml }) => ({ name, data: Buffer.from(XML_DECLARATION + xml, 'utf8') })),
    options,
  );
}

function worksheetXml(sheet: XlsxSheet, stringIndex: (text: string) => number): string {
  const rows = sheet.rows.map((cells, r) => {
    const row = r + 1;
    const xml = cells
      .map((cell, c) => {
        if (cell === null) return '';
        const reference = `${columnLetters(c)}${row}`;
        if (typeof cell === 'string')
          return `<c r="${reference}" t="s"><v>${stringIndex(cell)}</v></c>`;
        if (typeof cell === 'number') return `<c r="${reference}"><v>${numberText(cell)}</v></c>`;
        if ('date' in cell)
          return `<c r="${reference}" s="${DATE_STYLE}"><v>${daySerial(cell.date)}</v></c>`;
        const cached = cell.cached === undefined ? '' : `<v>${numberText(cell.cached)}</v>`;
        return `<c r="${reference}"><f>${escapeXml(cell.formula)}</f>${cached}</c>`;
      })
      .join('');
    return `<row r="${row}">${xml}</row>`;
  });
  return `<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CONTENT_TYPE}.worksheet+xml"/>`,
  ).join('');
  return (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE}.sheet.main+xml"/>` +
    sheets +
    `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CONTENT_TYPE}.sharedStrings+xml"/>` +
    '</Types>'
  );
}

function workbookRelationshipsXml(sheetCount: number): string {
  const relationship = (id: number, type: string, target: string) =>
    `<Relationship Id="rId${id}" Type="${RELATIONSHIPS}/${type}" Target="${target}"/>`;
  return (
    `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
    Array.from({ length: sheetCount }, (_, i) =>
      relationship(i + 1, 'worksheet', `worksheets/sheet${i + 1}.xml`),
    ).join('') +
    relationship(sheetCount + 1, 'styles', 'styles.xml') +
    relationship(sheetCount + 2, 'sharedStrings', 'sharedStrings.xml') +
    '</Relationships>'
  );
}

const STYLES_XML =
  `<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be written to a cell`);
  return String(value);
}

/** Excel's day number of a date from 1 March 1900 on (the 1900 date system). */
function daySerial(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return (Date.UTC(year, month - 1, day) - EPOCH_1900) / 86_400_000;
}

function textElement(text: string): string {
  const preserve = text !== text.trim() ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${escapeXml(text)}</t>`;
}

/**
 * XML escapes, and Office's `_xHHHH_` escapes for control characters other than tab and line feed
 * (and for a literal `_x…_`).
 */
function escapeXml(text: string): string {
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
    .replace(
      /[^\P{Cc}\t\n]/gu,
      (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`,
    );
}
