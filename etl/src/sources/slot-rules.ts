import { dateKeyOf } from '@kanalindsigt/calendar/local-date';
import { DATE_DIMENSION_YEARS } from '@kanalindsigt/warehouse/reference/dimensions';
import type { WallClock } from './date-time-format';

const MAX_SLOT_SECONDS = 8 * 3600;

/**
 * Rules a booking-calendar slot keeps, for the booked slot of a booking and an offered slot alike;
 * each returns the reason a value breaks its rule, or null.
 *
 * The length: over zero, at most a working day, in whole minutes (the facts store minutes).
 */
export function slotLengthProblem(seconds: number): string | null {
  if (seconds <= 0) return 'is not above zero';
  if (seconds > MAX_SLOT_SECONDS) return 'is longer than 8 hours';
  if (seconds % 60 !== 0) return 'is not a whole number of minutes';
  return null;
}

/** The start: in the warehouse's years. */
export function slotYearProblem({ year }: WallClock): string | null {
  return year < DATE_DIMENSION_YEARS.first || year > DATE_DIMENSION_YEARS.last
    ? `is outside the years the warehouse covers (${DATE_DIMENSION_YEARS.first}–${DATE_DIMENSION_YEARS.last})`
    : null;
}

/** The day and quarter hour keys of a slot's Copenhagen wall-clock start. */
export function slotKeys(local: WallClock): { dateKey: number; timeKey: number } {
  return {
    dateKey: dateKeyOf(local),
    timeKey: local.hour * 4 + Math.floor(local.minute / 15),
  };
}
