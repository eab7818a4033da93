import {
  insertBookingSlots,
  insertBookings,
  newBooking as booking,
  newBookingSlot as slot,
} from '@kanalindsigt/warehouse/testing/fact.factory';
import { insertVisits, newVisit as visit } from '@kanalindsigt/warehouse/testing/visit.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { Warehouse } from '../database/warehouse';
import { ChanceQueueRepository } from './chance-queue.repository';
import { ChanceQueueService } from './chance-queue.service';
import { ChanceQueueArgs } from './dto/chance-queue.args';
import { MinutesPerWalkInSource } from './models/chance-queue.model';

const HOURLY = 400_000 / 1628;
const args = (overrides: Partial<ChanceQueueArgs> = {}) =>
  Object.assign(new ChanceQueueArgs(), {
    municipalityCode: '0169',
    from: '2024-03-04',
    to: '2024-03-12',
    ...overrides,
  });

describe(ChanceQueueService.name, () => {
  let db: TestDatabase;
  let sut: ChanceQueueService;

  beforeAll(async () => {
    db = await createTestDatabase();
    const ds = db.dataSource;
    const quarters = (day: string, times: string[]) =>
      times.map((t) => slot({ slotStartAt: `${day} ${t}`, slotMinutes: 15 }));
    await insertBookingSlots(ds, [
      // Monday 4 March: 60 minutes at 9, 30 at 10
      ...quarters('2024-03-04', ['09:00', '09:15', '09:30', '09:45', '10:00', '10:15']),
      // Tuesday 5 March: 30 minutes at 9, nobody booked and no walk-ins
      ...quarters('2024-03-05', ['09:00', '09:15']),
      // Monday 11 March: 30 minutes at 9, both attended
      ...quarters('2024-03-11', ['09:00', '09:15']),
      // After the period, and another municipality
      ...quarters('2024-03-13', ['09:00']),
      slot({ municipalityCode: '0151', slotStartAt: '2024-03-04 09:00' }),
    ]);
    const at = (slotStartAt: string, status: string) =>
      booking({ slotStartAt, status, slotMinutes: 15 });
    await insertBookings(ds, [
      at('2024-03-04 09:00', 'attended'),
      at('2024-03-04 09:15', 'no_show'),
      at('2024-03-04 09:30', 'cancelled'), // frees its slot
      at('2024-03-04 10:00', 'attended'),
      at('2024-03-11 09:00', 'attended'),
      at('2024-03-11 09:15', 'attended'),
    ]);
    await insertVisits(ds, [
      // Monday 4 March: three walk-ins at 9, one at 10, one at 14 (no slots then)
      visit({ createdAt: '2024-03-04 09:05' }),
      visit({ createdAt: '2024-03-04 09:20' }),
      visit({ createdAt: '2024-03-04 09:40' }),
      visit({ createdAt: '2024-03-04 10:10' }),
      visit({ createdAt: '2024-03-04 14:00' }),
      // A booked citizen is not a walk-in, and their handling time is not a walk-in's
      visit({ createdAt: '2024-03-04 09:01', isBooked: true, handlingMinutes: 20 }),
      // Monday 11 March: one walk-in at 9, when every slot was attended
      visit({ createdAt: '2024-03-11 09:30' }),
      // Wednesday 6 March had no calendar: its walk-in has no slot to fill
      visit({ createdAt: '2024-03-06 09:10' }),
    ]);
    await insertVisits(ds, [visit({ municipalityCode: '0151', createdAt: '2024-03-04 09:10' })]);
    sut = new ChanceQueueService(new ChanceQueueRepository(new Warehouse(ds)));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('estimates walk-ins servable per weekday × hour and over the period with the defaults', async () => {
    const result = await sut.chanceQueue(args());

    expect(result).toMatchObject({
      minutesPerWalkIn: 15,
      minutesPerWalkInSource: MinutesPerWalkInSource.MEAN_SLOT_LENGTH,
      meanWalkInHandlingMinutes: 8,
      unbookedShareUsable: 1,
      noShowShareUsable: 0.5,
      openingDaysByWeekday: [
        { weekday: 1, openingDays: 2 },
        { weekday: 2, openingDays: 1 },
      ],
    });
    const cell = (weekday: number, hour: number, values: number[]) => {
      const [idleUnbooked, idleNoShow, usable, walkIns, servable, staff] = values;
      return {
        weekday,
        hour,
        idleUnbookedMinutes: idleUnbooked,
        idleNoShowMinutes: idleNoShow,
        usableIdleMinutes: usable,
        walkIns,
        walkInsServable: servable,
        staffMinutes: staff,
      };
    };
    expect(result.cells).toEqual([
      // 4 March: 30 unbooked + 15 no-show × 0.5 = 37.5 usable → 2.5 of 3 walk-ins; 11 March: 0 of 1
      cell(1, 9, [15, 7.5, 18.75, 2, 1.25, 18.75]),
      // 4 March: 15 unbooked → the one walk-in
      cell(1, 10, [7.5, 0, 7.5, 0.5, 0.5, 7.5]),
      // 4 March: a walk-in after the calendar's hours
      cell(1, 14, [0, 0, 0, 0.5, 0, 0]),
      cell(2, 9, [30, 0, 30, 0, 0, 0]),
    ]);
    expect(result.totals).toEqual({
      openingDays: 3,
      idleUnbookedMinutes: 75,
      idleNoShowMinutes: 15,
      usableIdleMinutes: 82.5,
      walkIns: 6,
      walkInsServable: 3.5,
      walkInsNotFitting: 2.5,
      staffHoursInIdleSlots: 0.875,
      hourlyCostDkk: HOURLY,
      idleValueDkk: 0.875 * HOURLY,
      idleValueFte: 0.875 / 1628,
      extraStaffHours: 0.625,
      extraStaffCostDkk: 0.625 * HOURLY,
    });
    expect(result.totals.idleValueDkk).toBeCloseTo(214.99, 2);
    expect(result.totals.extraStaffCostDkk).toBeCloseTo(153.56, 2);

    const sentence = (key: string) => result.assumptions.find((a) => a.key === key);
    expect(result.assumptions.map((a) => a.key)).toEqual([
      'calendar-days',
      'minutes-per-walk-in',
      'unbooked-share',
      'no-show-share',
      'demand',
      'matching',
      'hourly-cost',
      'same-money',
      'extra-staff',
    ]);
    expect(sentence('hourly-cost')?.da).toBe(
      'Timeprisen er 245,7 kr. = 400.000 kr. pr. årsværk ÷ 1.628 timer pr. årsværk.',
    );
    expect(sentence('minutes-per-walk-in')?.da).toMatch(
      /^Hver borger i chancekøen optager 15 minutters .* gennemsnit 8 minutter at ekspedere\.$/,
    );
    expect(sentence('no-show-share')?.en).toMatch(/^50% of the minutes of no-show slots/);
  });

  it('uses the assumptions given', async () => {
    const result = await sut.chanceQueue(
      args({ minutesPerWalkIn: 30, noShowShareUsable: 0, costPerFte: 325_600 }),
    );
    // 4 March: 30 usable minutes at 9 → 1 walk-in, 15 at 10 → 0.5; 11 March: none
    expect(result.minutesPerWalkInSource).toBe(MinutesPerWalkInSource.ARGUMENT);
    expect(result.totals).toMatchObject({
      usableIdleMinutes: 75,
      walkInsServable: 1.5,
      walkInsNotFitting: 4.5,
      staffHoursInIdleSlots: 0.75,
      hourlyCostDkk: 200,
      idleValueDkk: 150,
      extraStaffHours: 2.25,
      extraStaffCostDkk: 450,
    });
  });

  it('says so when the calendar offered nothing and the queue system has no tickets', async () => {
    const result = await sut.chanceQueue(args({ from: '2024-03-06', to: '2024-03-06' }));
    expect(result).toMatchObject({
      minutesPerWalkIn: null,
      minutesPerWalkInSource: null,
      cells: [],
      totals: { openingDays: 0, walkIns: 0, walkInsServable: 0, extraStaffCostDkk: 0 },
    });
    expect(result.assumptions.map((a) => a.key)).toContain('demand-missing');
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(sut.chanceQueue(args({ from: '2024-03-12', to: '2024-03-04' }))).rejects.toThrow(
      'from (2024-03-12) is after to (2024-03-04)',
    );
  });
});
