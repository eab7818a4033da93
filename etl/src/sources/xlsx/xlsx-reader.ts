import { readFile } from 'node:fs/promises';
import type { SourceRow } from '../source-row';
import { columnIndexOf, columnLetters } from '@kanalindsigt/xlsx/cell-reference';
import { looksLikeZip, openZip, ZipError, type ZipArchive } from '@kanalindsigt/xlsx/zip-archive';

/** A workbook that cannot be read, or a sheet that is not there; the whole file is refused. */
export class XlsxFileError extends Error {
  constructor(
    readonly row: number | null,
    reason: string,
  ) {
    super(reason);
  }
}

/** No part of a monthly statistics workbook comes near this; a larger one is not a source export. */
const MAX_PART_BYTES = 256 * 1024 * 1024;
/** Excel's last column, XFD. */
const MAX_COLUMNS = 16_384;

/**
 * Reads one sheet of an XLSX workbook as rows of text cells, the way the delimited reader reads a
 * CSV file, so one mapping and record parser serve both:
 * - the sheet is the named one (matched without regard to case, as Excel names are) or the first;
 * - rows keep the sheet's own numbers, as Excel shows them; empty rows are skipped;
 * - a cell's column comes from its reference ("C7"), so skipped cells read as empty ones, and every
 *   row is as wide as the header (the first row that is not empty);
 * - numbers are plain JavaScript number text with a '.' decimal point and no thousands separator,
 *   rounded to the 15 significant digits Excel shows;
 * - a number styled as a date reads as `yyyy-MM-dd`, or `yyyy-MM-dd HH:mm:ss` when its format
 *   shows a time or the value has one; one styled as a time of day as `HH:mm:ss`, and an elapsed
 *   time (`[h]:mm:ss`) as `H:mm:ss` in whole hours; the workbook's 1900 or 1904 date system is
 *   honoured;
 * - booleans read as TRUE or FALSE, error values as Excel shows them (e.g. `#DIV/0!`);
 * - a formula cell reads as "=" and its formula (e.g. `=SUM(B2:B9)`), never as its cached result:
 *   the record parser refuses it, so a figure a spreadsheet computed is not loaded as if counted.
 *
 * The file and the sheet's XML are held in memory whole: a monthly spreadsheet is small, and the
 * zip directory sits at the end of the file anyway. Parts unpacking to more than 256 MB are refused.
 */
export async function* readXlsxRows(path: string, sheetName?: string): AsyncGenerator<SourceRow> {
  const workbook = openWorkbook(await readFile(path));
  const sheet = workbook.sheetPath(sheetName);
  const styles = workbook.cellStyles();
  const strings = workbook.sharedStrings();
  const sheetXml = workbook.text(sheet);
  const data = /<(?:[\w.-]+:)?sheetData\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?sheetData>/.exec(sheetXml);
  if (!data) return;

  const context: CellContext = { styles, strings, date1904: workbook.date1904 };
  const sharedFormulas = new Map<string, { formula: string; row: number; column: number }>();
  let width = -1;
  let row = 0;
  for (const rowMatch of data[1]!.matchAll(ROW)) {
    const rowNumber = attribute(rowMatch[1]!, 'r');
    row = rowNumber === undefined ? row + 1 : Number(rowNumber);
    const cells: string[] = [];
    let column = -1;
    let last = -1;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(CELL)) {
      const attributes = cellMatch[1]!;
      const content = cellMatch[2] ?? '';
      const reference = attribute(attributes, 'r');
      column = reference === undefined ? column + 1 : columnIndex(reference, row);
      const formula = FORMULA.exec(content);
      const value = formula
        ? `=${formulaText(formula, sharedFormulas, row, column)}`
        : cellText(attributes, content, context, row, column);
      if (value !== '') {
        cells[column] = value;
        if (column > last) last = column;
      }
    }
    if (last < 0) continue;
    const length = Math.max(width, last + 1);
    if (width < 0) width = length;
    const fields: string[] = new Array<string>(length);
    for (let i = 0; i < length; i += 1) fields[i] = cells[i] ?? '';
    yield { row, fields };
  }
}

