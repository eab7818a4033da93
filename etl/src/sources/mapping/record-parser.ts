import type { RowProblem } from '../row-problem';
import { toCopenhagenWallClock } from '@kanalindsigt/calendar/copenhagen-time';
import { DATE_DIMENSION_YEARS } from '@kanalindsigt/warehouse/reference/dimensions';
import { compileWallClockParser, wallClockToInstant, type WallClock } from '../date-time-format';
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

/** A row skipped on purpose (a code the mapping's `skip` or a rule lists): counted, not loaded. */
export const SKIPPED: unique symbol = Symbol('skipped');

export interface RecordParser {
  parse(fields: readonly string[]): ParsedRecord | RowProblem[] | typeof SKIPPED;
  /** The source column of a canonical field and its cell in a row, for messages. */
  sourceCell(field: string, fields: readonly string[]): { column: string; rawValue: string };
}

/** No source field is this long; a longer cell is a broken export, not data. */
const MAX_CELL_CHARACTERS = 10_000;

/** A timestamp `from` another is at most this much after it (no contact lasts a week). */
const MAX_OFFSET_SECONDS = 7 * 86_400;

/** A header the mapping cannot be applied to; the whole file is refused. */
export class HeaderError extends Error {
  constructor(
    readonly column: string,
    problem: string,
  ) {
    super(`column "${column}" ${problem}`);
  }
}

/** How one canonical field is read from a row. */
interface FieldReader {
  name: string;
  /** The column messages name: the field's own, the first of `columns`, or a `from` duration's. */
  column: string;
  required: boolean;
  withheld: boolean;
  /** The cell (or joined cells) and the column it came from; '' when every candidate is "none". */
  cell(fields: readonly string[]): { raw: string; column: string };
  /** Whether the row is skipped on purpose, or the value a rule decides, before the cell is cast. */
  decide(fields: readonly string[], raw: string): ParsedValue | typeof SKIPPED | undefined;
  cast: Cast;
  /** A timestamp computed from another field: that field's name. */
  from?: string;
  /** For messages: the date cell shown with a split timestamp's time. */
  dateAt: number;
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
  const readers = Object.entries(mapping.fields).map(([name, fieldMapping]): FieldReader => {
    const field = canonical[name]!;
    const withheld = holdsCpr(field);
    const none = new Set(fieldMapping.none ?? mapping.none ?? []);
    const isNone = (raw: string) => raw === '' || none.has(raw);
    const cellOf = (at: number) => (fields: readonly string[]) => (fields[at] ?? '').trim();
    const candidates = [
      ...(fieldMapping.column === undefined ? [] : [fieldMapping.column]),
      ...(fieldMapping.orElse ?? []),
    ].map((column) => ({ column, read: cellOf(columnAt(column)) }));
    const joined = (fieldMapping.columns ?? []).map((column) => ({
      column,
      read: cellOf(columnAt(column)),
    }));
    const column = candidates[0]?.column ?? joined[0]?.column ?? name;
    const cell =
      joined.length > 0
        ? (fields: readonly string[]) => {
            const parts = joined.map((part) => part.read(fields));
            // A reference with a part missing is no reference: the field is empty.
            const raw = parts.some(isNone) ? '' : parts.join(fieldMapping.separator ?? '-');
            return { raw, column };
          }
        : (fields: readonly string[]) => {
            for (const candidate of candidates) {
              const raw = candidate.read(fields);
              if (!isNone(raw)) return { raw, column: candidate.column };
            }
            return { raw: '', column };
          };
    const dateAt = fieldMapping.dateColumn === undefined ? -1 : columnAt(fieldMapping.dateColumn);
    const anchorAt =
      fieldMapping.nextDayIfBefore === undefined
        ? -1
        : columnAt(mapping.fields[fieldMapping.nextDayIfBefore]?.column ?? '');
    const baseCast =
      fieldMapping.from !== undefined
        ? (raw: string) => parseDurationSeconds(raw, fieldMapping.unit ?? 's', numbersOf(mapping))
        : dateAt < 0
          ? compileCast(field, fieldMapping, mapping)
          : compileSplitTimestampCast(fieldMapping, dateAt, anchorAt, isNone, mapping, spreadsheet);
    return {
      name,
      column,
      required: field.required,
      withheld,
      cell,
      decide: compileDecision(fieldMapping, isNone, columnAt),
      cast: spreadsheet ? refusingFormulas(baseCast, withheld) : baseCast,
      from: fieldMapping.from,
      dateAt,
    };
  });
  // A timestamp from another is computed after it, however the mapping orders its fields.
  readers.sort((a, b) => Number(a.from !== undefined) - Number(b.from !== undefined));
  const optionalUnmapped = Object.keys(canonical).filter((name) => !(name in mapping.fields));
  // A line that cannot be split into its columns may hold a CPR number anywhere in it.
  const lineMayHoldCpr = readers.some((reader) => reader.withheld);
  const separator = format.type === 'csv' ? format.delimiter : ';';

