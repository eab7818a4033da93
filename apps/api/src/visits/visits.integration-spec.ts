import { Warehouse } from '../database/warehouse';
import { rebuildVisitRollups } from '@kanalindsigt/warehouse/rollups/visit-rollups';
import { insertSite, insertVisits, newVisit } from '@kanalindsigt/warehouse/testing/visit.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { PeaksRepository } from '../peaks/peaks.repository';
import { PeaksService } from '../peaks/peaks.service';
import { VisitsRepository } from './visits.repository';
import { VisitsService } from './visits.service';

describe(VisitsService.name, () => {
  let db: TestDatabase;
  let sut: VisitsService;
  const period = { municipalityCode: '0169', from: '2024-03-01', to: '2024-03-31' };

  beforeAll(async () => {
    db = await createTestDatabase();
    await insertVisits(db.dataSource, [
      // Monday 4 March: three arrivals 09–10, one at 10
      newVisit({ createdAt: '2024-03-04 09:05' }),
      newVisit({ createdAt: '2024-03-04 09:20', serviceCode: 'koerekort' }),
      newVisit({ createdAt: '2024-03-04 09:59', handlingMinutes: null }),
      newVisit({ createdAt: '2024-03-04 10:00' }),
      // Tuesday 5 March: one arrival at 10
      newVisit({ createdAt: '2024-03-05 10:30', isBooked: true }),
      // Monday 11 March: one arrival 09–10
      newVisit({ createdAt: '2024-03-11 09:45' }),
      // Another municipality and another month must not count
      newVisit({ municipalityCode: '0151', createdAt: '2024-03-04 09:05' }),
      newVisit({ createdAt: '2024-04-02 09:05' }),
    ]);
    const tx = db.dataSource.createQueryRunner();
    await rebuildVisitRollups(tx, {
      municipalityCode: '0169',
      fromDateKey: 20240101,
      toDateKey: 20241231,
    });
    await rebuildVisitRollups(tx, {
      municipalityCode: '0151',
      fromDateKey: 20240101,
      toDateKey: 20241231,
    });
    await tx.release();
    const warehouse = new Warehouse(db.dataSource);
    sut = new VisitsService(
      new VisitsRepository(warehouse),
      new PeaksService(new PeaksRepository(warehouse)),
    );
  });
  afterAll(async () => {
    await db.drop();
  });

  it('counts served visits per service and month (no-shows excluded)', async () => {
    expect(await sut.serviceMonths(period)).toEqual([
      {
        month: '2024-03',
        serviceCode: 'koerekort',
        serviceNameDa: 'Kørekort',
        serviceNameEn: 'Driving licence',
        visits: 1,
      },
      {
        month: '2024-03',
        serviceCode: 'pas',
        serviceNameDa: 'Pas',
        serviceNameEn: 'Passport',
        visits: 4,
      },
    ]);
  });

  it('reads a range that starts inside a month: its days by day, the whole month after by month', async () => {
    const rows = await sut.serviceMonths({ ...period, from: '2024-03-05', to: '2024-04-30' });
    expect(rows.map((row) => [row.month, row.serviceCode, row.visits])).toEqual([
      ['2024-03', 'pas', 2], // 5 and 11 March
      ['2024-04', 'pas', 1],
    ]);
  });

  it('averages arrivals per weekday and hour over the days the counters were open', async () => {
    const heatmap = await sut.arrivalsHeatmap(period);
    expect(heatmap.openingDays).toBe(3);
    expect(heatmap.cells).toEqual([
      { weekday: 1, hour: 9, meanArrivals: 2 }, // (3 + 1) arrivals over 2 Mondays
      { weekday: 1, hour: 10, meanArrivals: 0.5 },
      { weekday: 2, hour: 10, meanArrivals: 1 },
    ]);
  });

  it('averages arrivals over a range that starts inside a month: its days by day, April by month', async () => {
    expect(await sut.arrivalsHeatmap({ ...period, from: '2024-03-05', to: '2024-04-30' })).toEqual({
      openingDays: 3, // Monday 11 March; Tuesdays 5 March and 2 April (not Monday 4 March)
      cells: [
        { weekday: 1, hour: 9, meanArrivals: 1 },
        { weekday: 2, hour: 9, meanArrivals: 0.5 },
        { weekday: 2, hour: 10, meanArrivals: 0.5 },
      ],
    });
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(sut.arrivalsHeatmap({ ...period, from: '2024-04-01' })).rejects.toThrow(
      'from (2024-04-01) is after to (2024-03-31)',
    );
  });
});

