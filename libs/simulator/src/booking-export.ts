/**
 * Writes appointment exports in the shape Danish Borgerservice booking systems produce: one row per
 * booking with the citizen's CPR number, `;`-separated, Danish dates, UTF-8 with BOM, CRLF, one
 * file per year of slot dates. The queue tickets' demand model decides how many citizens come with
 * a booking each day, so attended bookings agree with the booked tickets of the frontdesk export.
 * Every slot lies in the past of the export, so no booking is still open ("Booket").
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { isOpeningDay } from '@kanalindsigt/calendar/danish-holidays';
import { addDays, eachDay, isoWeekday, parseIsoDate } from '@kanalindsigt/calendar/local-date';
import type { AgeBandCode } from '@kanalindsigt/warehouse/reference/cpr';
import type { WrittenExport } from './frontdesk-export';
import { Random } from './random';
import { syntheticCitizen, MAX_SYNTHETIC_AGE } from './synthetic-cpr';
import {
  dayDemand,
  hourWeights,
  MANDATORY_BOOKING_FROM,
  OPENING_HOURS,
  QUEUE_SERVICES,
} from './visit-demand';

export const BOOKING_COLUMNS = [
  'BookingId',
  'Oprettet',
  'Bookingkanal',
  'Ydelse',
  'Starttid',
  'Varighed',
  'Status',
  'CPR',
  'Lokation',
] as const;

export type BookingChannel = 'web' | 'phone' | 'counter' | 'floorwalker';
export type BookingStatus = 'attended' | 'no_show' | 'cancelled' | 'rescheduled';

export const CHANNEL_LABELS: Readonly<Record<BookingChannel, string>> = {
  web: 'Web',
  phone: 'Telefon',
  counter: 'Skranke',
  floorwalker: 'Floorwalker',
};
export const STATUS_LABELS: Readonly<Record<BookingStatus, string>> = {
  attended: 'Fremmødt',
  no_show: 'Udeblevet',
  cancelled: 'Aflyst',
  rescheduled: 'Ombooket',
};

/**
 * Planted effect: from go-live, citizens of 65 and over book by phone this many share points more
 * often than before (taken from web and counter), while younger citizens' phone share stays put.
 */
export const OLDER_CITIZENS_PHONE_SHIFT = {
  from: MANDATORY_BOOKING_FROM,
  ageBands: ['65-79', '80+'],
  phoneSharePoints: 0.15,
} as const;

export const SLOT_MINUTES = 15;

export interface BookingSimulation {
  municipalityCode: string;
  population: number;
  from: string;
  to: string;
  seed: number;
}

/** One booking whose slot falls on the simulated day; times are Copenhagen wall clock. */
export interface SimulatedBooking {
  createdDate: string;
  createdSecond: number;
  channel: BookingChannel;
  serviceLabel: string;
  slotDate: string;
  slotMinute: number;
  status: BookingStatus;
  /** Empty when booked without a CPR number (foreign workers before registration, guests). */
  cpr: string;
}

const CHANNELS: readonly BookingChannel[] = ['web', 'phone', 'counter', 'floorwalker'];
const AGE_BANDS: readonly { code: AgeBandCode; min: number; max: number }[] = [
  { code: '0-17', min: 0, max: 17 },
  { code: '18-29', min: 18, max: 29 },
  { code: '30-49', min: 30, max: 49 },
  { code: '50-64', min: 50, max: 64 },
  { code: '65-79', min: 65, max: 79 },
  { code: '80+', min: 80, max: MAX_SYNTHETIC_AGE },
];

/** Age bands of counter visitors (by AGE_BANDS), older than the population as a whole. */
const VISITOR_AGE_WEIGHTS = [0.08, 0.2, 0.3, 0.2, 0.15, 0.07];
const SERVICE_AGE_WEIGHTS: Readonly<Record<string, readonly number[]>> = {
  Pas: [0.3, 0.15, 0.25, 0.15, 0.12, 0.03],
  Kørekort: [0.02, 0.25, 0.2, 0.15, 0.23, 0.15],
  'Folkeregister/flytning': [0.05, 0.4, 0.3, 0.12, 0.09, 0.04],
  'Indrejse/EU-ophold': [0.05, 0.4, 0.45, 0.08, 0.02, 0],
  'NemID/MitID': [0.02, 0.08, 0.15, 0.2, 0.33, 0.22],
  'Digital Post': [0, 0.03, 0.07, 0.15, 0.4, 0.35],
  'Hjælp til selvbetjening': [0.01, 0.06, 0.13, 0.2, 0.35, 0.25],
  Pension: [0, 0, 0.03, 0.3, 0.47, 0.2],
  Vielse: [0, 0.35, 0.5, 0.1, 0.05, 0],
};
/** Foreign workers come to get a CPR number, and a foreign partner may not have one. */
const WITHOUT_CPR_SHARE: Readonly<Record<string, number>> = {
  'Indrejse/EU-ophold': 0.6,
  Vielse: 0.15,
};
const WITHOUT_CPR_DEFAULT = 0.01;
/** Before go-live booking was offered mainly for passports (Ballerup's "Aftalt tid pas"). */
const VOLUNTARY_SERVICE_FACTOR: Readonly<Record<string, number>> = {
  Pas: 1,
  Vielse: 1,
  'Indrejse/EU-ophold': 0.2,
  Kørekort: 0.1,
};
const VOLUNTARY_SERVICE_FACTOR_DEFAULT = 0.03;