// Elements may carry a namespace prefix (`<x:row>`), as some generators write them.
const ROW = /<(?:[\w.-]+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?row>)/g;
const CELL = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const FORMULA = /<(?:[\w.-]+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/;
const VALUE = /<(?:[\w.-]+:)?v\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const INLINE_STRING = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;
const TEXT = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/g;
const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;

interface CellContext {
  styles: readonly TemporalKind[];
  strings: readonly string[];
  date1904: boolean;
}

function cellText(
  attributes: string,
  content: string,
  context: CellContext,
  row: number,
  column: number,
): string {
  const type = attribute(attributes, 't') ?? 'n';
  if (type === 'inlineStr') return richText(INLINE_STRING.exec(content)?.[1] ?? '');
  const value = VALUE.exec(content)?.[1];
  if (value === undefined) return '';
  switch (type) {
    case 's': {
      const text = context.strings[Number(value)];
      if (text === undefined)
        throw new XlsxFileError(
          row,
          `cell ${columnLetters(column)}${row} refers to shared string ${value}, which the workbook does not have`,
        );
      return text;
    }
    case 'b':
      return value.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
      return decodeXml(value);
    case 'd':
      return isoDateText(value.trim());
    default: {
      const style = Number(attribute(attributes, 's') ?? 0);
      return numberText(value.trim(), context.styles[style] ?? null, context.date1904);
    }
  }
}

/** A cell's formula; a cell sharing a formula filled down or across gets it with its references moved. */
function formulaText(
  match: RegExpExecArray,
  shared: Map<string, { formula: string; row: number; column: number }>,
  row: number,
  column: number,
): string {
  const formula = decodeXml(match[2] ?? '');
  const group = attribute(match[1]!, 't') === 'shared' ? attribute(match[1]!, 'si') : undefined;
  if (group === undefined) return formula;
  if (formula !== '') {
    shared.set(group, { formula, row, column });
    return formula;
  }
  const master = shared.get(group);
  return master ? moveReferences(master.formula, row - master.row, column - master.column) : '';
}

/** Moves the relative A1 references of a formula (not those anchored with $, nor text in quotes). */
export function moveReferences(formula: string, rows: number, columns: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(
            /(\$?)\b([A-Z]{1,3})(\$?)(\d+)\b(?![(!])/g,
            (_, columnAnchor: string, letters: string, rowAnchor: string, digits: string) =>
              `${columnAnchor}${columnAnchor ? letters : columnLetters(columnIndexOf(letters) + columns)}` +
              `${rowAnchor}${rowAnchor ? digits : Number(digits) + rows}`,
          ),
    )
    .join('');
}

const DAY_SECONDS = 86_400;
const DAY_MILLIS = DAY_SECONDS * 1000;
/** Day 0 of Excel's 1900 date system, counted so that day 61 is 1 March 1900 (see numberText). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** The last day Excel can show, 9999-12-31, in the 1900 date system. */
const MAX_SERIAL = 2_958_465;

type TemporalKind = 'date' | 'datetime' | 'time' | 'elapsed' | null;

function numberText(value: string, kind: TemporalKind, date1904: boolean): string {
  const number = Number(value);
  if (value === '' || !Number.isFinite(number)) return value;
  // Excel keeps 15 significant digits and shows no more, so 0.1+0.2 is 0.3 there and here.
  const plain = String(Number(number.toPrecision(15)));
  if (kind === null || number < 0 || number > MAX_SERIAL) return plain;
  const totalSeconds = Math.round(number * DAY_SECONDS);
  const days = Math.floor(totalSeconds / DAY_SECONDS);
  const secondOfDay = totalSeconds - days * DAY_SECONDS;
  if (kind === 'elapsed') {
    const hours = Math.floor(totalSeconds / 3600);
    return `${hours}:${clockText(totalSeconds).slice(3)}`;
  }
  if (kind === 'time') return clockText(secondOfDay);
  let dayText: string;
  if (date1904) {
    dayText = new Date(EPOCH_1904 + days * DAY_MILLIS).toISOString().slice(0, 10);
  } else if (days === 60) {
    // Excel counts 29 February 1900, a day that never was (Lotus 1-2-3 did); the date parser refuses it.
    dayText = '1900-02-29';
  } else {
    const offset = days < 60 ? days + 1 : days;
    dayText = new Date(EPOCH_1900 + offset * DAY_MILLIS).toISOString().slice(0, 10);
  }
  return kind === 'date' && secondOfDay === 0 ? dayText : `${dayText} ${clockText(secondOfDay)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
const clockText = (seconds: number) =>
  `${pad(Math.floor(seconds / 3600) % 24)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;

/** A `t="d"` cell holds an ISO 8601 date and time; read like a date-styled number. */
function isoDateText(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2}))?/.exec(value);
  if (!match) return value;
  return !match[2] || match[2] === '00:00:00' ? match[1]! : `${match[1]} ${match[2]}`;
}