describe(`${VisitsService.name} at one site`, () => {
  let db: TestDatabase;
  let sut: VisitsService;
  const period = { municipalityCode: '0169', from: '2024-03-01', to: '2024-03-31' };
  const serviceVisits = (rows: Awaited<ReturnType<VisitsService['serviceMonths']>>) =>
    rows.map((row) => [row.month, row.serviceCode, row.visits]);

  beforeAll(async () => {
    db = await createTestDatabase();
    await insertSite(db.dataSource, {
      municipalityCode: '0169',
      code: 'bibliotek',
      nameDa: 'Biblioteket',
    });
    // The same site code in another municipality must not count for Høje-Taastrup's.
    await insertSite(db.dataSource, {
      municipalityCode: '0151',
      code: 'bibliotek',
      nameDa: 'Biblioteket',
    });
    await insertVisits(db.dataSource, [
      // The town hall: Monday 4 March at 09, Tuesday 5 March at 10, Monday 11 March at 10
      newVisit({ createdAt: '2024-03-04 09:05' }),
      newVisit({ createdAt: '2024-03-05 10:30', serviceCode: 'koerekort' }),
      newVisit({ createdAt: '2024-03-11 10:15' }),
      // The library: two at 09 on Monday 4 March (one not served), Tuesday 12 March at 11, 2 April
      newVisit({ siteCode: 'bibliotek', createdAt: '2024-03-04 09:30' }),
      newVisit({ siteCode: 'bibliotek', createdAt: '2024-03-04 09:40', handlingMinutes: null }),
      newVisit({ siteCode: 'bibliotek', createdAt: '2024-03-12 11:10', serviceCode: 'koerekort' }),
      newVisit({ siteCode: 'bibliotek', createdAt: '2024-04-02 09:10' }),
    ]);
    await insertVisits(db.dataSource, [
      newVisit({ municipalityCode: '0151', siteCode: 'bibliotek', createdAt: '2024-03-04 09:05' }),
    ]);
    const tx = db.dataSource.createQueryRunner();
    for (const code of ['0169', '0151'])
      await rebuildVisitRollups(tx, {
        municipalityCode: code,
        fromDateKey: 20240101,
        toDateKey: 20241231,
      });
    await tx.release();
    const warehouse = new Warehouse(db.dataSource);
    sut = new VisitsService(
      new VisitsRepository(warehouse),
      new PeaksService(new PeaksRepository(warehouse)),
    );
  });
  afterAll(async () => {
    await db.drop();
  });

  it('counts one site’s served visits per service and month, and every site’s without a site', async () => {
    expect(serviceVisits(await sut.serviceMonths({ ...period, siteCode: 'raadhus' }))).toEqual([
      ['2024-03', 'koerekort', 1],
      ['2024-03', 'pas', 2],
    ]);
    expect(serviceVisits(await sut.serviceMonths({ ...period, siteCode: 'bibliotek' }))).toEqual([
      ['2024-03', 'koerekort', 1],
      ['2024-03', 'pas', 1],
    ]);
    expect(serviceVisits(await sut.serviceMonths(period))).toEqual([
      ['2024-03', 'koerekort', 2],
      ['2024-03', 'pas', 3],
    ]);
    expect(await sut.serviceMonths({ ...period, siteCode: 'ukendt' })).toEqual([]);
  });

  it('narrows the days around whole months to the site too', async () => {
    const range = { ...period, from: '2024-03-05', to: '2024-04-30' };
    expect(serviceVisits(await sut.serviceMonths({ ...range, siteCode: 'bibliotek' }))).toEqual([
      ['2024-03', 'koerekort', 1],
      ['2024-04', 'pas', 1],
    ]);
    expect(serviceVisits(await sut.serviceMonths({ ...range, siteCode: 'raadhus' }))).toEqual([
      ['2024-03', 'koerekort', 1],
      ['2024-03', 'pas', 1],
    ]);
  });

  it('averages one site’s arrivals over the days that site had arrivals', async () => {
    expect(await sut.arrivalsHeatmap({ ...period, siteCode: 'bibliotek' })).toEqual({
      openingDays: 2, // Monday 4 and Tuesday 12 March
      cells: [
        { weekday: 1, hour: 9, meanArrivals: 2 },
        { weekday: 2, hour: 11, meanArrivals: 1 },
      ],
    });
    expect(await sut.arrivalsHeatmap({ ...period, siteCode: 'raadhus' })).toEqual({
      openingDays: 3, // Mondays 4 and 11, Tuesday 5 March
      cells: [
        { weekday: 1, hour: 9, meanArrivals: 0.5 },
        { weekday: 1, hour: 10, meanArrivals: 0.5 },
        { weekday: 2, hour: 10, meanArrivals: 1 },
      ],
    });
    expect(await sut.arrivalsHeatmap(period)).toEqual({
      openingDays: 4,
      cells: [
        { weekday: 1, hour: 9, meanArrivals: 1.5 }, // 3 arrivals over 2 Mondays
        { weekday: 1, hour: 10, meanArrivals: 0.5 },
        { weekday: 2, hour: 10, meanArrivals: 0.5 },
        { weekday: 2, hour: 11, meanArrivals: 0.5 },
      ],
    });
  });
});
