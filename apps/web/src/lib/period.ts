/**
 * The period filter. A period id is '12m', '3y', 'all', a calendar year ('2024') or a quarter
 * ('2024-Q3'); it is resolved against the municipality's data coverage into an inclusive
 * 'YYYY-MM-DD' range. Rolling periods end at the last day with data and start on the first day of
 * a month, so the monthly chart never shows a partial first month. Views published to the
 * advisory councils take whole periods only: years and quarters, never clipped (small-count
 * suppression protects one fixed table per quarter and year, docs/suppression.md).
 */

export type DataCoverage = { visitsFrom: string; visitsTo: string };
export type DateRange = { from: string; to: string };
export type PeriodId = string;

export const DEFAULT_PERIOD: PeriodId = '12m';

export type PeriodOption =
  | { id: PeriodId; kind: 'rolling'; months: number }
  | { id: PeriodId; kind: 'all' }
  | { id: PeriodId; kind: 'year'; year: number }
  | { id: PeriodId; kind: 'quarter'; year: number; quarter: number };

/** How many quarters, newest first, the period filter offers. */
const QUARTERS_OFFERED = 8;

const ROLLING: readonly { id: PeriodId; months: number }[] = [
  { id: '12m', months: 12 },
  { id: '3y', months: 36 },
];

type YearMonthDay = { year: number; month: number; day: number };

function parse(date: string): YearMonthDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function iso({ year, month, day }: YearMonthDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * The periods that make sense for this coverage: rolling ones, everything, each year, then the
 * last quarters (newest first). With `whole`, only years and quarters.
 */
export function periodOptions(coverage: DataCoverage, whole = false): PeriodOption[] {
  const first = parse(coverage.visitsFrom);
  const last = parse(coverage.visitsTo);
  const options: PeriodOption[] = whole
    ? []
    : ROLLING.map(({ id, months }) => ({ id, kind: 'rolling', months }));
  if (!whole) options.push({ id: 'all', kind: 'all' });
  for (let year = last.year; year >= first.year; year -= 1) {
    options.push({ id: String(year), kind: 'year', year });
  }
  const firstQuarter = first.year * 4 + Math.floor((first.month - 1) / 3);
  const lastQuarter = last.year * 4 + Math.floor((last.month - 1) / 3);
  for (
    let index = lastQuarter;
    index >= Math.max(firstQuarter, lastQuarter - QUARTERS_OFFERED + 1);
    index -= 1
  ) {
    const year = Math.floor(index / 4);
    const quarter = (index % 4) + 1;
    options.push({ id: `${year}-Q${quarter}`, kind: 'quarter', year, quarter });
  }
  return options;
}

export function findPeriod(coverage: DataCoverage, id: string | null | undefined, whole = false) {
  return periodOptions(coverage, whole).find((option) => option.id === id);
}

/** The inclusive date range of a period: clipped to the data coverage unless `whole`. */
export function periodRange(
  option: PeriodOption,
  coverage: DataCoverage,
  whole = false,
): DateRange {
  const { visitsFrom, visitsTo } = whole
    ? { visitsFrom: '0000-01-01', visitsTo: '9999-12-31' }
    : coverage;
  switch (option.kind) {
    case 'quarter': {
      const endMonth = option.quarter * 3;
      const lastDay = new Date(Date.UTC(option.year, endMonth, 0)).getUTCDate();
      return {
        from: maxDate(iso({ year: option.year, month: endMonth - 2, day: 1 }), visitsFrom),
        to: minDate(iso({ year: option.year, month: endMonth, day: lastDay }), visitsTo),
      };
    }
    case 'all':
      return { from: visitsFrom, to: visitsTo };
    case 'year':
      return {
        from: maxDate(`${option.year}-01-01`, visitsFrom),
        to: minDate(`${option.year}-12-31`, visitsTo),
      };
    case 'rolling': {
      const end = parse(coverage.visitsTo);
      const monthIndex = end.year * 12 + (end.month - 1) - (option.months - 1);
      const start = iso({
        year: Math.floor(monthIndex / 12),
        month: (monthIndex % 12) + 1,
        day: 1,
      });
      return { from: maxDate(start, coverage.visitsFrom), to: coverage.visitsTo };
    }
  }
}

/** Every month 'YYYY-MM' touched by the range, in order. */
export function monthsInRange({ from, to }: DateRange): string[] {
  const start = parse(from);
  const end = parse(to);
  const months: string[] = [];
  for (
    let index = start.year * 12 + start.month - 1;
    index <= end.year * 12 + end.month - 1;
    index += 1
  ) {
    months.push(
      `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`,
    );
  }
  return months;
}

/** The same range a year earlier (29 February becomes 28 February): the comparison period. */
export function yearEarlier({ from, to }: DateRange): DateRange {
  const shift = (date: string) => {
    const { year, month, day } = parse(date);
    const lastDay = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
    return iso({ year: year - 1, month, day: Math.min(day, lastDay) });
  };
  return { from: shift(from), to: shift(to) };
}