/** What a number format shows, by its id (built-in formats) and its format code. */
function temporalKind(formatId: number, formatCode: string | undefined): TemporalKind {
  if (formatCode === undefined) {
    if (formatId >= 14 && formatId <= 17) return 'date';
    if (formatId === 22) return 'datetime';
    if ((formatId >= 18 && formatId <= 21) || formatId === 45 || formatId === 47) return 'time';
    if (formatId === 46) return 'elapsed';
    return null;
  }
  // Quoted text, escaped characters, padding (_x) and fill (*x) show no date parts.
  const section = formatCode.replace(/"[^"]*"|\\.|_.|\*./g, '').split(';')[0] ?? '';
  const elapsed = /\[(h+|m+|s+)\]/i.test(section);
  const parts = section.replace(/\[[^\]]*\]/g, '');
  const time = elapsed || /[hs]/i.test(parts);
  // "m" is a month unless the format shows hours or seconds, where Excel reads it as minutes.
  const date = /[dy]/i.test(parts) || (!time && /m/i.test(parts));
  if (date) return time ? 'datetime' : 'date';
  if (elapsed) return 'elapsed';
  return time ? 'time' : null;
}

interface Workbook {
  date1904: boolean;
  text(part: string): string;
  sheetPath(name: string | undefined): string;
  sharedStrings(): string[];
  /** What each cell style (the cell's `s`) shows its number as. */
  cellStyles(): TemporalKind[];
}

const OLE_COMPOUND_FILE = Buffer.from('d0cf11e0a1b11ae1', 'hex');

