/**
 * Daily demand forecast for one channel: a quasi-Poisson GLM (libs/evaluation's IRLS) on the
 * opening days of the last two years, with the weekday, the calendar and the season as terms,
 * a local level that follows the last weeks, and prediction intervals from the fit's
 * overdispersion plus the week-to-week drift of the level. docs/forecast.md gives the model.
 */
import { calendarDay } from '@kanalindsigt/calendar/danish-holidays';
import { addDays, eachDay, isoWeekday, parseIsoDate } from '@kanalindsigt/calendar/local-date';
import { fitGlm } from '@kanalindsigt/evaluation/glm';
import { dot, quadraticForm } from '@kanalindsigt/evaluation/linear-algebra';
import { StaffingError } from './staffing-error';

export interface DailyCount {
  date: string;
  count: number;
}

export type EventKind = 'closure' | 'intervention' | 'other';

/** A dw.annotation row: closures close the days, interventions shift the level from their start. */
export interface CalendarEvent {
  dateFrom: string;
  /** Null: one day. */
  dateTo: string | null;
  kind: EventKind;
}

export interface DailyForecastInput {
  /** Daily counts up to and including `origin`; days missing are zero. */
  history: readonly DailyCount[];
  /** The last day whose data is known; the forecast starts the day after. */
  origin: string;
  horizonDays: number;
  events?: readonly CalendarEvent[];
}

export interface ForecastDay {
  date: string;
  /** False for days the model expects closed (learned weekday, holiday, closure event). */
  isOpen: boolean;
  mean: number;
  low80: number;
  high80: number;
  low95: number;
  high95: number;
}

export interface DailyForecast {
  days: ForecastDay[];
  /** Weekdays (1 = Monday) the data shows open. */
  openWeekdays: number[];
  dispersion: number;
  fitDays: number;
}

export const MAX_HORIZON_DAYS = 56;
/** Two years: enough for the annual harmonics, short enough that old levels fade. */
const FIT_WINDOW_DAYS = 730;
/** The local level follows the last four weeks' ratio of actual to fitted. */
const LEVEL_WINDOW_DAYS = 28;
const Z80 = 1.2816;
const Z95 = 1.96;

function inEvent(event: CalendarEvent, date: string): boolean {
  return date >= event.dateFrom && date <= (event.dateTo ?? event.dateFrom);
}

interface DayFacts {
  weekday: number;
  isHoliday: boolean;
  isClosure: boolean;
  isOtherEvent: boolean;
}

function dayFacts(date: string, events: readonly CalendarEvent[]): DayFacts {
  const day = calendarDay(date);
  return {
    weekday: day.weekday,
    isHoliday: day.isPublicHoliday || day.isClosureDay,
    isClosure: events.some((e) => e.kind === 'closure' && inEvent(e, date)),
    isOtherEvent: events.some((e) => e.kind === 'other' && inEvent(e, date)),
  };
}

/** Shares of days with arrivals; a weekday or the holidays count as open when most had some. */
function learnOpening(
  days: readonly string[],
  counts: ReadonlyMap<string, number>,
  facts: ReadonlyMap<string, DayFacts>,
): { openWeekdays: Set<number>; holidaysOpen: boolean } {
  const seen = new Map<number, { open: number; all: number }>();
  let holidayOpen = 0;
  let holidayAll = 0;
  for (const date of days) {
    const fact = facts.get(date)!;
    if (fact.isClosure) continue;
    const open = (counts.get(date) ?? 0) > 0;
    if (fact.isHoliday && fact.weekday <= 5) {
      holidayAll += 1;
      if (open) holidayOpen += 1;
      continue;
    }
    const entry = seen.get(fact.weekday) ?? { open: 0, all: 0 };
    entry.all += 1;
    if (open) entry.open += 1;
    seen.set(fact.weekday, entry);
  }
  const openWeekdays = new Set<number>();
  for (const [weekday, { open, all }] of seen) if (open / all >= 0.5) openWeekdays.add(weekday);
  return { openWeekdays, holidaysOpen: holidayAll > 0 && holidayOpen / holidayAll >= 0.5 };
}

