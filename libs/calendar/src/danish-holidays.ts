import { addDays, dateKey, formatIsoDate, isoWeek, isoWeekday, parseIsoDate } from './local-date';
import { quarterOfMonth } from './quarter';

export interface NamedDay {
  date: string;
  nameDa: string;
  nameEn: string;
}

/** One row of the warehouse's date dimension. */
export interface CalendarDay {
  date: string;
  dateKey: number;
  year: number;
  quarter: number;
  month: number;
  isoYear: number;
  isoWeek: number;
  weekday: number;
  isWeekend: boolean;
  isPublicHoliday: boolean;
  /** Null unless a public holiday: closure days such as Juleaftensdag are not named here. */
  holidayNameDa: string | null;
  isClosureDay: boolean;
  isOpeningDay: boolean;
}

export const HOLIDAY_YEARS = { first: 1990, last: 2100 } as const;

/** Store bededag stopped being a public holiday from 2024 on (law passed in February 2023). */
const LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  assertSupportedYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate({ year, month, day });
}

/** The helligdage of `year`, sorted by date. */
export function danishPublicHolidays(year: number): NamedDay[] {
  const easter = easterSunday(year);
  const fromEaster = (days: number, nameDa: string, nameEn: string): NamedDay => ({
    date: addDays(easter, days),
    nameDa,
    nameEn,
  });
  const holidays: NamedDay[] = [
    fixed(year, 1, 1, 'Nytårsdag', "New Year's Day"),
    fromEaster(-3, 'Skærtorsdag', 'Maundy Thursday'),
    fromEaster(-2, 'Langfredag', 'Good Friday'),
    fromEaster(0, 'Påskedag', 'Easter Sunday'),
    fromEaster(1, '2. påskedag', 'Easter Monday'),
    fromEaster(39, 'Kristi himmelfartsdag', 'Ascension Day'),
    fromEaster(49, 'Pinsedag', 'Whit Sunday'),
    fromEaster(50, '2. pinsedag', 'Whit Monday'),
    fixed(year, 12, 25, 'Juledag', 'Christmas Day'),
    fixed(year, 12, 26, '2. juledag', 'Boxing Day'),
  ];
  if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
    // The fourth Friday after Easter Sunday.
    holidays.push(fromEaster(26, 'Store bededag', 'General Prayer Day'));
  }
  return sortByDate(holidays);
}

/** Days that are not helligdage but on which Borgerservice is normally closed. */
export function danishClosureDays(year: number): NamedDay[] {
  assertSupportedYear(year);
  return [
    fixed(year, 6, 5, 'Grundlovsdag', 'Constitution Day'),
    fixed(year, 12, 24, 'Juleaftensdag', 'Christmas Eve'),
    fixed(year, 12, 31, 'Nytårsaftensdag', "New Year's Eve"),
  ];
}

/** Monday to Friday, and neither a public holiday nor a closure day. */
export function isOpeningDay(iso: string): boolean {
  return calendarDay(iso).isOpeningDay;
}

export function calendarDay(iso: string): CalendarDay {
  const { year, month } = parseIsoDate(iso);
  const weekday = isoWeekday(iso);
  const week = isoWeek(iso);
  const holiday = namedDaysOf(year).holidays.get(iso);
  const isClosureDay = namedDaysOf(year).closureDays.has(iso);
  const isWeekend = weekday >= 6;
  return {
    date: iso,
    dateKey: dateKey(iso),
    year,
    quarter: quarterOfMonth(month),
    month,
    isoYear: week.isoYear,
    isoWeek: week.week,
    weekday,
    isWeekend,
    isPublicHoliday: holiday !== undefined,
    holidayNameDa: holiday?.nameDa ?? null,
    isClosureDay,
    isOpeningDay: !isWeekend && holiday === undefined && !isClosureDay,
  };
}

interface NamedDaysOfYear {
  holidays: ReadonlyMap<string, NamedDay>;
  closureDays: ReadonlyMap<string, NamedDay>;
}

// Filling the date dimension asks for the same year's holidays hundreds of times.
const namedDaysByYear = new Map<number, NamedDaysOfYear>();

function namedDaysOf(year: number): NamedDaysOfYear {
  let named = namedDaysByYear.get(year);
  if (!named) {
    named = {
      holidays: new Map(danishPublicHolidays(year).map((d) => [d.date, d])),
      closureDays: new Map(danishClosureDays(year).map((d) => [d.date, d])),
    };
    namedDaysByYear.set(year, named);
  }
  return named;
}

function fixed(year: number, month: number, day: number, nameDa: string, nameEn: string): NamedDay {
  return { date: formatIsoDate({ year, month, day }), nameDa, nameEn };
}

function sortByDate(days: NamedDay[]): NamedDay[] {
  return [...days].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

function assertSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < HOLIDAY_YEARS.first || year > HOLIDAY_YEARS.last) {
    throw new RangeError(
      `Danish holidays are known for ${HOLIDAY_YEARS.first}–${HOLIDAY_YEARS.last}, not ${year}`,
    );
  }
}
