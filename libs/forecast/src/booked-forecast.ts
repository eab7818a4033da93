/**
 * Forecast of booked visits: the appointments already booked at the forecast date, plus those
 * still to be booked (pickup), times the share of bookings that are attended. Only bookings made
 * on or before the origin are used, and their later fate (cancelled, no-show) is not: the rates
 * come from slot days already past at the origin.
 */
import { addDays } from '@kanalindsigt/calendar/local-date';
import {
  dailyForecast,
  MAX_HORIZON_DAYS,
  type CalendarEvent,
  type DailyForecast,
  type ForecastDay,
} from './daily-forecast';
import { StaffingError } from './staffing-error';

export type BookingStatus = 'booked' | 'attended' | 'no_show' | 'cancelled' | 'rescheduled';

/** Bookings per slot day, day they were made and status (dw.fact_booking, aggregated). */
export interface BookingCount {
  slotDate: string;
  bookedDate: string;
  status: BookingStatus;
  count: number;
}

export interface BookedForecastDay extends ForecastDay {
  /** Bookings for the day made by the origin, whatever became of them later. */
  knownBookings: number;
  /** Bookings expected to be made between the origin and the day. */
  expectedFurtherBookings: number;
}

export interface BookedForecast extends Pick<DailyForecast, 'openWeekdays'> {
  days: BookedForecastDay[];
  /** no_show / (attended + no_show) over the recent past slot days. */
  noShowRate: number;
  /** (attended + no_show) / bookings made: the share not cancelled or moved. */
  keptRate: number;
}

/** Rates and pickup from the slot days of the last twelve weeks before the origin. */
const RATE_WINDOW_DAYS = 84;

export function bookedForecast(input: {
  bookings: readonly BookingCount[];
  origin: string;
  horizonDays: number;
  events?: readonly CalendarEvent[];
}): BookedForecast {
  const { origin, horizonDays } = input;
  if (!(Number.isInteger(horizonDays) && horizonDays >= 1 && horizonDays <= MAX_HORIZON_DAYS))
    throw new StaffingError(
      'invalid-input',
      `horizonDays must be a whole number from 1 to ${MAX_HORIZON_DAYS}; got ${horizonDays}.`,
    );
  // What was known at the end of the origin day: nothing booked later.
  const known = input.bookings.filter((b) => b.bookedDate <= origin);
  const madePerSlotDay = new Map<string, number>();
  const knownFuture = new Map<string, number>();
  const rateFrom = addDays(origin, -RATE_WINDOW_DAYS);
  let attended = 0;
  let noShow = 0;
  let madeInWindow = 0;
  const leadCounts = new Array<number>(MAX_HORIZON_DAYS + 2).fill(0);
  for (const b of known) {
    if (!(Number.isFinite(b.count) && b.count >= 0))
      throw new StaffingError(
        'invalid-input',
        `The booking count for ${b.slotDate} is ${b.count}; counts are ≥ 0.`,
      );
    if (b.slotDate > origin) {
      knownFuture.set(b.slotDate, (knownFuture.get(b.slotDate) ?? 0) + b.count);
      continue;
    }
    madePerSlotDay.set(b.slotDate, (madePerSlotDay.get(b.slotDate) ?? 0) + b.count);
    if (b.slotDate <= rateFrom) continue;
    madeInWindow += b.count;
    if (b.status === 'attended') attended += b.count;
    if (b.status === 'no_show') noShow += b.count;
    const lead = Math.max(0, (Date.parse(b.slotDate) - Date.parse(b.bookedDate)) / 86_400_000);
    leadCounts[Math.min(lead, MAX_HORIZON_DAYS + 1)]! += b.count;
  }
  const noShowRate = attended + noShow > 0 ? noShow / (attended + noShow) : 0;
  const keptRate = madeInWindow > 0 ? (attended + noShow) / madeInWindow : 1;
  const attendance = keptRate * (1 - noShowRate);
  // stillToCome[L]: the share of a slot day's bookings made less than L days before it.
  const stillToCome = leadCounts.map((_, lead) =>
    madeInWindow > 0
      ? leadCounts.slice(0, lead).reduce((sum, count) => sum + count, 0) / madeInWindow
      : 1,
  );

  const made = dailyForecast({
    history: [...madePerSlotDay].map(([date, count]) => ({ date, count })),
    origin,
    horizonDays,
    events: input.events ?? [],
  });
  const days = made.days.map((day, i): BookedForecastDay => {
    const lead = i + 1;
    const knownBookings = knownFuture.get(day.date) ?? 0;
    const share = stillToCome[Math.min(lead, stillToCome.length - 1)]!;
    const expectedFurtherBookings = day.mean * share;
    const mean = (knownBookings + expectedFurtherBookings) * attendance;
    // Binomial spread of who of the known bookings turns up, and the uncertain pickup.
    const pickupSd = ((day.high95 - day.mean) / 1.96) * share * attendance;
    const sd = Math.sqrt(knownBookings * attendance * (1 - attendance) + pickupSd ** 2);
    const band = (z: number) => [Math.max(0, mean - z * sd), mean + z * sd] as const;
    const [low80, high80] = band(1.2816);
    const [low95, high95] = band(1.96);
    return {
      date: day.date,
      isOpen: day.isOpen || knownBookings > 0,
      mean,
      low80,
      high80,
      low95,
      high95,
      knownBookings,
      expectedFurtherBookings,
    };
  });
  return { days, openWeekdays: made.openWeekdays, noShowRate, keptRate };
}
