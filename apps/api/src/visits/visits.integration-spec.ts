import { Warehouse } from '../database/warehouse';
import { VisitsRepository as RollupRepository } from '@kanalindsigt/etl/sources/visits/visits.repository';
import { insertVisits, newVisit } from '@kanalindsigt/warehouse/testing/visit.factory';
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
    await new RollupRepository().refreshRollups(tx, '0169', 20240101, 20241231);
    await new RollupRepository().refreshRollups(tx, '0151', 20240101, 20241231);
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

  it('refuses a period that ends before it starts', async () => {
    await expect(sut.arrivalsHeatmap({ ...period, from: '2024-04-01' })).rejects.toThrow(
      'from (2024-04-01) is after to (2024-03-31)',
    );
  });
});
