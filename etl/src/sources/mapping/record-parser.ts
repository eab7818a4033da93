import type { RowProblem } from '../row-problem';
import {
  compileTimestampParser,
  compileWallClockParser,
  wallClockToInstant,
} from '../date-time-format';
import { maskCpr } from '../mask-cpr';
import {
  holdsCpr,
  type CanonicalField,
  type CanonicalFields,
  type ParsedValue,
  type RecordOf,
} from './canonical-field';
import type { FieldMapping, SourceMapping } from './source-mapping';

/** One source row as canonical fields; a field's type decides its value's shape (RecordOf). */
export type ParsedRecord = RecordOf<CanonicalFields>;

export interface RecordParser {
  parse(fields: readonly string[]): ParsedRecord | RowProblem[];
  /** The source column of a canonical field and its cell in a row, for messages. */
  sourceCell(field: string, fields: readonly string[]): { column: string; rawValue: string };
}

/** No source field is this long; a longer cell is a broken export, not data. */
const MAX_CELL_CHARACTERS = 10_000;

/** A header the mapping cannot be applied to; the whole file is refused. */
export class HeaderError extends Error {
  constructor(
    readonly column: string,
    problem: string,
  ) {
    super(`column "${column}" ${problem}`);
  }
}

/**
 * Compiles the parser of one file's rows from the mapping, the kind's canonical fields and the
 * file's header row. Each cell is cast by its field's type; a row with any bad cell becomes a list
 * of problems naming the source column.
 */
export function compileRecordParser(
  mapping: SourceMapping,
  canonical: CanonicalFields,
  header: readonly string[],
): RecordParser {
  const names = header.map((name) => name.trim());
  const { format } = mapping;
  if (format.type === 'csv') {
    const other = [';', ',', '\t', '|'].find(
      (d) => d !== format.delimiter && (names[0] ?? '').includes(d),
    );
    if (names.length === 1 && other) {
      throw new HeaderError(
        names[0]!.slice(0, 40),
        `is the whole header: is the file separated by '${other === '\t' ? 'tab' : other}' rather than '${format.delimiter}'?`,
      );
    }
  }
  const columnAt = (column: string) => {
    const at = names.indexOf(column);
    if (at < 0) throw new HeaderError(column, 'is missing from the header');
    if (names.indexOf(column, at + 1) >= 0)
      throw new HeaderError(column, 'appears twice in the header');
    return at;
  };
  // Only a spreadsheet's cells are refused for a leading '=': the XLSX reader gives a formula cell
  // as "=" and its formula, while in a CSV file it is text for the field's cast to judge.
  const spreadsheet = format.type === 'xlsx';
  const readers = Object.entries(mapping.fields).map(([name, fieldMapping]) => {
    const at = columnAt(fieldMapping.column);
    const dateAt = fieldMapping.dateColumn === undefined ? -1 : columnAt(fieldMapping.dateColumn);
    const field = canonical[name]!;
    const withheld = holdsCpr(field);
    const cast =
      dateAt < 0
        ? compileCast(field, fieldMapping, mapping)
        : compileSplitTimestampCast(fieldMapping, dateAt, mapping.timeZone, spreadsheet);
    return {
      name,
      at,
      dateAt,
      column: fieldMapping.column,
      required: field.required,
      withheld,
      cast: spreadsheet ? refusingFormulas(cast, withheld) : cast,
    };
  });
  const optionalUnmapped = Object.keys(canonical).filter((name) => !(name in mapping.fields));
  // A line that cannot be split into its columns may hold a CPR number anywhere in it.
  const lineMayHoldCpr = readers.some((reader) => reader.withheld);
  const separator = format.type === 'csv' ? format.delimiter : ';';

  const parse = (fields: readonly string[]): ParsedRecord | RowProblem[] => {
    if (fields.length !== names.length) {
      return [
        {
          column: null,
          reason: `has ${fields.length} fields where the header has ${names.length}${lineMayHoldCpr ? ' (line withheld: it may hold a CPR number)' : ''}`,
          rawValue: lineMayHoldCpr ? '' : maskCpr(fields.join(separator)),
        },
      ];
    }
    const record: Record<string, ParsedValue> = {};
    const problems: RowProblem[] = [];
    for (const reader of readers) {
      const raw = (fields[reader.at] ?? '').trim();
      if (raw.length > MAX_CELL_CHARACTERS) {
        problems.push({
          column: reader.column,
          reason: `is longer than ${MAX_CELL_CHARACTERS.toLocaleString('en')} characters`,
          rawValue: reader.withheld ? '' : raw,
        });
        record[reader.name] = null;
        continue;
      }
      if (raw === '') {
        if (reader.required)
          problems.push({ column: reader.column, reason: 'is empty but required', rawValue: raw });
        record[reader.name] = null;
        continue;
      }
      const cast = reader.cast(raw, fields);
      if (typeof cast === 'object' && cast !== null && 'problem' in cast) {
        const column = cast.column ?? reader.column;
        // A bad date column shared by several split timestamps is reported once.
        if (!problems.some((p) => p.column === column && p.reason === cast.problem))
          problems.push({
            column,
            reason: cast.problem,
            rawValue: reader.withheld ? '' : (cast.rawValue ?? raw),
          });
      } else {
        record[reader.name] = cast;
      }
    }
    for (const name of optionalUnmapped) record[name] = null;
    return problems.length > 0 ? problems : record;
  };
  const byField = new Map(readers.map((reader) => [reader.name, reader]));
  const sourceCell = (field: string, fields: readonly string[]) => {
    const reader = byField.get(field);
    if (!reader || reader.withheld) return { column: reader?.column ?? field, rawValue: '' };
    const cell = (fields[reader.at] ?? '').trim();
    // A rule judges a split timestamp whole, so the quarantine shows its date with its time.
    const date = reader.dateAt < 0 ? '' : (fields[reader.dateAt] ?? '').trim();
    return { column: reader.column, rawValue: date ? `${date} ${cell}` : cell };
  };
  return { parse, sourceCell };
}

