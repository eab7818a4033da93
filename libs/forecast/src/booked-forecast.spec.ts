import { addDays, eachDay, isoWeekday } from '@kanalindsigt/calendar/local-date';
import { bookedForecast, type BookingCount } from './booked-forecast';

/** Ten bookings per weekday slot day, made 1–20 days ahead; 10 % cancelled, 10 % no-shows. */
function bookings(from: string, to: string): BookingCount[] {
  const rows: BookingCount[] = [];
  for (const slotDate of eachDay(from, to)) {
    if (isoWeekday(slotDate) > 5) continue;
    for (let i = 0; i < 10; i += 1)
      rows.push({
        slotDate,
        bookedDate: addDays(slotDate, -(1 + 2 * i)),
        status: i === 0 ? 'cancelled' : i === 1 ? 'no_show' : 'attended',
        count: 1,
      });
  }
  return rows;
}

describe(bookedForecast.name, () => {
  const origin = '2025-03-31';
  const all = bookings('2024-01-01', '2025-06-30');

  it('expects booked × kept × (1 − no-show rate) and the pickup still to come', () => {
    const sut = bookedForecast({ bookings: all, origin, horizonDays: 28 });
    expect(sut.noShowRate).toBeCloseTo(1 / 9, 6);
    expect(sut.keptRate).toBeCloseTo(0.9, 6);
    const far = sut.days.find((d) => d.date === '2025-04-24')!;
    expect(far.knownBookings).toBe(0);
    expect(far.mean).toBeGreaterThan(7);
    expect(far.mean).toBeLessThan(9);
    const next = sut.days.find((d) => d.date === '2025-04-01')!;
    // Booked 1, 3, …, 19 days ahead: all ten are known the day before.
    expect(next.knownBookings).toBe(10);
    expect(next.mean).toBeCloseTo(8, 1);
  });

  it('uses only the bookings made by the origin: later ones cannot change the forecast', () => {
    const sut = bookedForecast({ bookings: all, origin, horizonDays: 28 });
    const knownAtOrigin = all.filter((b) => b.bookedDate <= origin);
    expect(bookedForecast({ bookings: knownAtOrigin, origin, horizonDays: 28 })).toEqual(sut);
    // A rush of bookings made the day after the origin must not leak into it…
    const rush = eachDay('2025-04-01', '2025-04-28').map((slotDate): BookingCount => ({
      slotDate,
      bookedDate: '2025-04-01',
      status: 'attended',
      count: 50,
    }));
    expect(bookedForecast({ bookings: [...all, ...rush], origin, horizonDays: 28 })).toEqual(sut);
    // …while the same rush made on the origin day does show.
    const onOrigin = rush.map((b) => ({ ...b, bookedDate: origin }));
    const withRush = bookedForecast({ bookings: [...all, ...onOrigin], origin, horizonDays: 28 });
    expect(withRush.days[0]!.knownBookings).toBe(
      all.filter((b) => b.slotDate === '2025-04-01' && b.bookedDate <= origin).length + 50,
    );
  });
});
