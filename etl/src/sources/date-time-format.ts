import {
  copenhagenWallClockToUtc,
  toCopenhagenWallClock,
  type CopenhagenWallClock,
} from '@kanalindsigt/calendar/copenhagen-time';

export type WallClock = Pick<
  CopenhagenWallClock,
  'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'
>;

export type ParsedTimestamp =
  { ok: true; utcMillis: number; wallClock: WallClock } | { ok: false; reason: string };

const TOKENS: Record<string, { pattern: string; field: keyof WallClock }> = {
  yyyy: { pattern: '(\\d{4})', field: 'year' },
  // Two-digit years are read as 2000–2099: contact data older than 2000 is not loaded.
  yy: { pattern: '(\\d{2})', field: 'year' },
  MM: { pattern: '(\\d{1,2})', field: 'month' },
  dd: { pattern: '(\\d{1,2})', field: 'day' },
  HH: { pattern: '(\\d{1,2})', field: 'hour' },
  mm: { pattern: '(\\d{2})', field: 'minute' },
  ss: { pattern: '(\\d{2})', field: 'second' },
};

/** Compiles a pattern such as `dd-MM-yyyy HH:mm:ss` or `dd.MM.yyyy` into a parser of wall-clock text. */
export function compileWallClockParser(
  format: string,
  noun = 'date and time',
): (text: string) => { ok: true; wallClock: WallClock } | { ok: false; reason: string } {
  const fields: (keyof WallClock)[] = [];
  let source = '';
  let twoDigitYear = false;
  for (let i = 0; i < format.length;) {
    const token = Object.keys(TOKENS).find((t) => format.startsWith(t, i));
    if (token) {
      const spec = TOKENS[token]!;
      if (token === 'yy') twoDigitYear = true;
      fields.push(spec.field);
      source += spec.pattern;
      i += token.length;
    } else {
      source += format[i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i += 1;
    }
  }
  // Seconds are optional in the input when the pattern ends in `:ss`.
  source = source.replace(/:\(\\d\{2\}\)$/, '(?::(\\d{2}))?');
  const expression = new RegExp(`^${source}$`);
  const invalid =
    noun === 'time of day' ? 'is not a valid time of day' : 'is not a valid calendar date and time';

  return (text) => {
    const match = expression.exec(text.trim());
    if (!match) return { ok: false, reason: `is not a ${noun} of the form ${format}` };
    const clock: WallClock = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
    fields.forEach((field, index) => {
      clock[field] = Number(match[index + 1] ?? 0);
    });
    if (twoDigitYear) clock.year += 2000;
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
  timeZone: 'Europe/Copenhagen' | 'UTC' = 'Europe/Copenhagen',
): (text: string) => ParsedTimestamp {
  const parseWallClock = compileWallClockParser(format);
  return (text) => {
    const parsed = parseWallClock(text);
    return parsed.ok ? wallClockToInstant(parsed.wallClock, timeZone) : parsed;
  };
}

/** The instant a wall-clock time in the given zone stands for, if it exists and is unambiguous. */
export function wallClockToInstant(
  clock: WallClock,
  timeZone: 'Europe/Copenhagen' | 'UTC',
): ParsedTimestamp {
  try {
    return toInstant(clock, timeZone);
  } catch (error) {
    // The Copenhagen rules are only defined for the years the calendar library covers.
    if (error instanceof RangeError)
      return { ok: false, reason: `is outside the years that can be placed in Copenhagen time` };
    throw error;
  }
}

function toInstant(clock: WallClock, timeZone: 'Europe/Copenhagen' | 'UTC'): ParsedTimestamp {
  if (timeZone === 'UTC') {
    const utcMillis = Date.UTC(
      clock.year,
      clock.month - 1,
      clock.day,
      clock.hour,
      clock.minute,
      clock.second,
    );
    return { ok: true, utcMillis, wallClock: toCopenhagenWallClock(utcMillis) };
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
  const daysInMonth = new Date(Date.UTC(c.year, c.month, 0)).getUTCDate();
  return c.day <= daysInMonth;
}
