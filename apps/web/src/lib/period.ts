/**
 * The period filter. A period id is '12m', '3y', 'all' or a calendar year ('2024'); it is
 * resolved against the municipality's data coverage into an inclusive 'YYYY-MM-DD' range.
 * Rolling periods end at the last day with data and start on the first day of a month, so the
 * monthly chart never shows a partial first month.
 */

export type DataCoverage = { visitsFrom: string; visitsTo: string };
export type DateRange = { from: string; to: string };
export type PeriodId = string;

export const DEFAULT_PERIOD: PeriodId = '12m';

export type PeriodOption =
  | { id: PeriodId; kind: 'rolling'; months: number }
  | { id: PeriodId; kind: 'all' }
  | { id: PeriodId; kind: 'year'; year: number };

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

/** The periods that make sense for this coverage: rolling ones, everything, then each year (newest first). */
export function periodOptions(coverage: DataCoverage): PeriodOption[] {
  const firstYear = parse(coverage.visitsFrom).year;
  const lastYear = parse(coverage.visitsTo).year;
  const options: PeriodOption[] = ROLLING.map(({ id, months }) => ({
    id,
    kind: 'rolling',
    months,
  }));
  options.push({ id: 'all', kind: 'all' });
  for (let year = lastYear; year >= firstYear; year -= 1) {
    options.push({ id: String(year), kind: 'year', year });
  }
  return options;
}

export function findPeriod(coverage: DataCoverage, id: string | null | undefined) {
  return periodOptions(coverage).find((option) => option.id === id);
}

/** The inclusive date range of a period, clipped to the data coverage. */
export function periodRange(option: PeriodOption, coverage: DataCoverage): DateRange {
  const { visitsFrom, visitsTo } = coverage;
  switch (option.kind) {
    case 'all':
      return { from: visitsFrom, to: visitsTo };
    case 'year':
      return {
        from: maxDate(`${option.year}-01-01`, visitsFrom),
        to: minDate(`${option.year}-12-31`, visitsTo),
      };
    case 'rolling': {
      const end = parse(visitsTo);
      const monthIndex = end.year * 12 + (end.month - 1) - (option.months - 1);
      const start = iso({
        year: Math.floor(monthIndex / 12),
        month: (monthIndex % 12) + 1,
        day: 1,
      });
      return { from: maxDate(start, visitsFrom), to: visitsTo };
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
