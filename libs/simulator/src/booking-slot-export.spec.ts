import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eachDay, isoWeekday } from '@kanalindsigt/calendar/local-date';
import { simulateBookingDay, type BookingSimulation } from './booking-export';
import {
  BOOKING_SLOT_COLUMNS,
  offeredSlotsOfDay,
  plannedCalendars,
  writeBookingSlotExports,
} from './booking-slot-export';
import { OPENING_HOURS } from './visit-demand';

const options: BookingSimulation = {
  municipalityCode: '0169',
  population: 50_835,
  from: '2021-03-01',
  to: '2021-03-31',
  seed: 7,
};
const slotsOf = (date: string) =>
  offeredSlotsOfDay(date, options, plannedCalendars(date, options.population));
const heldOf = (date: string) =>
  simulateBookingDay(date, options).filter(
    (b) => b.status === 'attended' || b.status === 'no_show',
  );

describe('booking calendar simulator', () => {
  it('opens one calendar under voluntary booking and several under mandatory booking', () => {
    expect(plannedCalendars('2019-10-15', options.population)).toBe(1);
    expect(plannedCalendars('2021-10-15', options.population)).toBeGreaterThanOrEqual(4);
    expect(plannedCalendars('2020-04-15', options.population)).toBe(0); // closed for COVID
  });

  it('gives every booking that holds a slot an offered slot at its start', () => {
    for (const date of eachDay(options.from, options.to)) {
      const offered = new Map<number, number>();
      for (const slot of slotsOf(date))
        offered.set(slot.minute, (offered.get(slot.minute) ?? 0) + 1);
      const held = new Map<number, number>();
      for (const b of heldOf(date)) held.set(b.slotMinute, (held.get(b.slotMinute) ?? 0) + 1);
      for (const [minute, n] of held) expect(offered.get(minute) ?? 0).toBeGreaterThanOrEqual(n);
    }
  });

  it('offers slots only in the opening hours of opening days, and leaves more unbooked on quiet days', () => {
    const utilisation = (weekday: number) => {
      const days = eachDay(options.from, options.to).filter((d) => isoWeekday(d) === weekday);
      const offered = days.reduce((sum, d) => sum + slotsOf(d).length, 0);
      return days.reduce((sum, d) => sum + heldOf(d).length, 0) / offered;
    };
    for (const slot of slotsOf('2021-03-04')) {
      const [open = 0, close = 0] = OPENING_HOURS[4]!;
      expect(slot.minute).toBeGreaterThanOrEqual(open);
      expect(slot.minute + 15).toBeLessThanOrEqual(close);
    }
    expect(slotsOf('2021-03-06')).toEqual([]); // a Saturday
    expect(slotsOf('2021-04-01')).toEqual([]); // Maundy Thursday
    // Friday, the quietest day, against Monday, the busiest, under the same calendars.
    expect(utilisation(5)).toBeLessThan(utilisation(1));
    expect(utilisation(1)).toBeLessThan(0.9);
  });

  it('is deterministic by seed and writes a year per file in the export shape', async () => {
    expect(slotsOf('2021-03-04')).toEqual(slotsOf('2021-03-04'));
    const out = mkdtempSync(join(tmpdir(), 'booking-slots-'));
    try {
      const written = await writeBookingSlotExports(options, out);
      expect(written).toHaveLength(1);
      const lines = readFileSync(written[0]!.path, 'utf8').split('\r\n');
      expect(lines[0]).toBe(`\uFEFF${BOOKING_SLOT_COLUMNS.join(';')}`);
      expect(lines[1]).toBe('Tidsbestilling 1;01-03-2021;09:00;15;;Borgerservice Rådhuset');
      expect(lines.length - 2).toBe(written[0]!.rows);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
