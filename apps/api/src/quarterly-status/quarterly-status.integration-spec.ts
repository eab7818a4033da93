import {
  insertVisitDaily,
  newVisitDaily as visit,
} from '@kanalindsigt/warehouse/testing/rollup.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { newMetricsService } from '../metrics/metrics-test-service';
import { quartersEndingWith } from '@kanalindsigt/calendar/quarter';
import { QuarterlyStatusService } from './quarterly-status.service';

describe(QuarterlyStatusService.name, () => {
  let db: TestDatabase;
  let sut: QuarterlyStatusService;

  beforeAll(async () => {
    // The template holds 0169's sample targets: mean_wait at most 900 s, answer_rate at least 72 %.
    db = await createTestDatabase();
    await insertVisitDaily(db.dataSource, [
      visit({ day: '2025-08-05', countServed: 10, sumWaitSeconds: 6000, countWaits: 10 }),
      visit({ day: '2025-05-06', countServed: 8, sumWaitSeconds: 4000, countWaits: 8 }),
      visit({ day: '2024-08-06', countServed: 5, sumWaitSeconds: 5000, countWaits: 5 }),
      visit({ day: '2023-12-01', countServed: 3 }),
      // Before the 8 quarters
      visit({ day: '2023-09-30', countServed: 50 }),
    ]);
    await db.dataSource.query(
      `INSERT INTO dw.target (municipality_code, kpi_id, comparator, value, unit, valid_from, label_da, label_en)
       VALUES ('0169', 'visits', 'min', 20, 'COUNT', '2025-01-01', 'Mindst 20', 'At least 20'),
              ('0169', 'mean_wait', 'max', 500, 'SECONDS', '2025-10-01', 'Højst 500 s', 'At most 500 s')`,
    );
    sut = new QuarterlyStatusService(newMetricsService(db.dataSource));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('counts quarters back across years', () => {
    expect(quartersEndingWith('2025-Q1', 3)).toEqual(['2024-Q3', '2024-Q4', '2025-Q1']);
  });

  it('reports each tile with deltas, status against the target in force and an 8-quarter sparkline', async () => {
    const report = await sut.quarterlyStatus({ municipalityCode: '0169', quarter: '2025-Q3' });
    expect(report).toMatchObject({ from: '2025-07-01', to: '2025-09-30', quarter: '2025-Q3' });
    expect(report.tiles.map((t) => [t.channel, t.kpi.id])).toEqual([
      ['IN_PERSON', 'visits'],
      ['IN_PERSON', 'mean_wait'],
      ['IN_PERSON', 'walk_in_share'],
      ['PHONE', 'calls_offered'],
      ['PHONE', 'answer_rate'],
      ['PHONE', 'service_level'],
      ['DIGITAL', 'digital_take_up'],
      ['DIGITAL', 'digital_share'],
      ['BOOKING', 'bookings'],
      ['BOOKING', 'booking_no_show_rate'],
      ['BOOKING', 'slot_utilisation'],
    ]);
    const tile = (id: string) => report.tiles.find((t) => t.kpi.id === id);

    const visits = tile('visits');
    expect(visits).toMatchObject({
      current: { value: 10 },
      previousQuarter: { value: 8 },
      sameQuarterLastYear: { value: 5 },
      deltaPreviousQuarter: 2,
      deltaSameQuarterLastYear: 5,
      status: 'NOT_MET', // at least 20
    });
    expect(visits?.sparkline.map((p) => [p.quarter, p.value])).toEqual([
      ['2023-Q4', 3],
      ['2024-Q1', 0],
      ['2024-Q2', 0],
      ['2024-Q3', 5],
      ['2024-Q4', 0],
      ['2025-Q1', 0],
      ['2025-Q2', 8],
      ['2025-Q3', 10],
    ]);

    // 6000 s ÷ 10 against the 900 s in force on 30 September (the 500 s target starts 1 October)
    const wait = tile('mean_wait');
    expect(wait).toMatchObject({
      current: { value: 600, numerator: 6000, denominator: 10 },
      deltaPreviousQuarter: 100,
      deltaSameQuarterLastYear: -400,
      status: 'MET',
    });
    expect(wait?.targets.map((t) => t.value)).toEqual([900]);
    expect(wait?.sparkline[1]).toEqual({
      quarter: '2024-Q1',
      value: null,
      numerator: 0,
      denominator: 0,
    });

    expect(tile('answer_rate')).toMatchObject({ status: 'NO_DATA', deltaPreviousQuarter: null });
    expect(tile('bookings')).toMatchObject({ status: 'NO_TARGET', current: { value: 0 } });
    expect(report.annotations.every((a) => a.dateFrom <= '2025-09-30')).toBe(true);
    expect(report.annotations.every((a) => (a.dateTo ?? a.dateFrom) >= '2023-10-01')).toBe(true);
  });
});