type Mix = readonly number[]; // by CHANNELS

/** Booking channel by age band under voluntary booking, when floorwalkers did not book. */
const VOLUNTARY_CHANNEL_MIX: Readonly<Record<AgeBandCode, Mix>> = {
  '0-17': [0.86, 0.09, 0.05, 0],
  '18-29': [0.9, 0.06, 0.04, 0],
  '30-49': [0.88, 0.08, 0.04, 0],
  '50-64': [0.8, 0.13, 0.07, 0],
  '65-79': [0.52, 0.3, 0.18, 0],
  '80+': [0.25, 0.45, 0.3, 0],
};
/** Under mandatory booking a floorwalker books walk-ins at the counter, the older more often. */
const MANDATORY_FLOORWALKER_SHARE: Readonly<Record<AgeBandCode, number>> = {
  '0-17': 0.04,
  '18-29': 0.04,
  '30-49': 0.05,
  '50-64': 0.06,
  '65-79': 0.1,
  '80+': 0.15,
};
/** Citizens without a CPR number book like young adults (employers, wedding couples). */
const WITHOUT_CPR_BAND: AgeBandCode = '30-49';

function mandatoryMix(band: AgeBandCode): Mix {
  const [web = 0, phoneBefore = 0, counter = 0] = VOLUNTARY_CHANNEL_MIX[band];
  const shifted = (OLDER_CITIZENS_PHONE_SHIFT.ageBands as readonly string[]).includes(band);
  const phone = phoneBefore + (shifted ? OLDER_CITIZENS_PHONE_SHIFT.phoneSharePoints : 0);
  const floorwalker = MANDATORY_FLOORWALKER_SHARE[band];
  const rest = 1 - phone - floorwalker;
  return [(rest * web) / (web + counter), phone, (rest * counter) / (web + counter), floorwalker];
}
const MANDATORY_CHANNEL_MIX = Object.fromEntries(
  AGE_BANDS.map(({ code }) => [code, mandatoryMix(code)]),
) as Record<AgeBandCode, Mix>;

const NO_SHOW_SHARE: Readonly<Record<AgeBandCode, number>> = {
  '0-17': 0.06,
  '18-29': 0.1,
  '30-49': 0.07,
  '50-64': 0.05,
  '65-79': 0.04,
  '80+': 0.05,
};
const NO_SHOW_WITHOUT_CPR = 0.08;
/** A citizen booked by the floorwalker for later the same day is already in the building. */
const SAME_DAY_NO_SHOW_FACTOR = 0.2;
/** The further ahead a slot is booked, the likelier plans change before it. */
const CHANGE_SHARE_BASE = 0.075;
const CHANGE_SHARE_PER_LEAD_DAY = 0.012;
const CHANGE_SHARE_MAX = 0.3;
const RESCHEDULED_SHARE_OF_CHANGES = 0.25;

const MEDIAN_LEAD_DAYS = 4;
/** Before the summer holidays the passport rush fills the calendar further ahead. */
const BEFORE_SUMMER_LEAD_FACTOR = 1.6;
const LEAD_SIGMA = 0.85;
const MAX_LEAD_DAYS = 90;
const FLOORWALKER_SAME_DAY_SHARE = 0.7;
const FLOORWALKER_MEDIAN_LEAD_DAYS = 1.5;
/** Web bookings by hour of day from 06 to 23: daytime, with an evening peak. */
const WEB_HOUR_WEIGHTS = [
  0.3, 0.6, 0.9, 1, 1, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 1, 1.2, 1.3, 1.1, 0.7, 0.3,
];
const WEB_FIRST_HOUR = 6;

