import { isOpeningDay } from '@kanalindsigt/calendar/danish-holidays';
import { addDays, eachDay } from '@kanalindsigt/calendar/local-date';
import {
  insertBookings,
  insertStaffing,
  newBooking,
  newStaffing,
} from '@kanalindsigt/warehouse/testing/fact.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { Warehouse } from '../database/warehouse';
import { ForecastRepository } from './forecast.repository';
import { ForecastService } from './forecast.service';
import { ForecastChannel } from './models/forecast.model';

describe(ForecastService.name, () => {
  let db: TestDatabase;
  let sut: ForecastService;
  let repository: ForecastRepository;
  const origin = '2024-03-29';

  beforeAll(async () => {
    db = await createTestDatabase();
    // Four bookings an opening day from January, each made a week ahead at noon.
    const slotDays = eachDay('2024-01-08', '2024-04-26').filter(isOpeningDay);
    await insertBookings(
      db.dataSource,
      slotDays.flatMap((day) =>
        [9, 10, 11, 13].map((hour) =>
          newBooking({
            bookedAt: `${addDays(day, -7)} 12:00`,
            slotStartAt: `${day} ${String(hour).padStart(2, '0')}:00`,
          }),
        ),
      ),
    );
    await insertBookings(db.dataSource, [
      // Made at 00:30 Copenhagen time the day after the origin (23:30 UTC on the origin): later.
      ...Array.from({ length: 5 }, () =>
        newBooking({ bookedAt: '2024-03-30 00:30', slotStartAt: '2024-04-02 10:00' }),
      ),
      // Made late on the origin day: known.
      newBooking({ bookedAt: '2024-03-29 23:30', slotStartAt: '2024-04-03 10:00' }),
    ]);
    // The rota covers Tuesday 2 April only: one counter hour, no phone.
    await insertStaffing(db.dataSource, [
      newStaffing({ day: '2024-04-02', activity: 'counter', staffHours: 1 }),
    ]);
    repository = new ForecastRepository(new Warehouse(db.dataSource));
    sut = new ForecastService(repository);
  });

  afterAll(() => db.drop());

  it('reads the day a booking was made as a Copenhagen calendar day', async () => {
    const rows = await repository.bookings('0169', '2024-04-02', '2024-04-03');
    const made = (slotDate: string, bookedDate: string) =>
      rows
        .filter((r) => r.slotDate === slotDate && r.bookedDate === bookedDate)
        .reduce((s, r) => s + r.count, 0);
    expect(made('2024-04-02', '2024-03-30')).toBe(5);
    expect(made('2024-04-03', '2024-03-29')).toBe(1);
  });

  it('forecasts booked visits from the bookings known at the origin only', async () => {
    const forecast = await sut.forecast({ municipalityCode: '0169', weeks: 2, origin });
    const booked = forecast.channels.find((c) => c.channel === ForecastChannel.BOOKED)!;
    const day = (date: string) => booked.days.find((d) => d.date === date)!;
    // Tuesday 2 April: the four made on 26 March; not the five made on the 30th.
    expect(day('2024-04-02').knownBookings).toBe(4);
    // Wednesday 3 April: four made on the 27th and the one late on the origin day.
    expect(day('2024-04-03').knownBookings).toBe(5);
    // Monday 1 April is Easter Monday: closed, nothing booked.
    expect(day('2024-04-01')).toMatchObject({ isOpen: false, knownBookings: 0 });
    // Attended as booked (no cancellations, no no-shows in the past): expected = known.
    expect(day('2024-04-02').expected).toBeCloseTo(4, 6);
    expect(booked.heatmap.find((c) => c.weekday === 2 && c.hour === 9)!.expected).toBeCloseTo(1, 1);
  });

  it('computes one run for a forecast and a staffing need asked at once', async () => {
    const daily = jest.spyOn(repository, 'daily');
    const args = { municipalityCode: '0169', weeks: 1, origin };
    const [forecast, need] = await Promise.all([
      sut.forecast(args),
      sut.staffingNeed({
        ...args,
        callTargetSeconds: 60,
        callTargetShare: 0.8,
        walkInTargetSeconds: 900,
        walkInTargetShare: 0.8,
      }),
    ]);
    // Calls and walk-ins read once, not twice.
    expect(daily).toHaveBeenCalledTimes(2);
    expect(need.days.map((d) => d.date)).toEqual(forecast.channels[0]!.days.map((d) => d.date));
    // Asked again later: computed anew (nothing kept once answered).
    await sut.forecast(args);
    expect(daily).toHaveBeenCalledTimes(4);
    daily.mockRestore();
  });

  it('answers the staffing need with the counter holding the booked slots', async () => {
    const need = await sut.staffingNeed({
      municipalityCode: '0169',
      weeks: 1,
      origin,
      callTargetSeconds: 60,
      callTargetShare: 0.8,
      walkInTargetSeconds: 900,
      walkInTargetShare: 0.8,
    });
    expect(need.days).toHaveLength(7);
    const tuesday = need.days.find((d) => d.date === '2024-04-02')!;
    // Four booked hours of one appointment each: one counter in each of four half hours.
    expect(tuesday.counterHoursNeeded).toBeCloseTo(2, 6);
    expect(tuesday.counterHoursRota).toBe(1);
    expect(tuesday.counterHoursBalance).toBeCloseTo(-1, 6);
    expect(tuesday.phoneHoursNeeded).toBe(0);
    expect(tuesday.phoneHoursBalance).toBe(0);
    // Wednesday has no rota loaded: no balance, rather than short by the whole need.
    const wednesday = need.days.find((d) => d.date === '2024-04-03')!;
    expect(wednesday.counterHoursNeeded).toBeGreaterThan(0);
    expect(wednesday).toMatchObject({ counterHoursRota: null, counterHoursBalance: null });
  });
});
