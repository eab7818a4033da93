import { daysInMonth } from './local-date';

/**
 * Europe/Copenhagen wall-clock time ⇄ UTC by the EU summer-time rule, without Intl: the ETL
 * converts millions of timestamps and Intl.DateTimeFormat is orders of magnitude slower.
 *
 * CET (UTC+1) in winter, CEST (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday
 * of October 01:00 UTC. The rule holds from 1996; from 1981 to 1995 summer time ended on the last
 * Sunday of September (Denmark's first summer time of this era, 1980, began on another rule).
 */
export type CopenhagenOffsetMinutes = 60 | 120;

export type WallClockToUtc =
  | { kind: 'ok'; utcMillis: number }
  /** The clocks jumped from 02:00 to 03:00, so this wall-clock time never happened. */
  | { kind: 'gap' }
  /** The clocks went back from 03:00 to 02:00, so this wall-clock time happened twice. */
  | { kind: 'ambiguous'; earlierUtcMillis: number; laterUtcMillis: number };

export interface CopenhagenWallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  isoDate: string;
}

export const COPENHAGEN_TIME_YEARS = { first: 1981, last: 2100 } as const;

/** The first year summer time ended in October, as the EU rule has it since. */
const OCTOBER_END_FROM = 1996;

const MILLIS_PER_MINUTE = 60_000;
const MILLIS_PER_HOUR = 3_600_000;
const MILLIS_PER_DAY = 86_400_000;

export function copenhagenOffsetMinutes(utcMillis: number): CopenhagenOffsetMinutes {
  if (!Number.isFinite(utcMillis)) throw new RangeError(`Not a UTC instant: ${utcMillis}`);
  const { summerStartUtc, summerEndUtc } = transitionsOf(
    yearOfEpochDay(Math.floor(utcMillis / MILLIS_PER_DAY)),
  );
  return utcMillis >= summerStartUtc && utcMillis < summerEndUtc ? 120 : 60;
}

export function copenhagenWallClockToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second = 0,
): WallClockToUtc {
  assertWallClock(year, month, day, hour, minute, second);
  const wallClockAsUtc =
    epochDayOf(year, month, day) * MILLIS_PER_DAY +
    hour * MILLIS_PER_HOUR +
    minute * MILLIS_PER_MINUTE +
    second * 1000;
  const ifSummer = wallClockAsUtc - 120 * MILLIS_PER_MINUTE;
  const ifWinter = wallClockAsUtc - 60 * MILLIS_PER_MINUTE;
  const summerFits = copenhagenOffsetMinutes(ifSummer) === 120;
  const winterFits = copenhagenOffsetMinutes(ifWinter) === 60;
  if (summerFits && winterFits) {
    return { kind: 'ambiguous', earlierUtcMillis: ifSummer, laterUtcMillis: ifWinter };
  }
  if (summerFits) return { kind: 'ok', utcMillis: ifSummer };
  if (winterFits) return { kind: 'ok', utcMillis: ifWinter };
  return { kind: 'gap' };
}

/** Sub-second precision is dropped: `second` is truncated. */
export function toCopenhagenWallClock(utcMillis: number): CopenhagenWallClock {
  const localMillis = utcMillis + copenhagenOffsetMinutes(utcMillis) * MILLIS_PER_MINUTE;
  const epochDay = Math.floor(localMillis / MILLIS_PER_DAY);
  const millisOfDay = localMillis - epochDay * MILLIS_PER_DAY;
  const { year, month, day, weekday, isoDate } = dayOf(epochDay);
  return {
    year,
    month,
    day,
    hour: Math.floor(millisOfDay / MILLIS_PER_HOUR),
    minute: Math.floor((millisOfDay % MILLIS_PER_HOUR) / MILLIS_PER_MINUTE),
    second: Math.floor((millisOfDay % MILLIS_PER_MINUTE) / 1000),
    weekday,
    isoDate,
  };
}

type CalendarDay = Pick<CopenhagenWallClock, 'year' | 'month' | 'day' | 'weekday' | 'isoDate'>;

/**
 * The calendar day of an epoch day, remembered for the last day asked: the ETL converts millions of
 * timestamps in time order, nearly all on the same day as the one before.
 */
let lastDay: { epochDay: number; calendar: CalendarDay } | undefined;

function dayOf(epochDay: number): CalendarDay {
  if (lastDay?.epochDay !== epochDay) {
    const { year, month, day } = civilOfEpochDay(epochDay);
    lastDay = {
      epochDay,
      calendar: {
        year,
        month,
        day,
        // 1970-01-01 (epoch day 0) was a Thursday.
        weekday: ((((epochDay + 3) % 7) + 7) % 7) + 1,
        isoDate: `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`,
      },
    };
  }
  return lastDay.calendar;
}

interface Transitions {
  summerStartUtc: number;
  summerEndUtc: number;
}

const transitionsByYear = new Map<number, Transitions>();

function transitionsOf(year: number): Transitions {
  let transitions = transitionsByYear.get(year);
  if (!transitions) {
    if (year < COPENHAGEN_TIME_YEARS.first || year > COPENHAGEN_TIME_YEARS.last) {
      throw new RangeError(
        `Copenhagen time is supported for ${COPENHAGEN_TIME_YEARS.first}–${COPENHAGEN_TIME_YEARS.last}, not ${year}`,
      );
    }
    transitions = {
      summerStartUtc: lastSundayEpochDay(year, 3) * MILLIS_PER_DAY + MILLIS_PER_HOUR,
      summerEndUtc:
        lastSundayEpochDay(year, year < OCTOBER_END_FROM ? 9 : 10) * MILLIS_PER_DAY +
        MILLIS_PER_HOUR,
    };
    transitionsByYear.set(year, transitions);
  }
  return transitions;
}

function lastSundayEpochDay(year: number, month: 3 | 9 | 10): number {
  const lastDay = epochDayOf(year, month, daysInMonth(year, month));
  // 0 = Sunday, counted from epoch day 0, a Thursday.
  const sundayBasedWeekday = (((lastDay + 4) % 7) + 7) % 7;
  return lastDay - sundayBasedWeekday;
}

// Civil-date ⇄ day-count conversions by Howard Hinnant's algorithms
// (https://howardhinnant.github.io/date_algorithms.html): integer arithmetic only, no Date objects.

function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilOfEpochDay(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function yearOfEpochDay(epochDay: number): number {
  return dayOf(epochDay).year;
}

function assertWallClock(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): void {
  const valid =
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    Number.isInteger(hour) &&
    Number.isInteger(minute) &&
    Number.isInteger(second) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59;
  if (!valid) {
    throw new RangeError(
      `No such wall-clock time: ${year}-${month}-${day} ${hour}:${minute}:${second}`,
    );
  }
}
