import {
  copenhagenWallClockToUtc,
  toCopenhagenWallClock,
  type CopenhagenWallClock,
} from '@kanalindsigt/calendar/copenhagen-time';
import { daysInMonth } from '@kanalindsigt/calendar/local-date';

export type WallClock = Pick<
  CopenhagenWallClock,
  'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'
>;

export type ParsedTimestamp =
  { ok: true; utcMillis: number; wallClock: WallClock } | { ok: false; reason: string };

/** Digits per token; a two-digit year is placed in the century its pivot says (see compileWallClockParser). */
const TOKENS: Record<string, { field: keyof WallClock; minDigits: number; maxDigits: number }> = {
  yyyy: { field: 'year', minDigits: 4, maxDigits: 4 },
  yy: { field: 'year', minDigits: 2, maxDigits: 2 },
  MM: { field: 'month', minDigits: 1, maxDigits: 2 },
  dd: { field: 'day', minDigits: 1, maxDigits: 2 },
  HH: { field: 'hour', minDigits: 1, maxDigits: 2 },
  mm: { field: 'minute', minDigits: 2, maxDigits: 2 },
  ss: { field: 'second', minDigits: 2, maxDigits: 2 },
};

type Step =
  | { field: keyof WallClock; minDigits: number; maxDigits: number }
  | { literal: number; optionalFromHere: boolean };

/**
 * Compiles a pattern such as `dd-MM-yyyy HH:mm:ss` or `dd.MM.yyyy` into a parser of wall-clock
 * text. It walks the characters rather than matching a regular expression: it runs for every
 * timestamp of every row.
 */
export function compileWallClockParser(
  format: string,
  noun = 'date and time',
  /** A two-digit year is read as the year of the hundred from this one (1970 → 1970–2069). */
  twoDigitYearFrom = 2000,
): (text: string) => { ok: true; wallClock: WallClock } | { ok: false; reason: string } {
  const steps: Step[] = [];
  const twoDigitYear = /(^|[^y])yy([^y]|$)/.test(format);
  for (let i = 0; i < format.length;) {
    const token = Object.keys(TOKENS).find((t) => format.startsWith(t, i));
    if (token) {
      steps.push(TOKENS[token]!);
      i += token.length;
    } else {
      // Seconds are optional in the input when the pattern ends in `:ss`.
      const optionalFromHere = format.slice(i) === ':ss';
      steps.push({ literal: format.charCodeAt(i), optionalFromHere });
      i += 1;
    }
  }
  const refused = { ok: false, reason: `is not a ${noun} of the form ${format}` } as const;
  const invalid =
    noun === 'time of day' ? 'is not a valid time of day' : 'is not a valid calendar date and time';

  return (input) => {
    const text = input.trim();
    const clock: WallClock = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
    let at = 0;
    for (const step of steps) {
      if ('literal' in step) {
        if (step.optionalFromHere && at === text.length) break;
        if (text.charCodeAt(at) !== step.literal) return refused;
        at += 1;
        continue;
      }
      let value = 0;
      let digits = 0;
      while (digits < step.maxDigits) {
        const digit = text.charCodeAt(at) - 48;
        if (!(digit >= 0 && digit <= 9)) break;
        value = value * 10 + digit;
        digits += 1;
        at += 1;
      }
      if (digits < step.minDigits) return refused;
      clock[step.field] = value;
    }
    if (at !== text.length) return refused;
    if (twoDigitYear) {
      const century = twoDigitYearFrom - (twoDigitYearFrom % 100);
      clock.year += clock.year < twoDigitYearFrom % 100 ? century + 100 : century;
    }
    if (!isValidWallClock(clock)) return { ok: false, reason: invalid };
    return { ok: true, wallClock: clock };
  };
}

/**
 * Compiles a timestamp parser for text in the given zone. The result is the instant and its
 * Copenhagen wall clock (the calendar the warehouse's date and time keys use).
 */
export function compileTimestampParser(
  format: string,
  timeZone = 'Europe/Copenhagen',
  twoDigitYearFrom?: number,
): (text: string) => ParsedTimestamp {
  const parseWallClock = compileWallClockParser(format, undefined, twoDigitYearFrom);
  return (text) => {
    const parsed = parseWallClock(text);
    return parsed.ok ? wallClockToInstant(parsed.wallClock, timeZone) : parsed;
  };
}

