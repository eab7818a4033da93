import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { rebuildVisitRollups } from './visit-rollups';
import { insertVisits, newVisit } from '../testing/visit.factory';

/** Rows of mart.visit_age_daily that a GROUP BY over the facts does not give, and the reverse. */
const DRIFT_SQL = `
  WITH facts AS (
    SELECT municipality_code, date_key, coalesce(age_band_code, '') AS age_band_code, is_booked,
           coalesce(walk_in_resolution, '') AS walk_in_resolution, is_assisted_self_service,
           count(*)::int AS count_visits
    FROM dw.fact_visit GROUP BY 1, 2, 3, 4, 5, 6),
  rollup AS (
    SELECT municipality_code, date_key, age_band_code, is_booked, walk_in_resolution,
           is_assisted_self_service, count_visits
    FROM mart.visit_age_daily)
  (SELECT 'missing' AS side, * FROM (TABLE facts EXCEPT TABLE rollup) m)
  UNION ALL
  (SELECT 'extra', * FROM (TABLE rollup EXCEPT TABLE facts) e)`;

describe(rebuildVisitRollups.name, () => {
  let db: TestDatabase;
  const refresh = async (fromDateKey: number, toDateKey: number) => {
    const tx = db.dataSource.createQueryRunner();
    await tx.startTransaction();
    await rebuildVisitRollups(tx, { municipalityCode: '0169', fromDateKey, toDateKey });
    await tx.commitTransaction();
    await tx.release();
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('rebuilds mart.visit_age_daily as the GROUP BY of the facts, unknown age band and resolution as ""', async () => {
    await insertVisits(db.dataSource, [
      newVisit({ ageBandCode: '80+', walkInResolution: 'sent_away' }),
      newVisit({ ageBandCode: '80+', walkInResolution: 'sent_away', handlingMinutes: null }),
      newVisit({ ageBandCode: '80+', walkInResolution: 'helped_at_once' }),
      newVisit({ ageBandCode: '65-79', isBooked: true, isAssistedSelfService: true }),
      newVisit({ ageBandCode: '18-29', createdAt: '2024-03-05 23:50' }),
      newVisit({ walkInResolution: 'same_day_slot', createdAt: '2024-03-06 10:00' }),
      newVisit({}),
    ]);
    await refresh(20240304, 20240306);

    expect(await db.dataSource.query(DRIFT_SQL)).toEqual([]);
    expect(
      await db.dataSource.query(
        `SELECT age_band_code, walk_in_resolution, count_visits FROM mart.visit_age_daily
         WHERE date_key = 20240304 AND NOT is_booked ORDER BY 1, 2`,
      ),
    ).toEqual([
      { age_band_code: '', walk_in_resolution: '', count_visits: 1 },
      { age_band_code: '80+', walk_in_resolution: 'helped_at_once', count_visits: 1 },
      { age_band_code: '80+', walk_in_resolution: 'sent_away', count_visits: 2 },
    ]);
  });

  it('rebuilds only the days asked for, leaving the others as they were', async () => {
    await db.dataSource.query(
      `UPDATE dw.fact_visit SET age_band_code = '30-49' WHERE age_band_code IS NULL`,
    );
    await refresh(20240306, 20240306);

    const rows = await db.dataSource.query(
      `SELECT date_key, age_band_code FROM mart.visit_age_daily
       WHERE date_key IN (20240304, 20240306) AND walk_in_resolution IN ('', 'same_day_slot') AND NOT is_booked
       ORDER BY 1`,
    );
    expect(rows).toEqual([
      { date_key: 20240304, age_band_code: '' },
      { date_key: 20240306, age_band_code: '30-49' },
    ]);
    await refresh(20240304, 20240306);
    expect(await db.dataSource.query(DRIFT_SQL)).toEqual([]);
  });
});