  const parse = (fields: readonly string[]): ParsedRecord | RowProblem[] | typeof SKIPPED => {
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
    let skipped = false;
    for (const reader of readers) {
      const { raw, column } = reader.cell(fields);
      if (raw.length > MAX_CELL_CHARACTERS) {
        problems.push({
          column,
          reason: `is longer than ${MAX_CELL_CHARACTERS.toLocaleString('en')} characters`,
          rawValue: reader.withheld ? '' : raw,
        });
        record[reader.name] = null;
        continue;
      }
      const decided = reader.decide(fields, raw);
      if (decided === SKIPPED) {
        skipped = true;
        continue;
      }
      if (decided !== undefined) {
        record[reader.name] = decided;
        continue;
      }
      const base = reader.from === undefined ? undefined : record[reader.from];
      if (raw === '' || base === null) {
        if (reader.required)
          problems.push({ column, reason: 'is empty but required', rawValue: raw });
        record[reader.name] = null;
        continue;
      }
      const cast = reader.cast(raw, fields);
      if (typeof cast === 'object' && cast !== null && 'problem' in cast) {
        const problemColumn = cast.column ?? column;
        // A bad date column shared by several split timestamps is reported once.
        if (!problems.some((p) => p.column === problemColumn && p.reason === cast.problem))
          problems.push({
            column: problemColumn,
            reason: cast.problem,
            rawValue: reader.withheld ? '' : (cast.rawValue ?? raw),
          });
      } else if (base !== undefined && typeof base === 'object' && typeof cast === 'number') {
        if (cast > MAX_OFFSET_SECONDS) {
          problems.push({ column, reason: 'is longer than a week', rawValue: raw });
          continue;
        }
        const utcMillis = base.utcMillis + cast * 1000;
        record[reader.name] = { utcMillis, wallClock: toCopenhagenWallClock(utcMillis) };
      } else {
        record[reader.name] = cast;
      }
    }
    // A row skipped on purpose is not judged: its other cells may well be incomplete.
    if (skipped) return SKIPPED;
    for (const name of optionalUnmapped) record[name] = null;
    return problems.length > 0 ? problems : record;
  };
  const byField = new Map(readers.map((reader) => [reader.name, reader]));
  const sourceCell = (field: string, fields: readonly string[]) => {
    const reader = byField.get(field);
    if (!reader || reader.withheld) return { column: reader?.column ?? field, rawValue: '' };
    const { raw, column } = reader.cell(fields);
    // A rule judges a split timestamp whole, so the quarantine shows its date with its time.
    const date = reader.dateAt < 0 ? '' : (fields[reader.dateAt] ?? '').trim();
    return { column, rawValue: date ? `${date} ${raw}` : raw };
  };
  return { parse, sourceCell };
}

interface CompiledRule {
  holds(fields: readonly string[]): boolean;
  readonly outcome: string | typeof SKIPPED;
}

/**
 * A coded field's decision before its cell is cast: SKIPPED for a source value the mapping skips
 * or a rule that skips, a rule's code, or undefined to read the cell through `values`.
 */