/** A cell that cannot be cast; `column` and `rawValue` when the problem is in another cell. */
interface CastProblem {
  problem: string;
  column?: string;
  rawValue?: string;
}

/** Casts a field's (trimmed, non-empty) cell; `fields` is the whole row, for a second column. */
type Cast = (raw: string, fields: readonly string[]) => ParsedValue | CastProblem;

const EQUALS = 61;

function refusingFormulas(cast: Cast, withheld: boolean): Cast {
  return (raw, fields) =>
    raw.charCodeAt(0) === EQUALS ? formulaProblem(raw, withheld) : cast(raw, fields);
}

function formulaProblem(formula: string, withheld: boolean): CastProblem {
  // Reasons are neither masked nor withheld, so a CPR field's formula is left out of it.
  if (withheld) return { problem: 'is a spreadsheet formula, not a value' };
  const shown = formula.length > 200 ? `${formula.slice(0, 200)}…` : formula;
  return { problem: `is a spreadsheet formula (${maskCpr(shown)}), not a value` };
}

/**
 * A timestamp whose time of day is the field's cell and whose date is in another column (which
 * several timestamps may share). Each cell's problem names its own column; a time that does not
 * exist in the zone names the time column and shows date and time together.
 */
function compileSplitTimestampCast(
  fieldMapping: FieldMapping,
  dateAt: number,
  timeZone: SourceMapping['timeZone'],
  spreadsheet: boolean,
): Cast {
  const dateColumn = fieldMapping.dateColumn ?? '';
  const parseDate = compileWallClockParser(fieldMapping.dateFormat ?? '', 'date');
  const parseTime = compileWallClockParser(fieldMapping.format ?? '', 'time of day');
  return (time, fields) => {
    const date = (fields[dateAt] ?? '').trim();
    const problem = (reason: string) => ({ problem: reason, column: dateColumn, rawValue: date });
    if (date === '') return problem(`is empty although ${fieldMapping.column} is not`);
    if (date.length > MAX_CELL_CHARACTERS)
      return problem(`is longer than ${MAX_CELL_CHARACTERS.toLocaleString('en')} characters`);
    if (spreadsheet && date.charCodeAt(0) === EQUALS)
      return { ...formulaProblem(date, false), column: dateColumn, rawValue: date };
    const day = parseDate(date);
    if (!day.ok) return problem(day.reason);
    const clock = parseTime(time);
    if (!clock.ok) return { problem: clock.reason };
    const { hour, minute, second } = clock.wallClock;
    const instant = wallClockToInstant({ ...day.wallClock, hour, minute, second }, timeZone);
    return instant.ok
      ? { utcMillis: instant.utcMillis, wallClock: instant.wallClock }
      : { problem: instant.reason, rawValue: `${date} ${time}` };
  };
}

