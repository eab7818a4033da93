import { compileWallClockParser } from '../sources/date-time-format';
import type { FieldMapping, SourceMapping } from '../sources/mapping/source-mapping';

/** Without seconds first: a pattern ending in `:ss` also reads times without them. */
const TIMESTAMP_FORMATS = [
  'dd-MM-yyyy HH:mm',
  'dd-MM-yyyy HH:mm:ss',
  'dd.MM.yyyy HH:mm',
  'dd.MM.yyyy HH:mm:ss',
  'dd/MM/yyyy HH:mm',
  'dd/MM/yyyy HH:mm:ss',
  'yyyy-MM-dd HH:mm',
  'yyyy-MM-dd HH:mm:ss',
  'yyyy-MM-ddTHH:mm:ss',
  'dd-MM-yy HH:mm',
  'dd-MM-yy HH:mm:ss',
];
/** Day before month: Danish systems write dates that way, so 04-03-2024 is 4 March. */
const DATE_FORMATS = [
  'dd-MM-yyyy',
  'dd.MM.yyyy',
  'dd/MM/yyyy',
  'yyyy-MM-dd',
  'yyyyMMdd',
  'dd-MM-yy',
  'dd.MM.yy',
  'MM-yyyy',
  'MM.yyyy',
  'MM/yyyy',
  'yyyy-MM',
];
const TIME_FORMATS = ['HH:mm', 'HH:mm:ss'];
const ELAPSED = /^\d+:[0-5]\d:[0-5]\d$/;

const filled = (values: readonly string[]) => values.map((v) => v.trim()).filter((v) => v !== '');

/** The first pattern that reads every non-empty value, or null (also for a column of no values). */
function firstReading(formats: readonly string[], values: readonly string[]): string | null {
  const cells = filled(values);
  if (cells.length === 0) return null;
  return (
    formats.find((format) => {
      const parse = compileWallClockParser(format);
      return cells.every((cell) => parse(cell).ok);
    }) ?? null
  );
}

export const timestampFormatOf = (values: readonly string[]) =>
  firstReading(TIMESTAMP_FORMATS, values);
export const dateFormatOf = (values: readonly string[]) => firstReading(DATE_FORMATS, values);
export const timeOfDayFormatOf = (values: readonly string[]) => firstReading(TIME_FORMATS, values);

export type Numbers = NonNullable<SourceMapping['numbers']>;

/**
 * The number separators of a delimited file from its cells: a decimal comma unless more cells
 * have a decimal point (one not followed by exactly three digits, which would be a thousands
 * group). With a decimal comma, '.' groups thousands (as Danish exports write 1.234,5).
 */
export function numberSeparatorsOf(rows: readonly (readonly string[])[]): Numbers {
  let comma = 0;
  let point = 0;
  for (const row of rows)
    for (const cell of row) {
      const text = cell.trim();
      if (/^-?\d+,\d+$/.test(text)) comma += 1;
      else if (/^-?\d+\.(\d{1,2}|\d{4,})$/.test(text)) point += 1;
    }
  return point > comma
    ? { decimalSeparator: '.', thousandsSeparator: '' }
    : { decimalSeparator: ',', thousandsSeparator: '.' };
}

export function isNumberColumn(values: readonly string[], numbers: Numbers): boolean {
  const cells = filled(values);
  const decimal = numbers.decimalSeparator === '.' ? '\\.' : ',';
  const thousands = numbers.thousandsSeparator ? `\\${numbers.thousandsSeparator}` : '';
  const shape = new RegExp(`^-?(\\d+|\\d{1,3}(${thousands || 'x'}\\d{3})+)(${decimal}\\d+)?$`);
  return cells.length > 0 && cells.every((cell) => shape.test(cell));
}

/**
 * A duration's unit: H:MM:SS cells say so; else the header ("WaitMs", "Varighed (min)", "sek");
 * else the values: no phase of a contact lasts hours, so a column of seconds by name whose typical
 * value exceeds 10,000 holds milliseconds; else the dictionary's unit for the field.
 */
export function durationUnitOf(
  header: string,
  values: readonly string[],
  usual: NonNullable<FieldMapping['unit']> = 's',
): NonNullable<FieldMapping['unit']> {
  const cells = filled(values);
  if (cells.length > 0 && cells.every((cell) => ELAPSED.test(cell))) return 'h:mm:ss';
  const name = header.toLowerCase();
  if (/ms\b|ms$|millisek|msec/.test(name) || /[a-z]Ms$/.test(header)) return 'ms';
  if (/min/.test(name)) return 'min';
  if (/sek|sec|\(s\)/.test(name)) return 's';
  if (usual === 's') {
    const numbers = cells
      .map(Number)
      .filter((n) => Number.isFinite(n) && n > 0)
      .sort((a, b) => a - b);
    const median = numbers[Math.floor(numbers.length / 2)];
    if (median !== undefined && median > 10_000) return 'ms';
  }
  return usual;
}