function compileDecision(
  fieldMapping: FieldMapping,
  isNone: (raw: string) => boolean,
  columnAt: (column: string) => number,
): FieldReader['decide'] {
  const skip = new Set(fieldMapping.skip ?? []);
  const rules = (fieldMapping.rules ?? []).map((rule): CompiledRule => {
    const tests = rule.when.map((condition) => {
      const at = columnAt(condition.column);
      if ('in' in condition) {
        const values = new Set(condition.in);
        return (fields: readonly string[]) => values.has((fields[at] ?? '').trim());
      }
      return (fields: readonly string[]) => isNone((fields[at] ?? '').trim()) === condition.empty;
    });
    return {
      holds: (fields) => tests.every((test) => test(fields)),
      outcome: 'skip' in rule ? SKIPPED : rule.value,
    };
  });
  if (skip.size === 0 && rules.length === 0) return () => undefined;
  return (fields, raw): string | typeof SKIPPED | undefined => {
    if (skip.has(raw)) return SKIPPED;
    return rules.find((rule) => rule.holds(fields))?.outcome;
  };
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
 * exist in the zone names the time column and shows date and time together. With an anchor (the
 * time column of `nextDayIfBefore`), a time of day before the anchor's is on the next day: a call
 * that runs past midnight under one date column.
 */
function compileSplitTimestampCast(
  fieldMapping: FieldMapping,
  dateAt: number,
  anchorAt: number,
  isNone: (raw: string) => boolean,
  mapping: SourceMapping,
  spreadsheet: boolean,
): Cast {
  const dateColumn = fieldMapping.dateColumn ?? '';
  const parseDate = compileWallClockParser(
    fieldMapping.dateFormat ?? '',
    'date',
    mapping.twoDigitYearFrom,
  );
  const parseTime = compileWallClockParser(fieldMapping.format ?? '', 'time of day');
  const checkYear = yearCheck(fieldMapping.dateFormat ?? '');
  const secondOfDay = ({ hour, minute, second }: WallClock) => hour * 3600 + minute * 60 + second;
  return (time, fields) => {
    const date = (fields[dateAt] ?? '').trim();
    const problem = (reason: string) => ({ problem: reason, column: dateColumn, rawValue: date });
    if (date === '') return problem(`is empty although ${fieldMapping.column ?? ''} is not`);
    if (date.length > MAX_CELL_CHARACTERS)
      return problem(`is longer than ${MAX_CELL_CHARACTERS.toLocaleString('en')} characters`);
    if (spreadsheet && date.charCodeAt(0) === EQUALS)
      return { ...formulaProblem(date, false), column: dateColumn, rawValue: date };
    const day = parseDate(date);
    if (!day.ok) return problem(day.reason);
    const outside = checkYear(date, day.wallClock);
    if (outside) return problem(outside);
    const clock = parseTime(time);
    if (!clock.ok) return { problem: clock.reason };
    let calendarDay = day.wallClock;
    if (anchorAt >= 0) {
      const anchorCell = (fields[anchorAt] ?? '').trim();
      const anchor = isNone(anchorCell) ? undefined : parseTime(anchorCell);
      if (anchor?.ok && secondOfDay(clock.wallClock) < secondOfDay(anchor.wallClock))
        calendarDay = nextDay(calendarDay);
    }
    const { hour, minute, second } = clock.wallClock;
    const instant = wallClockToInstant({ ...calendarDay, hour, minute, second }, mapping.timeZone);
    return instant.ok
      ? { utcMillis: instant.utcMillis, wallClock: instant.wallClock }
      : { problem: instant.reason, rawValue: `${date} ${time}` };
  };
}

function nextDay({ year, month, day }: WallClock): WallClock {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return {
    year: next.getUTCFullYear(),
    month: next.getUTCMonth() + 1,
    day: next.getUTCDate(),
    hour: 0,
    minute: 0,
    second: 0,
  };
}

const iso = ({ year, month, day }: WallClock) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A two-digit year is a guess the mapping's pivot makes, so a date it places outside the
 * warehouse's years is refused saying how it was read ("990101 read as 2099-01-01"). Four-digit
 * years are left to the kind's own rules.
 */
function yearCheck(format: string): (raw: string, clock: WallClock) => string | null {
  if (!/(^|[^y])yy([^y]|$)/.test(format)) return () => null;
  const { first, last } = DATE_DIMENSION_YEARS;
  return (raw, clock) =>
    clock.year < first || clock.year > last
      ? `is outside the years the warehouse covers (${first}–${last}): ${raw} read as ${iso(clock)}`
      : null;
}

function numbersOf(mapping: SourceMapping) {
  return {
    decimal: mapping.numbers?.decimalSeparator ?? ',',
    thousands: mapping.numbers?.thousandsSeparator ?? '',
  };
}

function compileCast(
  field: CanonicalField,
  fieldMapping: FieldMapping,
  mapping: SourceMapping,
): Cast {
  const numbers = numbersOf(mapping);
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
      const parse = compileWallClockParser(
        fieldMapping.format ?? '',
        'date',
        mapping.twoDigitYearFrom,
      );
      const checkYear = yearCheck(fieldMapping.format ?? '');
      return (raw) => {
        const parsed = parse(raw);
        if (!parsed.ok) return { problem: parsed.reason };
        const outside = checkYear(raw, parsed.wallClock);
        return outside ? { problem: outside } : iso(parsed.wallClock);
      };
    }
    case 'timestamp': {
      const parseClock = compileWallClockParser(
        fieldMapping.format ?? '',
        undefined,
        mapping.twoDigitYearFrom,
      );
      const checkYear = yearCheck(fieldMapping.format ?? '');
      return (raw) => {
        const clock = parseClock(raw);
        if (!clock.ok) return { problem: clock.reason };
        const outside = checkYear(raw, clock.wallClock);
        if (outside) return { problem: outside };
        const parsed = wallClockToInstant(clock.wallClock, mapping.timeZone);
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
