import { createTestDatabase, type TestDatabase } from './testing/test-database';
import { MIGRATIONS } from './migrations';
import { describeWarehouseSchema } from './schema-snapshot';

describe('warehouse migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('revert cleanly and re-apply to the same schema', async () => {
    const before = await describeWarehouseSchema(db.dataSource);
    for (let i = 0; i < MIGRATIONS.length; i += 1)
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_namespace WHERE nspname IN ('dw', 'etl', 'mart', 'staging')`,
    );
    expect(n).toBe(0);
    await db.dataSource.runMigrations({ transaction: 'each' });
    expect(await describeWarehouseSchema(db.dataSource)).toBe(before);
  });
});

describe('reference data', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('marks Danish holidays and closure days in the date dimension, Store bededag only until 2023', async () => {
    const rows = await db.dataSource.query(
      `SELECT date_key, is_public_holiday, holiday_name_da, is_closure_day, is_opening_day
       FROM dw.dim_date WHERE date_key IN (20230505, 20240426, 20201224, 20200521, 20240305) ORDER BY date_key`,
    );
    expect(rows).toEqual([
      {
        date_key: 20200521,
        is_public_holiday: true,
        holiday_name_da: 'Kristi himmelfartsdag',
        is_closure_day: false,
        is_opening_day: false,
      },
      {
        date_key: 20201224,
        is_public_holiday: false,
        holiday_name_da: null,
        is_closure_day: true,
        is_opening_day: false,
      },
      {
        date_key: 20230505,
        is_public_holiday: true,
        holiday_name_da: 'Store bededag',
        is_closure_day: false,
        is_opening_day: false,
      },
      {
        date_key: 20240305,
        is_public_holiday: false,
        holiday_name_da: null,
        is_closure_day: false,
        is_opening_day: true,
      },
      {
        date_key: 20240426,
        is_public_holiday: false,
        holiday_name_da: null,
        is_closure_day: false,
        is_opening_day: true,
      },
    ]);
  });

  it('holds the 98 municipalities, 96 quarter-hours and a mapped service catalogue', async () => {
    const [counts] = await db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM dw.dim_municipality) AS municipalities,
              (SELECT count(*)::int FROM dw.dim_time_of_day) AS quarter_hours,
              (SELECT count(*)::int FROM dw.dim_site) AS sites,
              (SELECT count(*)::int FROM dw.service_label_map m JOIN dw.dim_service s USING (service_id)
                 WHERE s.service_code = 'ukendt') AS labels_to_unmapped`,
    );
    expect(counts).toEqual({
      municipalities: 98,
      quarter_hours: 96,
      sites: 98,
      labels_to_unmapped: 0,
    });
  });

  it('has a calendar day for every year a municipality could load, 1995–2045, with Store bededag until 2023', async () => {
    const [calendar] = await db.dataSource.query(
      `SELECT min(date)::text AS first, max(date)::text AS last, count(*)::int AS days,
              count(*) FILTER (WHERE holiday_name_da = 'Store bededag')::int AS store_bededage,
              max(date) FILTER (WHERE holiday_name_da = 'Store bededag')::text AS last_store_bededag
       FROM dw.dim_date`,
    );
    expect(calendar).toEqual({
      first: '1995-01-01',
      last: '2045-12-31',
      // 51 years, 13 of them leap years (1996 … 2044).
      days: 51 * 365 + 13,
      // 1995–2023.
      store_bededage: 29,
      last_store_bededag: '2023-05-05',
    });
  });
});