/** The instant a wall-clock time in the given zone stands for, if it exists and is unambiguous. */
export function wallClockToInstant(clock: WallClock, timeZone: string): ParsedTimestamp {
  try {
    return toInstant(clock, timeZone);
  } catch (error) {
    // The Copenhagen rules are only defined for the years the calendar library covers.
    if (error instanceof RangeError)
      return { ok: false, reason: `is outside the years that can be placed in Copenhagen time` };
    throw error;
  }
}

function toInstant(clock: WallClock, timeZone: string): ParsedTimestamp {
  if (timeZone !== 'Europe/Copenhagen') {
    const asUtc = Date.UTC(
      clock.year,
      clock.month - 1,
      clock.day,
      clock.hour,
      clock.minute,
      clock.second,
    );
    if (timeZone === 'UTC') return instantOf(asUtc);
    return zoneWallClockToInstant(asUtc, timeZone);
  }
  const converted = copenhagenWallClockToUtc(
    clock.year,
    clock.month,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
  );
  if (converted.kind === 'gap') {
    return {
      ok: false,
      reason: 'does not exist in Copenhagen time (clocks jump from 02:00 to 03:00 that night)',
    };
  }
  if (converted.kind === 'ambiguous') {
    return {
      ok: false,
      reason: 'occurs twice in Copenhagen time (clocks go back from 03:00 to 02:00 that night)',
    };
  }
  return { ok: true, utcMillis: converted.utcMillis, wallClock: clock };
}

function isValidWallClock(c: WallClock): boolean {
  if (c.month < 1 || c.month > 12 || c.day < 1 || c.hour > 23 || c.minute > 59 || c.second > 59)
    return false;
  return c.day <= daysInMonth(c.year, c.month);
}

function instantOf(utcMillis: number): ParsedTimestamp {
  return { ok: true, utcMillis, wallClock: toCopenhagenWallClock(utcMillis) };
}

/** True when the text is a time zone the runtime's tz database knows (`Asia/Jerusalem`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const HOUR_MILLIS = 3_600_000;

/**
 * Offsets of other zones than Copenhagen, by zone and UTC quarter hour: Intl is slow, a file's
 * times cluster in few hours, and zones change their offset on a whole quarter hour, so the offset
 * at the start of a quarter hour holds for all of it.
 */
const offsetCache = new Map<string, Map<number, number>>();
const formatters = new Map<string, Intl.DateTimeFormat>();
const QUARTER_HOUR_MILLIS = 900_000;

function offsetMillis(utcMillis: number, timeZone: string): number {
  let byQuarter = offsetCache.get(timeZone);
  if (!byQuarter) offsetCache.set(timeZone, (byQuarter = new Map()));
  const quarter = Math.floor(utcMillis / QUARTER_HOUR_MILLIS);
  let offset = byQuarter.get(quarter);
  if (offset === undefined) {
    let format = formatters.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      formatters.set(timeZone, format);
    }
    const start = quarter * QUARTER_HOUR_MILLIS;
    const part = (type: Intl.DateTimeFormatPartTypes) =>
      Number(format.formatToParts(start).find((p) => p.type === type)?.value ?? 0);
    const local = Date.UTC(
      part('year'),
      part('month') - 1,
      part('day'),
      part('hour'),
      part('minute'),
      part('second'),
    );
    offset = local - start;
    byQuarter.set(quarter, offset);
  }
  return offset;
}

/**
 * The instant of a wall-clock time (given as if it were UTC) in any tz-database zone. The offsets
 * half a day either side are the only ones the time can have; each that maps back to the same
 * wall clock is a reading, so none is a gap in the clocks and two a repeated hour — refused, as
 * in Copenhagen time, rather than guessed.
 */
function zoneWallClockToInstant(asUtc: number, timeZone: string): ParsedTimestamp {
  const offsets = new Set([
    offsetMillis(asUtc - 12 * HOUR_MILLIS, timeZone),
    offsetMillis(asUtc + 12 * HOUR_MILLIS, timeZone),
  ]);
  const readings = [...offsets]
    .map((offset) => asUtc - offset)
    .filter((utc) => offsetMillis(utc, timeZone) === asUtc - utc);
  if (readings.length === 0)
    return {
      ok: false,
      reason: `does not exist in ${timeZone} time (the clocks jump forward that night)`,
    };
  if (readings.length > 1)
    return {
      ok: false,
      reason: `occurs twice in ${timeZone} time (the clocks go back that night)`,
    };
  return instantOf(readings[0]!);
}
