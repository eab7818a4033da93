/**
 * Writes the booking system's calendar export: one row per slot a calendar offers, booked or not
 * (`Kalender;Dato;Starttid;Varighed;Ydelse;Lokation`, `;`-separated, Danish dates, UTF-8 with BOM,
 * CRLF, one file per year like the appointment export). A calendar is one bookable counter; its
 * quarter-hour slots span the opening hours and are open to every service (`Ydelse` empty).
 *
 * The calendars are set up a month at a time for the month's expected bookings at the average
 * day's busiest quarter hour, with headroom, so a quiet day or hour leaves more slots unbooked.
 * Before mandatory booking (2020-12-01) few citizens book and one or two calendars suffice; after
 * it most counter time is bookable. Every booking that holds its slot (attended or no-show) has
 * one: where the day's bookings at a quarter hour outnumber the planned calendars, the extra slots
 * are offered too, as a manager opens another counter's calendar. Deterministic by seed, as the
 * bookings it is consistent with.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { isOpeningDay } from '@kanalindsigt/calendar/danish-holidays';
import { daysInMonth, eachDay } from '@kanalindsigt/calendar/local-date';
import {
  danishDate,
  daysByYear,
  LOCATION,
  quarterHourSlots,
  simulateBookingDay,
  SLOT_MINUTES,
  type BookingSimulation,
} from './booking-export';
import type { WrittenExport } from './frontdesk-export';
import { dayDemand } from './visit-demand';

export const BOOKING_SLOT_COLUMNS = [
  'Kalender',
  'Dato',
  'Starttid',
  'Varighed',
  'Ydelse',
  'Lokation',
] as const;

/** Offered slots over the expected bookings at the planned quarter hour. */
export const CALENDAR_HEADROOM = 1.3;
/** A no-show holds the slot as an attended booking does (about 7 % of the bookings kept). */
const SLOTS_HELD_PER_ATTENDED = 1.08;

/** The calendars' names as the booking system shows them. */
export const calendarName = (n: number) => `Tidsbestilling ${n}`;

export interface OfferedSlot {
  calendar: number;
  date: string;
  minute: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Expected bookings holding a slot at the day's busiest quarter hour; 0 when closed. */
function expectedPeakHeld(date: string, population: number): number {
  const demand = isOpeningDay(date) ? dayDemand(date, population) : null;
  if (!demand) return 0;
  const weights = quarterHourSlots(date).map((slot) => slot.weight);
  const total = weights.reduce((sum, w) => sum + w, 0);
  return (
    demand.expectedTickets *
    demand.bookedShare *
    SLOTS_HELD_PER_ATTENDED *
    (Math.max(...weights) / total)
  );
}

/** Parallel calendars for the month of `date`: the average opening day's peak, with headroom. */
export function plannedCalendars(date: string, population: number): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const prefix = date.slice(0, 8);
  const peaks = eachDay(`${prefix}01`, `${prefix}${pad(daysInMonth(year, month))}`)
    .map((day) => expectedPeakHeld(day, population))
    .filter((peak) => peak > 0);
  if (peaks.length === 0) return 0;
  const mean = peaks.reduce((sum, p) => sum + p, 0) / peaks.length;
  return Math.max(1, Math.ceil(mean * CALENDAR_HEADROOM));
}

/** The slots offered on `date`, by start and calendar, given the calendars planned for its month. */
export function offeredSlotsOfDay(
  date: string,
  options: BookingSimulation,
  calendars: number,
): OfferedSlot[] {
  if (!isOpeningDay(date) || !dayDemand(date, options.population)) return [];
  const held = new Map<number, number>();
  for (const booking of simulateBookingDay(date, options)) {
    if (booking.status === 'attended' || booking.status === 'no_show')
      held.set(booking.slotMinute, (held.get(booking.slotMinute) ?? 0) + 1);
  }
  return quarterHourSlots(date).flatMap(({ minute }) => {
    const offered = Math.max(calendars, held.get(minute) ?? 0);
    return Array.from({ length: offered }, (_, i) => ({ calendar: i + 1, date, minute }));
  });
}

function csvLine(slot: OfferedSlot): string {
  return [
    calendarName(slot.calendar),
    danishDate(slot.date),
    `${pad(Math.floor(slot.minute / 60))}:${pad(slot.minute % 60)}`,
    SLOT_MINUTES,
    '',
    LOCATION,
  ].join(';');
}

/** Writes one calendar export per calendar year of the range into `outDir`. */
export async function writeBookingSlotExports(
  options: BookingSimulation,
  outDir: string,
): Promise<WrittenExport[]> {
  await mkdir(outDir, { recursive: true });
  const written: WrittenExport[] = [];
  const calendarsByMonth = new Map<string, number>();
  for (const { year, days } of daysByYear(options.from, options.to)) {
    const path = join(outDir, `tidsbestilling-kalender-${options.municipalityCode}-${year}.csv`);
    const stream = createWriteStream(path, { encoding: 'utf8' });
    stream.write(`\uFEFF${BOOKING_SLOT_COLUMNS.join(';')}\r\n`);
    let rows = 0;
    for (const date of days) {
      const month = date.slice(0, 7);
      let calendars = calendarsByMonth.get(month);
      if (calendars === undefined) {
        calendars = plannedCalendars(date, options.population);
        calendarsByMonth.set(month, calendars);
      }
      for (const slot of offeredSlotsOfDay(date, options, calendars)) {
        rows += 1;
        if (!stream.write(`${csvLine(slot)}\r\n`)) await once(stream, 'drain');
      }
    }
    stream.end();
    await once(stream, 'finish');
    written.push({ path, rows });
  }
  return written;
}
