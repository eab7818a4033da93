import type { RowProblem } from '../row-problem';
import {
  compileTimestampParser,
  compileWallClockParser,
  type WallClock,
} from '../date-time-format';
import { maskCpr } from '../mask-cpr';
import { holdsCpr, type CanonicalField, type CanonicalFields } from './canonical-field';
import type { FieldMapping, SourceMapping } from './source-mapping';

export type ParsedValue = string | number | { utcMillis: number; wallClock: WallClock } | null;

/** One source row as canonical fields; a field's type decides its value's shape. */
export type ParsedRecord = Readonly<Record<string, ParsedValue>>;

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
  const other = [';', ',', '\t', '|'].find(
    (d) => d !== mapping.format.delimiter && (names[0] ?? '').includes(d),
  );
  if (names.length === 1 && other) {
    throw new HeaderError(
      names[0]!.slice(0, 40),
      `is the whole header: is the file separated by '${other === '\t' ? 'tab' : other}' rather than '${mapping.format.delimiter}'?`,
    );
  }
  const readers = Object.entries(mapping.fields).map(([name, fieldMapping]) => {
    const at = names.indexOf(fieldMapping.column);
    if (at < 0) throw new HeaderError(fieldMapping.column, 'is missing from the header');
    if (names.indexOf(fieldMapping.column, at + 1) >= 0)
      throw new HeaderError(fieldMapping.column, 'appears twice in the header');
    const field = canonical[name]!;
    return {
      name,
      at,
      column: fieldMapping.column,
      required: field.required,
      withheld: holdsCpr(field),
      cast: compileCast(field, fieldMapping, mapping),
    };
  });
  const optionalUnmapped = Object.keys(canonical).filter((name) => !(name in mapping.fields));
  // A line that cannot be split into its columns may hold a CPR number anywhere in it.
  const lineMayHoldCpr = readers.some((reader) => reader.withheld);

  const parse = (fields: readonly string[]): ParsedRecord | RowProblem[] => {
    if (fields.length !== names.length) {
      return [
        {
          column: null,
          reason: `has ${fields.length} fields where the header has ${names.length}${lineMayHoldCpr ? ' (line withheld: it may hold a CPR number)' : ''}`,
          rawValue: lineMayHoldCpr ? '' : maskCpr(fields.join(mapping.format.delimiter)),
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
      const cast = reader.cast(raw);
      if (typeof cast === 'object' && cast !== null && 'problem' in cast) {
        problems.push({
          column: reader.column,
          reason: cast.problem,
          rawValue: reader.withheld ? '' : raw,
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
    return {
      column: reader?.column ?? field,
      rawValue: reader && !reader.withheld ? (fields[reader.at] ?? '').trim() : '',
    };
  };
  return { parse, sourceCell };
}

type Cast = (raw: string) => ParsedValue | { problem: string };

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
