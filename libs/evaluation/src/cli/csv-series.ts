/**
 * Turns an analyst's CSV and the command-line options into the engine's input. Every bad cell is
 * reported with file, row (the file's line number) and column.
 */
import { isoWeek, parseIsoDate } from '@kanalindsigt/calendar/local-date';
import { parseCsv } from '../csv';
import type { ExcludedPeriod, SeriesPoint } from '../design';
import type { EvaluationInput } from '../interrupted-time-series';
import type { CliOptions, Range } from './cli-args';

export class CsvInputError extends Error {}

type TimeKind = 'index' | 'month' | 'date';

const TIME_FORMATS: { kind: TimeKind; pattern: RegExp }[] = [
  { kind: 'index', pattern: /^-?\d+$/ },
  { kind: 'month', pattern: /^\d{4}-\d{2}$/ },
  { kind: 'date', pattern: /^\d{4}-\d{2}-\d{2}$/ },
];

/** A time value as a number on its own scale: the index, months since year 0, or days since 1970. */
function rawTime(kind: TimeKind, text: string): number | undefined {
  if (!TIME_FORMATS.find((format) => format.kind === kind)!.pattern.test(text)) return undefined;
  if (kind === 'index') return Number(text);
  if (kind === 'month') {
    const month = Number(text.slice(5, 7));
    return month >= 1 && month <= 12 ? Number(text.slice(0, 4)) * 12 + month - 1 : undefined;
  }
  try {
    const { year, month, day } = parseIsoDate(text);
    return Date.UTC(year, month - 1, day) / 86_400_000;
  } catch {
    return undefined;
  }
}

