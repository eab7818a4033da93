import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventFactViolations } from '@kanalindsigt/warehouse/testing/event-fact-integrity';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import {
  capacityRollupDrift,
  NO_CAPACITY_DRIFT,
} from '@kanalindsigt/warehouse/testing/capacity-rollup-drift';
import { cprTraces } from '../testing/cpr-traces';
import { hasSampleData, loadSampleData } from './sample-data';

describe(loadSampleData.name, () => {
  let db: TestDatabase;
  const slice = { from: '2020-11-01', to: '2021-01-31' };
  const rowCounts = async () =>
    (
      await db.dataSource.query(
        `SELECT (SELECT count(*)::int FROM dw.fact_visit) AS visits,
                (SELECT sum(count_tickets)::int FROM mart.visit_daily) AS daily_tickets,
                (SELECT count(*)::int FROM dw.fact_call) AS calls,
                (SELECT sum(count_calls)::int FROM mart.call_daily) AS daily_calls,
                (SELECT count(*)::int FROM dw.fact_booking) AS bookings,
                (SELECT sum(count_bookings)::int FROM mart.booking_daily) AS daily_bookings,
                (SELECT count(*)::int FROM dw.fact_booking_slot) AS booking_slots,
                (SELECT count(*)::int FROM dw.fact_call_aggregate) AS hotline_months,
                (SELECT count(*)::int FROM dw.fact_self_service_usage) AS self_service,
                (SELECT count(*)::int FROM dw.fact_staffing) AS staffing,
                (SELECT count(*)::int FROM dw.fact_population) AS population,
                (SELECT count(*)::int FROM etl.source_file) AS files,
                (SELECT count(*)::int FROM etl.quarantine) AS quarantined`,
      )
    )[0];

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('loads every kind of the simulated sample cleanly, leaves no CPR number, and loading it again changes nothing', async () => {
    expect(await hasSampleData(db.dataSource)).toBe(false);

    const first = await loadSampleData(db.dataSource, {
      outDir: mkdtempSync(join(tmpdir(), 'sample-a-')),
      ...slice,
    });
    const afterFirst = await rowCounts();
    // Simulated again into another folder: deterministic, so the same bytes and the same hashes.
    const second = await loadSampleData(db.dataSource, {
      outDir: mkdtempSync(join(tmpdir(), 'sample-b-')),
      ...slice,
    });

    expect(first.status).toBe('succeeded');
    expect(first.loads.map((load) => load.kind)).toEqual([
      'population',
      'visits',
      'calls',
      'calls-aggregate',
      'bookings',
      'booking-slots',
      'selfservice',
      'staffing',
    ]);
    expect(first.rowsQuarantined).toBe(0);
    expect(first.rowsLoaded).toBe(first.rowsIn);
    for (const count of Object.values(afterFirst).slice(0, -1)) expect(count).toBeGreaterThan(0);
    expect(afterFirst.quarantined).toBe(0);
    expect(afterFirst.daily_tickets).toBe(afterFirst.visits);
    expect(afterFirst.daily_calls).toBe(afterFirst.calls);
    expect(afterFirst.daily_bookings).toBe(afterFirst.bookings);
    expect(await capacityRollupDrift(db.dataSource)).toEqual(NO_CAPACITY_DRIFT);
    expect(second.loads.flatMap((load) => load.files.map((f) => f.status))).toEqual(
      first.loads.flatMap((load) => load.files.map(() => 'already_loaded')),
    );
    expect(await rowCounts()).toEqual(afterFirst);
    expect(await hasSampleData(db.dataSource)).toBe(true);
    expect(await eventFactViolations(db.dataSource)).toEqual([]);
    expect(await cprTraces(db.dataSource, [])).toEqual([]);
  });
});
