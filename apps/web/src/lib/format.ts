/**
 * Locale-aware formatting for the dashboard. Everything goes through Intl so Danish gets
 * "1.234,5" and "jan. 2024" while English (British) gets "1,234.5" and "Jan 2024".
 * Dates from the API are plain calendar strings ('YYYY-MM-DD', 'YYYY-MM'); they are formatted in
 * UTC so the viewer's time zone can never shift them by a day.
 */

export type Language = 'da' | 'en';

export const LANGUAGES: readonly Language[] = ['da', 'en'];

export const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return value === 'da' || value === 'en';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(language: Language, minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${language}|${minDigits}|${maxDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** A number with up to `maxFractionDigits` decimals: 1234.5 → "1.234,5" (da) / "1,234.5" (en). */
export function formatNumber(value: number, language: Language, maxFractionDigits = 1): string {
  return numberFormat(language, 0, maxFractionDigits).format(value);
}

/** A whole number with grouping: 1234 → "1.234" (da) / "1,234" (en). */
export function formatInteger(value: number, language: Language): string {
  return numberFormat(language, 0, 0).format(value);
}

/** A number with exactly `fractionDigits` decimals: 12.5 → "12,5", 3 → "3,0" (da). */
export function formatDecimal(value: number, language: Language, fractionDigits = 1): string {
  return numberFormat(language, fractionDigits, fractionDigits).format(value);
}

function parseMonth(month: string): Date {
  const match = /^(\d{4})-(\d{2})/.exec(month);
  if (!match) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

function parseDate(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** 'YYYY-MM' → "jan. 2024" / "Jan 2024" (short) or "januar 2024" / "January 2024" (long). */
export function formatMonth(
  month: string,
  language: Language,
  style: 'short' | 'long' = 'short',
): string {
  return dateFormat(language, { month: style, year: 'numeric' }).format(parseMonth(month));
}

/** 'YYYY-MM-DD' → "31. okt. 2026" / "31 Oct 2026". */
export function formatDate(date: string, language: Language): string {
  return dateFormat(language, { day: 'numeric', month: 'short', year: 'numeric' }).format(
    parseDate(date),
  );
}

/** ISO weekday (1 = Monday … 7 = Sunday) → "Mandag" / "Monday". */
export function formatWeekday(weekday: number, language: Language): string {
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
    throw new RangeError(`Not an ISO weekday (1-7): ${weekday}`);
  }
  // 1 January 2024 was a Monday.
  const name = dateFormat(language, { weekday: 'long' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
  return name.charAt(0).toLocaleUpperCase(LOCALES[language]) + name.slice(1);
}

/** Hour of the day (0-23), optionally with minutes, as a clock time: 8 → "08.00" (da) / "08:00" (en). */
export function formatHour(hour: number, language: Language, minute = 0): string {
  return dateFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(Date.UTC(1970, 0, 1, hour, minute)),
  );
}

/**
 * A series period as the API names it → its label: 'YYYY-MM-DD' a date, 'YYYY-MM' a month,
 * 'YYYY-Qn' a quarter ("3. kvt. 2026" / "Q3 2026"), 'YYYY-Www' an ISO week ("uge 7 2026" /
 * "week 7 2026"), 'YYYY' a year.
 */
export function formatPeriod(period: string, language: Language): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return formatDate(period, language);
  if (/^\d{4}-\d{2}$/.test(period)) return formatMonth(period, language);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter)
    return language === 'da' ? `${quarter[2]}. kvt. ${quarter[1]}` : `Q${quarter[2]} ${quarter[1]}`;
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) return `${language === 'da' ? 'uge' : 'week'} ${Number(week[2])} ${week[1]}`;
  return period;
}

/**
 * The calendar day in Copenhagen of an instant (an ISO timestamp from the API, or now), as
 * 'YYYY-MM-DD' (Swedish formatting happens to be ISO).
 */
export function copenhagenDate(instant: Date | string = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(typeof instant === 'string' ? new Date(instant) : instant);
}