function parseNumber(text: string): number | undefined {
  // Danish exports write decimal commas; a cell can only hold one if the delimiter is not a comma.
  const normalised = /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  if (normalised === '') return undefined;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

export interface CsvSeries {
  input: EvaluationInput;
  /** The time column's text for a period number (for output). */
  label: (time: number) => string;
}

export function seriesFromCsv(text: string, options: CliOptions): CsvSeries {
  const file = options.csv;
  const table = parseCsv(text);
  const columnIndex = (name: string) => {
    const index = table.header.indexOf(name);
    if (index < 0)
      throw new CsvInputError(
        `${file}: no column "${name}" (the header has ${table.header.map((h) => `"${h}"`).join(', ')}).`,
      );
    return index;
  };
  const at = (line: number, column: string, problem: string) =>
    new CsvInputError(`${file}, row ${line}, column "${column}": ${problem}`);
  if (table.rows.length === 0) throw new CsvInputError(`${file}: no data rows.`);

  const timeColumn = columnIndex(options.time);
  const firstRow = table.rows[0]!;
  const firstTime = firstRow.cells[timeColumn] ?? '';
  const kind = TIME_FORMATS.find((format) => format.pattern.test(firstTime))?.kind;
  if (!kind)
    throw at(
      firstRow.line,
      options.time,
      `"${firstTime}" is not an integer, YYYY-MM or YYYY-MM-DD.`,
    );

  const kindName = { index: 'integer', month: 'YYYY-MM month', date: 'ISO date' }[kind];
  const raws = table.rows.map(({ line, cells }) => {
    const cell = cells[timeColumn] ?? '';
    const raw = rawTime(kind, cell);
    if (raw === undefined)
      throw at(
        line,
        options.time,
        `"${cell}" is not a valid ${kindName} like the first row's "${firstTime}".`,
      );
    return raw;
  });
  raws.forEach((raw, i) => {
    if (i > 0 && raw <= raws[i - 1]!)
      throw at(
        table.rows[i]!.line,
        options.time,
        `"${table.rows[i]!.cells[timeColumn]}" does not come after the row before; sort by time and remove duplicates.`,
      );
  });
  const origin = raws[0]!;
  const gaps = raws.slice(1).map((raw, i) => raw - raws[i]!);
  const spacing = gaps.length > 0 ? Math.min(...gaps) : 1;
  raws.forEach((raw, i) => {
    if ((raw - origin) % spacing !== 0)
      throw at(
        table.rows[i]!.line,
        options.time,
        `periods are not evenly spaced (every ${spacing}).`,
      );
  });
  const period = (raw: number) => (raw - origin) / spacing + 1;
  const fromOption = (flag: string, value: string) => {
    const raw = rawTime(kind, value);
    if (raw === undefined)
      throw new CsvInputError(
        `--${flag} "${value}" is not a value like the time column's "${firstTime}".`,
      );
    return period(raw);
  };

  const countColumn = columnIndex(options.count);
  const offsetColumn = options.offset === undefined ? undefined : columnIndex(options.offset);
  const seasonColumn = options.season === undefined ? undefined : columnIndex(options.season);
  if (seasonColumn === timeColumn && kind === 'index' && !options.fourier)
    throw new CsvInputError(
      `--season ${options.season}: an integer time index has no calendar season; ` +
        'give a season column, or --fourier with --period.',
    );
  const defaultSeason = (raw: number, time: number): number => {
    if (kind === 'month') return (raw % 12) + 1;
    if (kind === 'date') {
      const date = new Date(raw * 86_400_000).toISOString().slice(0, 10);
      return spacing === 7 ? isoWeek(date).week : Number(date.slice(5, 7));
    }
    return ((time - 1) % (options.fourier?.period ?? 1)) + 1;
  };

  const exclusion = (treatment: ExcludedPeriod['treatment']) => (range: Range) => ({
    from: fromOption(treatment === 'drop' ? 'exclude' : 'exclude-dummy', range.from),
    to: fromOption(treatment === 'drop' ? 'exclude' : 'exclude-dummy', range.to),
    treatment,
    label: `${range.from}..${range.to}`,
  });
  const exclusions = [
    ...options.exclude.map(exclusion('drop')),
    ...options.excludeDummy.map(exclusion('dummy')),
  ];
  // Rows of dropped periods are not read: a closed month may well have an empty cell.
  const dropped = (time: number) =>
    exclusions.some(
      (block) => block.treatment === 'drop' && time >= block.from && time <= block.to,
    );

  const labels = new Map<number, string>();
  const series = table.rows.flatMap(({ line, cells }, i): SeriesPoint[] => {
    const time = period(raws[i]!);
    labels.set(time, cells[timeColumn]!);
    if (dropped(time)) return [];
    const number = (column: number, name: string) => {
      const cell = cells[column] ?? '';
      const value = parseNumber(cell);
      if (value === undefined) throw at(line, name, `"${cell}" is not a number.`);
      return value;
    };
    const value = number(countColumn, options.count);
    if (value < 0 && options.family !== 'gaussian')
      throw at(line, options.count, `${value} is negative; counts must be ≥ 0.`);
    const point: SeriesPoint = { time, value };
    if (offsetColumn !== undefined) {
      point.exposure = number(offsetColumn, options.offset!);
      if (!(point.exposure > 0))
        throw at(line, options.offset!, `${point.exposure} is not a positive exposure.`);
    }
    if (seasonColumn !== undefined && seasonColumn !== timeColumn)
      point.season = number(seasonColumn, options.season!);
    else if (seasonColumn !== undefined || options.fourier)
      point.season = defaultSeason(raws[i]!, time);
    return [point];
  });

  const input: EvaluationInput = {
    family: options.family,
    series,
    interventions: options.interventions.map((value, i) => ({
      start: fromOption('intervention', value),
      slopeChange: options.slopeChange,
      ...(i > 0 ? { label: value } : {}),
    })),
    exclusions,
  };
  if (options.fourier) input.seasonality = { kind: 'fourier', ...options.fourier };
  else if (seasonColumn !== undefined) input.seasonality = { kind: 'dummies' };
  if (options.neweyWest !== undefined) input.neweyWest = { lag: options.neweyWest };
  if (options.z !== undefined) input.z = options.z;
  return { input, label: (time) => labels.get(time) ?? String(time) };
}
