import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isOpeningDay } from '@kanalindsigt/calendar/danish-holidays';
import { eachDay, isoWeekday } from '@kanalindsigt/calendar/local-date';
import { ageBandCode, ageOn, deriveFromCpr } from '@kanalindsigt/warehouse/reference/cpr';
import {
  BOOKING_COLUMNS,
  leadDays,
  OLDER_CITIZENS_PHONE_SHIFT,
  simulateBookingDay,
  writeBookingExports,
  type BookingChannel,
  type BookingSimulation,
  type SimulatedBooking,
} from './booking-export';
import { dayDemand, OPENING_HOURS } from './visit-demand';

const options: BookingSimulation = {
  municipalityCode: '0169',
  population: 50_835,
  from: '2019-01-01',
  to: '2019-12-31',
  seed: 7,
};
const day = (date: string, seed = options.seed) => simulateBookingDay(date, { ...options, seed });

function year(from: string, to: string, population = options.population) {
  const days = eachDay(from, to);
  const bookings = days.flatMap((date) => simulateBookingDay(date, { ...options, population }));
  let expectedTickets = 0;
  let expectedBooked = 0;
  for (const date of days.filter(isOpeningDay)) {
    const demand = dayDemand(date, population);
    expectedTickets += demand?.expectedTickets ?? 0;
    expectedBooked += (demand?.expectedTickets ?? 0) * (demand?.bookedShare ?? 0);
  }
  return { bookings, expectedTickets, expectedBooked };
}

/** The age band the loader derives from the booking's CPR number on the slot date. */
function bandOf(booking: SimulatedBooking): string {
  if (!booking.cpr) return 'none';
  const derived = deriveFromCpr(booking.cpr);
  if (!derived.ok) throw new Error('not a CPR number the loader reads');
  return ageBandCode(ageOn(derived.birthDate, booking.slotDate));
}

const share = (bookings: SimulatedBooking[], test: (b: SimulatedBooking) => boolean) =>
  bookings.filter(test).length / bookings.length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const channelShare = (bookings: SimulatedBooking[], band: string, channel: BookingChannel) =>
  share(
    bookings.filter((b) => bandOf(b) === band),
    (b) => b.channel === channel,
  );

describe(simulateBookingDay.name, () => {
  it('is deterministic by seed', () => {
    expect(day('2021-03-04')).toEqual(day('2021-03-04'));
    expect(day('2021-03-04', 8)).not.toEqual(day('2021-03-04'));
  });

  it('has no slots on weekends, Danish holidays and during the spring 2020 COVID closure', () => {
    expect(day('2021-03-06')).toEqual([]); // Saturday
    expect(day('2021-04-01')).toEqual([]); // Skærtorsdag
    expect(day('2021-12-24')).toEqual([]);
    expect(day('2020-04-01')).toEqual([]);
  });

  it('books quarter-hour slots within opening hours, made before the slot', () => {
    const bookings = eachDay('2021-03-01', '2021-03-31').flatMap((date) => day(date));
    expect(bookings.length).toBeGreaterThan(1000);
    for (const booking of bookings) {
      const [open, close] = OPENING_HOURS[isoWeekday(booking.slotDate)]!;
      expect(booking.slotMinute % 15).toBe(0);
      expect(booking.slotMinute).toBeGreaterThanOrEqual(open);
      expect(booking.slotMinute + 15).toBeLessThanOrEqual(close);
      expect(leadDays(booking)).toBeGreaterThan(0);
      if (booking.channel === 'phone' || booking.channel === 'counter') {
        // Made in person or by phone: while the town hall is open.
        const [createdOpen, createdClose] = OPENING_HOURS[isoWeekday(booking.createdDate)]!;
        expect(isOpeningDay(booking.createdDate)).toBe(true);
        expect(booking.createdSecond).toBeGreaterThanOrEqual(createdOpen * 60);
        expect(booking.createdSecond).toBeLessThan(createdClose * 60);
      } else {
        // Never in the night, so never in the hour DST skips or repeats.
        expect(booking.createdSecond).toBeGreaterThanOrEqual(6 * 3600);
      }
    }
  });
});

