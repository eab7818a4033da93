export type CalendarWeek<T> = {
  /** ISO week number. */
  week: number;
  /** Monday … Sunday; null for days outside the month or the period. */
  days: (T | null)[];
};

export type CalendarMonth<T> = { month: string; weeks: CalendarWeek<T>[] };

function utcDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return ((utcDate(date).getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601 week number: the week holding the year's first Thursday is week 1. */
export function isoWeek(date: string): number {
  const day = utcDate(date);
  // The Thursday of the date's week decides the week's year.
  day.setUTCDate(day.getUTCDate() + 4 - isoWeekday(date));
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  return Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/**
 * Lays the days out as a calendar: one grid per month, a row per (ISO) week, a column per
 * weekday. Days are taken in date order; months without days are left out.
 */
export function buildCalendarMonths<T extends { date: string }>(
  days: readonly T[],
): CalendarMonth<T>[] {
  const months: CalendarMonth<T>[] = [];
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const month = day.date.slice(0, 7);
    let current = months.at(-1);
    if (current?.month !== month) {
      current = { month, weeks: [] };
      months.push(current);
    }
    const number = isoWeek(day.date);
    let week = current.weeks.at(-1);
    // Within a month a week number never comes back, so a new number is a new row.
    if (week?.week !== number) {
      week = { week: number, days: Array<T | null>(7).fill(null) };
      current.weeks.push(week);
    }
    week.days[isoWeekday(day.date) - 1] = day;
  }
  return months;
}
