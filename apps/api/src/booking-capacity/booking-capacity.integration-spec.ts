import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFiles } from '@kanalindsigt/etl/load/load-files';
import { writeBookingExports } from '@kanalindsigt/simulator/booking-export';
import { writeBookingSlotExports } from '@kanalindsigt/simulator/booking-slot-export';
import {
  insertBookingSlots,
  newBookingSlot as slot,
} from '@kanalindsigt/warehouse/testing/fact.factory';
import {
  insertBookingDaily,
  newBookingDaily as booking,
} from '@kanalindsigt/warehouse/testing/rollup.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { ViewPeriodArgs } from '../metrics/dto/view.args';
import { Grain } from '../metrics/kpis/kpi-types';
import { newMetricsService } from '../metrics/metrics-test-service';
import { BookingCapacityService } from './booking-capacity.service';

describe(BookingCapacityService.name, () => {
  let db: TestDatabase;
  let sut: BookingCapacityService;

  beforeAll(async () => {
    db = await createTestDatabase();
    const ds = db.dataSource;
    // Week 10: six 20-minute slots (120 min); week 11: two 30-minute slots, one open to any service
    await insertBookingSlots(ds, [
      ...['09:00', '09:20', '09:40', '10:00', '10:20', '10:40'].map((t) =>
        slot({ slotStartAt: `2024-03-05 ${t}`, slotMinutes: 20 }),
      ),
      slot({ slotStartAt: '2024-03-12 09:00', slotMinutes: 30 }),
      slot({ slotStartAt: '2024-03-12 09:30', slotMinutes: 30, serviceCode: null }),
      slot({ slotStartAt: '2024-03-19 09:00', slotMinutes: 30 }), // after the period
    ]);
    await insertBookingDaily(ds, [
      booking({ slotDay: '2024-03-05', countBookings: 3, sumSlotMinutes: 60 }),
      booking({ slotDay: '2024-03-05', status: 'no_show', sumSlotMinutes: 20 }),
      booking({ slotDay: '2024-03-05', status: 'cancelled', sumSlotMinutes: 20 }),
      booking({ slotDay: '2024-03-12', status: 'rescheduled', sumSlotMinutes: 30 }),
      booking({ slotDay: '2024-03-12', sumSlotMinutes: 30 }),
    ]);
    sut = new BookingCapacityService(newMetricsService(ds));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('sets offered slot minutes against their use by week and over the period', async () => {
    const report = await sut.bookingCapacity(
      Object.assign(new ViewPeriodArgs(), {
        municipalityCode: '0169',
        from: '2024-03-04',
        to: '2024-03-17',
        grain: Grain.ISO_WEEK,
      }),
    );
    expect(report.series).toEqual([
      {
        period: '2024-W10',
        offeredMinutes: 120,
        bookedMinutes: 80, // 60 attended + 20 no-show; the cancelled booking freed its slot
        attendedMinutes: 60,
        noShowMinutes: 20,
        idleUnbookedMinutes: 40,
        idleMinutes: 60,
        utilisation: 50,
      },
      {
        period: '2024-W11',
        offeredMinutes: 60,
        bookedMinutes: 30,
        attendedMinutes: 30,
        noShowMinutes: 0,
        idleUnbookedMinutes: 30,
        idleMinutes: 30,
        utilisation: 50,
      },
    ]);
    expect(report.total).toEqual({
      period: null,
      offeredMinutes: 180,
      bookedMinutes: 110,
      attendedMinutes: 90,
      noShowMinutes: 20,
      idleUnbookedMinutes: 70,
      idleMinutes: 90,
      utilisation: 50,
    });
  });
});

describe(`${BookingCapacityService.name} on the simulated booking system`, () => {
  let db: TestDatabase;
  let sut: BookingCapacityService;
  const simulation = {
    municipalityCode: '0169',
    population: 50_835,
    from: '2021-02-01',
    to: '2021-03-31',
    seed: 11,
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const out = mkdtempSync(join(tmpdir(), 'capacity-'));
    for (const [kind, write] of [
      ['bookings', writeBookingExports],
      ['booking-slots', writeBookingSlotExports],
    ] as const) {
      const written = await write(simulation, join(out, kind));
      const summary = await loadFiles(db.dataSource, {
        kind,
        files: written.map((w) => w.path),
        municipalityCode: '0169',
      });
      expect(summary.status).toBe('succeeded');
    }
    sut = new BookingCapacityService(newMetricsService(db.dataSource));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('reports offered minutes above their use, idle as unbooked plus no-show, and utilisation well below 100 %', async () => {
    const report = await sut.bookingCapacity(
      Object.assign(new ViewPeriodArgs(), {
        municipalityCode: '0169',
        from: simulation.from,
        to: simulation.to,
        grain: Grain.MONTH,
      }),
    );

    expect(report.series.map((p) => p.period)).toEqual(['2021-02', '2021-03']);
    for (const point of [...report.series, report.total]) {
      const offered = point.offeredMinutes!;
      expect(point.bookedMinutes).toBeLessThan(offered);
      expect(point.bookedMinutes).toBe(point.attendedMinutes! + point.noShowMinutes!);
      expect(point.idleUnbookedMinutes).toBe(offered - point.bookedMinutes!);
      expect(point.idleMinutes).toBe(point.idleUnbookedMinutes! + point.noShowMinutes!);
      expect(point.noShowMinutes).toBeGreaterThan(0);
      expect(point.utilisation).toBeGreaterThan(30);
      expect(point.utilisation).toBeLessThan(80);
    }
  });
});