describe('booking calibration at 50,835 inhabitants', () => {
  let before: ReturnType<typeof year>;
  let after: ReturnType<typeof year>;
  beforeAll(() => {
    before = year('2019-01-01', '2019-12-31');
    after = year('2021-01-01', '2021-12-31');
  });

  it('books about 8 % of counter visits before go-live, mostly passports', () => {
    const attended =
      share(before.bookings, (b) => b.status === 'attended') * before.bookings.length;
    expect(attended / before.expectedTickets).toBeGreaterThan(0.06);
    expect(attended / before.expectedTickets).toBeLessThan(0.1);
    expect(share(before.bookings, (b) => b.serviceLabel === 'Pas')).toBeGreaterThan(0.75);
  });

  it("attends as many bookings as the queue's demand model has booked tickets", () => {
    for (const { bookings, expectedBooked } of [before, after]) {
      const attended = bookings.filter((b) => b.status === 'attended').length;
      expect(Math.abs(attended / expectedBooked - 1)).toBeLessThan(0.03);
    }
    const attendedAfter = after.bookings.filter((b) => b.status === 'attended').length;
    expect(attendedAfter / after.expectedTickets).toBeGreaterThan(0.8);
  });

  it('has 5–8 % no-shows among past slots and 8–12 % cancellations', () => {
    for (const { bookings } of [before, after]) {
      const noShows = bookings.filter((b) => b.status === 'no_show').length;
      const attended = bookings.filter((b) => b.status === 'attended').length;
      expect(noShows / (noShows + attended)).toBeGreaterThan(0.05);
      expect(noShows / (noShows + attended)).toBeLessThan(0.08);
      expect(share(bookings, (b) => b.status === 'cancelled')).toBeGreaterThan(0.08);
      expect(share(bookings, (b) => b.status === 'cancelled')).toBeLessThan(0.12);
    }
  });

  it('books a few days ahead, further before the summer', () => {
    const leads = (months: string[]) =>
      median(after.bookings.filter((b) => months.includes(b.slotDate.slice(5, 7))).map(leadDays));
    const overall = median(after.bookings.map(leadDays));
    expect(overall).toBeGreaterThan(3);
    expect(overall).toBeLessThan(6);
    expect(leads(['05', '06'])).toBeGreaterThan(leads(['09', '10']) + 1.5);
  });

  it('books mostly on the web under 65, by phone and at the counter far more often from 65', () => {
    for (const { bookings } of [before, after]) {
      for (const band of ['0-17', '18-29', '30-49', '50-64']) {
        expect(channelShare(bookings, band, 'web')).toBeGreaterThan(0.7);
      }
    }
    const phoneOrCounter = (band: string) =>
      channelShare(before.bookings, band, 'phone') + channelShare(before.bookings, band, 'counter');
    expect(phoneOrCounter('65-79')).toBeGreaterThan(0.35);
    expect(phoneOrCounter('80+')).toBeGreaterThan(0.6);
    expect(share(before.bookings, (b) => b.channel === 'floorwalker')).toBe(0);
    expect(share(after.bookings, (b) => b.channel === 'floorwalker')).toBeGreaterThan(0.04);
  });

  it('plants the shift of citizens of 65 and over to phone booking after go-live', () => {
    // Before go-live few older citizens booked: a larger town gives a sharper baseline.
    const baseline = year('2019-01-01', '2019-12-31', 500_000).bookings;
    const phoneChange = (band: string) =>
      channelShare(after.bookings, band, 'phone') - channelShare(baseline, band, 'phone');
    for (const band of OLDER_CITIZENS_PHONE_SHIFT.ageBands) {
      expect(phoneChange(band)).toBeCloseTo(OLDER_CITIZENS_PHONE_SHIFT.phoneSharePoints, 1);
    }
    for (const band of ['0-17', '18-29', '30-49', '50-64']) {
      expect(Math.abs(phoneChange(band))).toBeLessThan(0.02);
    }
  });
});

describe(writeBookingExports.name, () => {
  it('writes one deterministic booking-system file per year, with CPR numbers the loader reads', async () => {
    const range = { ...options, from: '2019-12-16', to: '2020-01-10' };
    const dirs = [
      mkdtempSync(join(tmpdir(), 'bookings-a-')),
      mkdtempSync(join(tmpdir(), 'bookings-b-')),
    ];
    try {
      const [first, second] = await Promise.all(dirs.map((dir) => writeBookingExports(range, dir)));
      expect(first!.map((w) => w.path.slice(dirs[0]!.length))).toEqual([
        '/tidsbestilling-0169-2019.csv',
        '/tidsbestilling-0169-2020.csv',
      ]);
      first!.forEach((written, i) => {
        expect(readFileSync(written.path)).toEqual(readFileSync(second![i]!.path));
      });

      const text = readFileSync(first![0]!.path, 'utf8');
      expect(text.startsWith(`\uFEFF${BOOKING_COLUMNS.join(';')}\r\n`)).toBe(true);
      const lines = text.slice(1).split('\r\n').slice(1, -1);
      expect(lines).toHaveLength(first![0]!.rows);
      const ids = new Set<string>();
      for (const line of lines) {
        const [id, created, channel, service, slot, length, status, cpr, location] =
          line.split(';');
        expect(id).toMatch(/^19\d{6}$/);
        ids.add(id!);
        expect(created).toMatch(/^\d{2}-\d{2}-2019 \d{2}:\d{2}:\d{2}$/);
        expect(['Web', 'Telefon', 'Skranke', 'Floorwalker']).toContain(channel);
        expect(service).not.toBe('');
        expect(slot).toMatch(/^\d{2}-12-2019 \d{2}:(00|15|30|45)$/);
        expect(length).toBe('15');
        expect(['Fremmødt', 'Udeblevet', 'Aflyst', 'Ombooket']).toContain(status);
        if (cpr) expect(deriveFromCpr(cpr).ok).toBe(true);
        expect(location).toBe('Borgerservice Rådhuset');
      }
      expect(ids.size).toBe(lines.length);
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});