export const LOCATION = 'Borgerservice Rådhuset';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const danishDate = (iso: string) =>
  `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** Lead time from booking to slot in days, from the wall-clock times (ignoring the DST hour). */
export function leadDays(booking: SimulatedBooking): number {
  return (
    daysBetween(booking.createdDate, booking.slotDate) +
    (booking.slotMinute * 60 - booking.createdSecond) / 86_400
  );
}

/** The bookings whose slot falls on `date`, ordered by slot. Deterministic for seed and date. */
export function simulateBookingDay(date: string, options: BookingSimulation): SimulatedBooking[] {
  if (!isOpeningDay(date)) return [];
  const demand = dayDemand(date, options.population);
  if (!demand) return [];
  const random = new Random(options.seed).fork(`${options.municipalityCode}:booking:${date}`);
  const mandatory = date >= MANDATORY_BOOKING_FROM;
  const serviceWeights = mandatory
    ? demand.serviceWeights
    : demand.serviceWeights.map(
        (weight, i) =>
          weight *
          (VOLUNTARY_SERVICE_FACTOR[QUEUE_SERVICES[i]?.label ?? ''] ??
            VOLUNTARY_SERVICE_FACTOR_DEFAULT),
      );
  const slots = quarterHourSlots(date);
  const slotWeights = slots.map((slot) => slot.weight);
  const { month } = parseIsoDate(date);
  const medianLead =
    MEDIAN_LEAD_DAYS * (month === 5 || month === 6 ? BEFORE_SUMMER_LEAD_FACTOR : 1);

  // Bookings are drawn until as many are attended as citizens come with a booking that day.
  const attendedTarget = random.poisson(demand.expectedTickets * demand.bookedShare);
  const bookings: SimulatedBooking[] = [];
  let attended = 0;
  while (attended < attendedTarget) {
    const service = QUEUE_SERVICES[random.weightedIndex(serviceWeights)] ?? QUEUE_SERVICES[0]!;
    const band = citizenBand(random, service.label);
    const cpr = band ? syntheticCitizen(random, date, band.min, band.max).cpr : '';
    const bandCode = band?.code ?? WITHOUT_CPR_BAND;
    const mix = (mandatory ? MANDATORY_CHANNEL_MIX : VOLUNTARY_CHANNEL_MIX)[bandCode];
    const channel = CHANNELS[random.weightedIndex(mix)]!;
    const slotMinute = slots[random.weightedIndex(slotWeights)]!.minute;
    const created = bookedAt(random, channel, date, slotMinute, medianLead);
    const sameDay = created.date === date;
    const lead = daysBetween(created.date, date);

    let status: BookingStatus = 'attended';
    const changeShare = Math.min(
      CHANGE_SHARE_MAX,
      CHANGE_SHARE_BASE + CHANGE_SHARE_PER_LEAD_DAY * lead,
    );
    if (!sameDay && random.chance(changeShare)) {
      status = random.chance(RESCHEDULED_SHARE_OF_CHANGES) ? 'rescheduled' : 'cancelled';
    } else {
      const noShow = band ? NO_SHOW_SHARE[band.code] : NO_SHOW_WITHOUT_CPR;
      if (random.chance(noShow * (sameDay ? SAME_DAY_NO_SHOW_FACTOR : 1))) status = 'no_show';
    }
    if (status === 'attended') attended += 1;
    bookings.push({
      createdDate: created.date,
      createdSecond: created.second,
      channel,
      serviceLabel: service.label,
      slotDate: date,
      slotMinute,
      status,
      cpr,
    });
  }
  return bookings.sort((a, b) => a.slotMinute - b.slotMinute);
}

/** The age band of the booking citizen, or null when the booking carries no CPR number. */
function citizenBand(random: Random, service: string) {
  if (random.chance(WITHOUT_CPR_SHARE[service] ?? WITHOUT_CPR_DEFAULT)) return null;
  return AGE_BANDS[random.weightedIndex(SERVICE_AGE_WEIGHTS[service] ?? VISITOR_AGE_WEIGHTS)]!;
}

/** Quarter-hour slots that end by closing time, weighted like the arrivals in their hour. */
export function quarterHourSlots(date: string): { minute: number; weight: number }[] {
  const weekday = isoWeekday(date);
  const [open, close] = OPENING_HOURS[weekday] ?? [0, 0];
  return hourWeights(weekday).flatMap(({ hour, weight }) =>
    [0, 15, 30, 45]
      .map((quarter) => hour * 60 + quarter)
      .filter((minute) => minute >= open && minute + SLOT_MINUTES <= close)
      .map((minute) => ({ minute, weight })),
  );
}

/** When a booking for `slotMinute` on `slotDate` was made, by the channel it came through. */
function bookedAt(
  random: Random,
  channel: BookingChannel,
  slotDate: string,
  slotMinute: number,
  medianLead: number,
): { date: string; second: number } {
  const open = OPENING_HOURS[isoWeekday(slotDate)]?.[0] ?? 0;
  if (channel === 'floorwalker') {
    if (slotMinute - 10 > open && random.chance(FLOORWALKER_SAME_DAY_SHARE)) {
      const from = Math.max(open, slotMinute - 120) * 60;
      return { date: slotDate, second: random.integer(from, (slotMinute - 10) * 60) };
    }
    return duringOpeningHours(
      random,
      slotDate,
      slotMinute,
      random.logNormal(FLOORWALKER_MEDIAN_LEAD_DAYS, 0.6),
    );
  }
  const lead = Math.min(MAX_LEAD_DAYS, random.logNormal(medianLead, LEAD_SIGMA));
  if (channel !== 'web') return duringOpeningHours(random, slotDate, slotMinute, lead);
  const date = addDays(slotDate, -Math.floor(lead));
  // Web bookings keep to waking hours, which also keeps them clear of the DST switch at night.
  if (date === slotDate) {
    return { date, second: random.integer(WEB_FIRST_HOUR * 3600, (slotMinute - 30) * 60) };
  }
  const hour = WEB_FIRST_HOUR + random.weightedIndex(WEB_HOUR_WEIGHTS);
  return { date, second: hour * 3600 + random.integer(0, 3599) };
}

/** Phone and counter bookings are made while the town hall is open, at least 30 minutes ahead. */
function duringOpeningHours(
  random: Random,
  slotDate: string,
  slotMinute: number,
  lead: number,
): { date: string; second: number } {
  let date = addDays(slotDate, -Math.floor(lead));
  for (;;) {
    const hours = OPENING_HOURS[isoWeekday(date)];
    const close = date === slotDate ? slotMinute - 30 : (hours?.[1] ?? 0);
    if (hours && isOpeningDay(date) && close > hours[0]) {
      return { date, second: random.integer(hours[0] * 60, close * 60 - 1) };
    }
    date = addDays(date, -1);
  }
}

function csvLine(id: number, booking: SimulatedBooking): string {
  const createdClock = `${pad(Math.floor(booking.createdSecond / 3600))}:${pad(Math.floor(booking.createdSecond / 60) % 60)}:${pad(booking.createdSecond % 60)}`;
  const slotClock = `${pad(Math.floor(booking.slotMinute / 60))}:${pad(booking.slotMinute % 60)}`;
  return [
    id,
    `${danishDate(booking.createdDate)} ${createdClock}`,
    CHANNEL_LABELS[booking.channel],
    booking.serviceLabel,
    `${danishDate(booking.slotDate)} ${slotClock}`,
    SLOT_MINUTES,
    STATUS_LABELS[booking.status],
    booking.cpr,
    LOCATION,
  ].join(';');
}

/** The days of the range, by calendar year: the booking system exports a year per file. */
export function daysByYear(from: string, to: string): { year: number; days: string[] }[] {
  const years: { year: number; days: string[] }[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    const first = from > `${year}-01-01` ? from : `${year}-01-01`;
    const last = to < `${year}-12-31` ? to : `${year}-12-31`;
    years.push({ year, days: eachDay(first, last) });
  }
  return years;
}

/**
 * Writes one export per calendar year of the range into `outDir`. Booking ids count up in the
 * order bookings were made, prefixed by the two-digit year: eight digits, so an id is never
 * mistaken for (and masked as) a ten-digit CPR number.
 */
export async function writeBookingExports(
  options: BookingSimulation,
  outDir: string,
): Promise<WrittenExport[]> {
  await mkdir(outDir, { recursive: true });
  const written: WrittenExport[] = [];
  for (const { year, days } of daysByYear(options.from, options.to)) {
    const bookings = days.flatMap((date) => simulateBookingDay(date, options));
    const byCreation = bookings
      .map((booking, index) => ({ booking, index }))
      .sort(
        (a, b) =>
          a.booking.createdDate.localeCompare(b.booking.createdDate) ||
          a.booking.createdSecond - b.booking.createdSecond ||
          a.index - b.index,
      );
    const ids = new Map<SimulatedBooking, number>();
    byCreation.forEach(({ booking }, i) => ids.set(booking, (year % 100) * 1_000_000 + i + 1));

    const path = join(outDir, `tidsbestilling-${options.municipalityCode}-${year}.csv`);
    const stream = createWriteStream(path, { encoding: 'utf8' });
    stream.write(`\uFEFF${BOOKING_COLUMNS.join(';')}\r\n`);
    for (const booking of bookings) {
      if (!stream.write(`${csvLine(ids.get(booking)!, booking)}\r\n`)) await once(stream, 'drain');
    }
    stream.end();
    await once(stream, 'finish');
    written.push({ path, rows: bookings.length });
  }
  return written;
}