export function dailyForecast(input: DailyForecastInput): DailyForecast {
  const { origin, horizonDays } = input;
  const events = input.events ?? [];
  if (!(Number.isInteger(horizonDays) && horizonDays >= 1 && horizonDays <= MAX_HORIZON_DAYS))
    throw new StaffingError(
      'invalid-input',
      `horizonDays must be a whole number from 1 to ${MAX_HORIZON_DAYS}; got ${horizonDays}.`,
    );
  const counts = new Map<string, number>();
  for (const { date, count } of input.history) {
    if (!(Number.isFinite(count) && count >= 0))
      throw new StaffingError('invalid-input', `The count on ${date} is ${count}; counts are ≥ 0.`);
    if (date <= origin) counts.set(date, (counts.get(date) ?? 0) + count);
  }
  const firstWithData = [...counts.entries()]
    .filter(([, count]) => count > 0)
    .map(([date]) => date)
    .sort()[0];
  const future = eachDay(addDays(origin, 1), addDays(origin, horizonDays));
  if (firstWithData === undefined)
    return {
      days: future.map((date) => ({
        date,
        isOpen: false,
        mean: 0,
        low80: 0,
        high80: 0,
        low95: 0,
        high95: 0,
      })),
      openWeekdays: [],
      dispersion: 1,
      fitDays: 0,
    };
  const windowStart = [firstWithData, addDays(origin, -FIT_WINDOW_DAYS + 1)].sort()[1]!;
  const past = eachDay(windowStart, origin);
  const facts = new Map<string, DayFacts>();
  for (const date of [...past, ...future]) facts.set(date, dayFacts(date, events));
  const { openWeekdays, holidaysOpen } = learnOpening(past, counts, facts);

  const expectedOpen = (date: string) => {
    const fact = facts.get(date)!;
    return openWeekdays.has(fact.weekday) && !fact.isClosure && (holidaysOpen || !fact.isHoliday);
  };
  // The day after a closure: the previous day of an open weekday was closed by the calendar.
  const followsClosure = (date: string) => {
    for (let back = 1; back <= 7; back += 1) {
      const previous = addDays(date, -back);
      if (!openWeekdays.has(isoWeekday(previous))) continue;
      const fact = facts.get(previous) ?? dayFacts(previous, events);
      return fact.isClosure || (!holidaysOpen && fact.isHoliday);
    }
    return false;
  };

  // A zero on a day expected open is a closure the calendar does not know (a lockdown, a
  // system outage) when the channel is busy enough that zeros are otherwise unheard of.
  const openPast = past.filter(expectedOpen);
  const meanOpen = openPast.reduce((s, d) => s + (counts.get(d) ?? 0), 0) / openPast.length;
  const fitDays = openPast.filter((d) => meanOpen < 5 || (counts.get(d) ?? 0) > 0);

  const weekdays = [...openWeekdays].sort();
  const reference = weekdays[0]!;
  const interventions = events
    .filter((e) => e.kind === 'intervention')
    .map((e) => e.dateFrom)
    .filter((from) => {
      const before = fitDays.filter((d) => d < from).length;
      const after = fitDays.filter((d) => d >= from).length;
      return before >= 20 && after >= 20;
    })
    .sort();
  const spanYears = past.length / 365.25;
  const harmonics = spanYears >= 1.5 ? 2 : spanYears >= 0.9 ? 1 : 0;
  const hasOtherEvents = fitDays.some((d) => facts.get(d)!.isOtherEvent);
  const hasFollowers = fitDays.filter(followsClosure).length >= 3;
  const hasHolidayTerm = holidaysOpen && fitDays.some((d) => facts.get(d)!.isHoliday);
  const hasMonthStart = past.length >= 90;
  const hasPassportSeason = spanYears >= 0.9;
  const originTime = parseIsoDate(origin);
  const originDay = Date.UTC(originTime.year, originTime.month - 1, originTime.day);

  const columnNames = [
    'intercept',
    ...weekdays.filter((w) => w !== reference).map((w) => `weekday ${w}`),
    'trend (years)',
    ...Array.from({ length: harmonics }, (_, k) => [`sin ${k + 1}`, `cos ${k + 1}`]).flat(),
    ...(hasMonthStart ? ['month start'] : []),
    ...(hasPassportSeason ? ['passport season'] : []),
    ...(hasFollowers ? ['day after closure'] : []),
    ...(hasHolidayTerm ? ['holiday'] : []),
    ...(hasOtherEvents ? ['event'] : []),
    ...interventions.map((from) => `level from ${from}`),
  ];
  const row = (date: string): number[] => {
    const fact = facts.get(date) ?? dayFacts(date, events);
    const { year, month, day } = parseIsoDate(date);
    const elapsed = (Date.UTC(year, month - 1, day) - originDay) / 86_400_000;
    const yearAngle = (2 * Math.PI * dayOfYear(year, month, day)) / 365.25;
    return [
      1,
      ...weekdays.filter((w) => w !== reference).map((w) => (fact.weekday === w ? 1 : 0)),
      elapsed / 365.25,
      ...Array.from({ length: harmonics }, (_, k) => [
        Math.sin((k + 1) * yearAngle),
        Math.cos((k + 1) * yearAngle),
      ]).flat(),
      ...(hasMonthStart ? [day <= 3 ? 1 : 0] : []),
      // Passports expire in waves before the summer holidays: March to June.
      ...(hasPassportSeason ? [month >= 3 && month <= 6 ? 1 : 0] : []),
      ...(hasFollowers ? [followsClosure(date) ? 1 : 0] : []),
      ...(hasHolidayTerm ? [fact.isHoliday ? 1 : 0] : []),
      ...(hasOtherEvents ? [fact.isOtherEvent ? 1 : 0] : []),
      ...interventions.map((from) => (date >= from ? 1 : 0)),
    ];
  };

  const x = fitDays.map(row);
  const y = fitDays.map((d) => counts.get(d) ?? 0);
  const fit = fitGlm({ family: 'quasipoisson', x, y, columnNames });

  // Local level: the last weeks' actual over fitted, shrunk towards 1 by the Poisson noise.
  const recent = fitDays
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d > addDays(origin, -LEVEL_WINDOW_DAYS));
  const recentActual = recent.reduce((s, { i }) => s + y[i]!, 0);
  const recentFitted = recent.reduce((s, { i }) => s + fit.fitted[i]!, 0);
  const levelWeight = recentFitted / (recentFitted + 50 * fit.dispersion);
  const level =
    recentFitted > 0 ? Math.exp(levelWeight * Math.log((recentActual + 0.5) / recentFitted)) : 1;

  // The drift of the level beyond the day-to-day noise: variance of weekly log ratios.
  const drift = weeklyDriftVariance(fitDays, y, fit.fitted, fit.dispersion);

  const days = future.map((date): ForecastDay => {
    if (!expectedOpen(date))
      return { date, isOpen: false, mean: 0, low80: 0, high80: 0, low95: 0, high95: 0 };
    const xf = row(date);
    const mean = Math.exp(dot(xf, fit.coefficients)) * level;
    const horizon = Math.max(1, daysBetween(origin, date) / 7);
    const logVariance = quadraticForm(fit.covariance, xf) + drift * (1 + horizon / 4);
    const sd = Math.sqrt(fit.dispersion * mean + mean * mean * logVariance);
    const band = (z: number) => [Math.max(0, mean - z * sd), mean + z * sd] as const;
    const [low80, high80] = band(Z80);
    const [low95, high95] = band(Z95);
    return { date, isOpen: true, mean, low80, high80, low95, high95 };
  });
  return { days, openWeekdays: weekdays, dispersion: fit.dispersion, fitDays: fitDays.length };
}

function dayOfYear(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
}

function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

function weeklyDriftVariance(
  days: readonly string[],
  y: readonly number[],
  fitted: readonly number[],
  dispersion: number,
): number {
  const weeks = new Map<string, { actual: number; fitted: number }>();
  days.forEach((date, i) => {
    const monday = addDays(date, 1 - isoWeekday(date));
    const week = weeks.get(monday) ?? { actual: 0, fitted: 0 };
    week.actual += y[i]!;
    week.fitted += fitted[i]!;
    weeks.set(monday, week);
  });
  const ratios = [...weeks.values()].filter((w) => w.fitted > 0);
  if (ratios.length < 4) return 0;
  const logs = ratios.map((w) => Math.log((w.actual + 0.5) / (w.fitted + 0.5)));
  const mean = logs.reduce((s, v) => s + v, 0) / logs.length;
  const variance = logs.reduce((s, v) => s + (v - mean) ** 2, 0) / (logs.length - 1);
  // Remove what the weekly sums' own Poisson-type noise explains (≈ φ / weekly total).
  const noise = ratios.reduce((s, w) => s + dispersion / Math.max(w.fitted, 1), 0) / ratios.length;
  return Math.max(0, variance - noise);
}
