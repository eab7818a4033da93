/**
 * Calendar dates without a time zone, passed around as ISO strings ('YYYY-MM-DD'). All arithmetic
 * goes through UTC milliseconds, so the host's time zone and its DST shifts never leak in.
 */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface IsoWeek {
  isoYear: number;
  week: number;
}

const MILLIS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD' and rejects dates that do not exist, such as '2021-02-30'. */
export function parseIsoDate(iso: string): LocalDate {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): '${iso}'`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`No such date: '${iso}'`);
  }
  return { year, month, day };
}

export function formatIsoDate({ year, month, day }: LocalDate): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function addDays(iso: string, days: number): string {
  return fromUtcMillis(toUtcMillis(parseIsoDate(iso)) + days * MILLIS_PER_DAY);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const sundayBased = new Date(toUtcMillis(parseIsoDate(iso))).getUTCDay();
  return sundayBased === 0 ? 7 : sundayBased;
}

/** The ISO 8601 week: weeks start on Monday, and week 1 is the one holding the year's first Thursday. */
export function isoWeek(iso: string): IsoWeek {
  const thursday = parseIsoDate(addDays(iso, 4 - isoWeekday(iso)));
  const januaryFirst = toUtcMillis({ year: thursday.year, month: 1, day: 1 });
  const daysIntoYear = (toUtcMillis(thursday) - januaryFirst) / MILLIS_PER_DAY;
  return { isoYear: thursday.year, week: Math.floor(daysIntoYear / 7) + 1 };
}

/** The integer yyyymmdd the warehouse keys its date dimension by. */
export function dateKey(iso: string): number {
  return dateKeyOf(parseIsoDate(iso));
}

/**
 * The date key of a date's parts, unchecked: the stagers call it per row with parts they have
 * already validated.
 */
export function dateKeyOf({ year, month, day }: LocalDate): number {
  return year * 10_000 + month * 100 + day;
}

/** The ISO date of a date key (20240229 → '2024-02-29'); refuses a key of no date. */
export function isoFromDateKey(key: number): string {
  const iso = formatIsoDate({
    year: Math.floor(key / 10_000),
    month: Math.floor(key / 100) % 100,
    day: key % 100,
  });
  parseIsoDate(iso);
  return iso;
}

/** Every date from `fromIso` to `toIso`, both included; empty when `fromIso` is later. */
export function eachDay(fromIso: string, toIso: string): string[] {
  const last = toUtcMillis(parseIsoDate(toIso));
  const days: string[] = [];
  for (let millis = toUtcMillis(parseIsoDate(fromIso)); millis <= last; millis += MILLIS_PER_DAY) {
    days.push(fromUtcMillis(millis));
  }
  return days;
}

function toUtcMillis({ year, month, day }: LocalDate): number {
  // Not Date.UTC: it maps years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function fromUtcMillis(millis: number): string {
  const date = new Date(millis);
  return formatIsoDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