function openWorkbook(bytes: Buffer): Workbook {
  if (!looksLikeZip(bytes)) {
    if (bytes.subarray(0, 8).equals(OLE_COMPOUND_FILE))
      throw new XlsxFileError(
        null,
        'is an Excel 97–2003 workbook (.xls) or a password-protected one, not an XLSX file: save it as .xlsx without a password',
      );
    const text = !bytes.subarray(0, 512).includes(0);
    throw new XlsxFileError(
      null,
      `is not an XLSX workbook (not a zip archive${text ? '; it looks like text: a CSV file named .xlsx?' : ''})`,
    );
  }
  let zip: ZipArchive;
  try {
    zip = openZip(bytes, MAX_PART_BYTES);
  } catch (error) {
    throw damaged(error);
  }
  const text = (part: string) => {
    try {
      return zip.read(part).toString('utf8');
    } catch (error) {
      throw damaged(error);
    }
  };
  if (!zip.has('xl/workbook.xml'))
    throw new XlsxFileError(null, 'is a zip archive but not an XLSX workbook (no xl/workbook.xml)');
  const workbookXml = text('xl/workbook.xml');
  const relationships = new Map<string, { type: string; target: string }>();
  if (zip.has('xl/_rels/workbook.xml.rels')) {
    for (const [, attributes] of text('xl/_rels/workbook.xml.rels').matchAll(RELATIONSHIP)) {
      const id = attribute(attributes!, 'Id');
      const target = attribute(attributes!, 'Target');
      if (id && target)
        relationships.set(id, {
          type: attribute(attributes!, 'Type') ?? '',
          target: partPath(target),
        });
    }
  }
  const partOfType = (type: string) =>
    [...relationships.values()].find((r) => r.type.endsWith(`/${type}`))?.target;
  const date1904 = /^(1|true)$/.test(
    attribute(/<(?:[\w.-]+:)?workbookPr\b([^>]*)/.exec(workbookXml)?.[1] ?? '', 'date1904') ?? '',
  );

  return {
    date1904,
    text,
    sheetPath(name) {
      const sheets = [...workbookXml.matchAll(SHEET)].map(([, attributes]) => ({
        name: decodeXml(attribute(attributes!, 'name') ?? ''),
        relationship: relationships.get(attribute(attributes!, 'id') ?? ''),
      }));
      if (sheets.length === 0) throw new XlsxFileError(null, 'is a workbook without sheets');
      const sheet =
        name === undefined
          ? sheets[0]!
          : sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
      if (!sheet) {
        const names = sheets.map((s) => `"${s.name}"`).join(', ');
        throw new XlsxFileError(null, `has no sheet "${name}" (its sheets: ${names})`);
      }
      const relationship = sheet.relationship;
      if (!relationship || !zip.has(relationship.target))
        throw new XlsxFileError(
          null,
          `is damaged: sheet "${sheet.name}" has no part in the workbook`,
        );
      if (!relationship.type.endsWith('/worksheet'))
        throw new XlsxFileError(
          null,
          `sheet "${sheet.name}" is a chart or dialog, not a table of cells`,
        );
      return relationship.target;
    },
    sharedStrings() {
      const part = partOfType('sharedStrings');
      if (!part || !zip.has(part)) return [];
      return [...text(part).matchAll(SHARED_STRING)].map(([, content]) =>
        content === undefined ? '' : richText(content),
      );
    },
    cellStyles() {
      const part = partOfType('styles');
      if (!part || !zip.has(part)) return [];
      const xml = text(part);
      const formatCodes = new Map<number, string>();
      for (const [, attributes] of xml.matchAll(NUMBER_FORMAT))
        formatCodes.set(
          Number(attribute(attributes!, 'numFmtId')),
          decodeXml(attribute(attributes!, 'formatCode') ?? ''),
        );
      const cellFormats = CELL_FORMATS.exec(xml)?.[1] ?? '';
      return [...cellFormats.matchAll(FORMAT_RECORD)].map(([, attributes]) => {
        const id = Number(attribute(attributes!, 'numFmtId') ?? 0);
        return temporalKind(id, formatCodes.get(id));
      });
    },
  };
}

const RELATIONSHIP = /<(?:[\w.-]+:)?Relationship\b([^>]*)>/g;
const SHEET = /<(?:[\w.-]+:)?sheet\b([^>]*)>/g;
const SHARED_STRING = /<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
const NUMBER_FORMAT = /<(?:[\w.-]+:)?numFmt\b([^>]*)>/g;
const CELL_FORMATS = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/;
const FORMAT_RECORD = /<(?:[\w.-]+:)?xf\b([^>]*)>/g;

function damaged(error: unknown): unknown {
  return error instanceof ZipError
    ? new XlsxFileError(null, `is a damaged XLSX workbook: ${error.message}`)
    : error;
}

/** Part names in relationships are relative to xl/ unless they start with "/". */
function partPath(target: string): string {
  const segments: string[] = target.startsWith('/') ? [] : ['xl'];
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

/** The text of a string item: plain or rich text runs, without phonetic guides. */
function richText(content: string): string {
  let text = '';
  for (const [, run] of content.replace(PHONETIC, '').matchAll(TEXT)) text += run ?? '';
  return decodeXml(text);
}

const attributePatterns = new Map<string, RegExp>();

/** An attribute's raw value; a namespace prefix on its name (as in r:id) is ignored. */
function attribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** XML character references, then Office's `_xHHHH_` escapes (e.g. `_x000D_` for a carriage return). */
function decodeXml(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_, hex, decimal, entity) =>
      entity
        ? ENTITIES[entity as string]!
        : String.fromCodePoint(hex ? parseInt(hex as string, 16) : Number(decimal)),
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function columnIndex(reference: string, row: number): number {
  const match = /^\$?([A-Za-z]{1,3})\$?\d*$/.exec(reference);
  const index = match ? columnIndexOf(match[1]!.toUpperCase()) : -1;
  if (index < 0 || index >= MAX_COLUMNS)
    throw new XlsxFileError(row, `has a cell with the reference "${reference}", which is no cell`);
  return index;
}