function compileCast(
  field: CanonicalField,
  fieldMapping: FieldMapping,
  mapping: SourceMapping,
): Cast {
  const numbers = {
    decimal: mapping.numbers?.decimalSeparator ?? ',',
    thousands: mapping.numbers?.thousandsSeparator ?? '',
  };
  switch (field.type) {
    case 'text':
      return field.holds === 'free-text' || field.holds === undefined ? maskCpr : (raw) => raw;
    case 'integer':
      return (raw) => {
        const value = parseNumber(raw, numbers);
        if (typeof value !== 'number') return value;
        return Number.isInteger(value) ? value : { problem: 'is not a whole number' };
      };
    case 'decimal':
      return (raw) => parseNumber(raw, numbers);
    case 'date': {
      const parse = compileWallClockParser(fieldMapping.format ?? '', 'date');
      return (raw) => {
        const parsed = parse(raw);
        if (!parsed.ok) return { problem: parsed.reason };
        const { year, month, day } = parsed.wallClock;
        return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      };
    }
    case 'timestamp': {
      const parse = compileTimestampParser(fieldMapping.format ?? '', mapping.timeZone);
      return (raw) => {
        const parsed = parse(raw);
        return parsed.ok
          ? { utcMillis: parsed.utcMillis, wallClock: parsed.wallClock }
          : { problem: parsed.reason };
      };
    }
    case 'duration':
      return (raw) => parseDurationSeconds(raw, fieldMapping.unit ?? 's', numbers);
    case 'code': {
      const values = fieldMapping.values ?? {};
      const known = Object.keys(values).join(', ');
      return (raw) => values[raw] ?? { problem: `is not a known value (${known})` };
    }
  }
}

const NUMBER_SHAPE = /^-?\d+(\.\d+)?$/;
/** Most cells are plain counts and durations: digits only, readable whatever the separators. */
const PLAIN_COUNT = /^\d{1,15}$/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function parseNumber(
  raw: string,
  separators: { decimal: string; thousands: string },
): number | { problem: string } {
  if (PLAIN_COUNT.test(raw)) return Number(raw);
  let text = raw;
  if (separators.thousands) {
    // Thousands groups must be whole groups of three digits, so "1.5" is not read as 15.
    const groups = new RegExp(
      `^-?\\d{1,3}(${escapeRegExp(separators.thousands)}\\d{3})+(${escapeRegExp(separators.decimal)}\\d+)?$`,
    );
    if (groups.test(text)) text = text.split(separators.thousands).join('');
  }
  if (separators.decimal === ',') {
    // With a decimal comma, a point left over is a misplaced thousands separator or a foreign decimal.
    if (text.includes('.'))
      return { problem: "has a '.' where the mapping's decimal separator is ','" };
    text = text.replace(',', '.');
  }
  if (!NUMBER_SHAPE.test(text)) {
    return {
      problem: raw.startsWith('=') ? 'is a spreadsheet formula, not a value' : 'is not a number',
    };
  }
  return Number(text);
}

function parseDurationSeconds(
  raw: string,
  unit: NonNullable<FieldMapping['unit']>,
  separators: { decimal: string; thousands: string },
): number | { problem: string } {
  if (unit === 'h:mm:ss') {
    const match = /^(\d+):([0-5]\d):([0-5]\d)$/.exec(raw);
    if (!match) return { problem: 'is not a duration of the form H:MM:SS' };
    return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
  }
  const value = parseNumber(raw, separators);
  if (typeof value !== 'number') return value;
  if (value < 0) return { problem: 'is a negative duration' };
  const seconds = unit === 'ms' ? value / 1000 : unit === 'min' ? value * 60 : value;
  return Math.round(seconds);
}
