import { join } from 'node:path';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { loadFiles } from '../../load/load-files';
import { goldenFiles } from '../../testing/golden-files';

const { dir: GOLDEN } = goldenFiles('visits-aggregate');
const BALLERUP = join(GOLDEN, 'ok', 'ballerup-kontaktcenter-fremmoede-2015-2016.csv');

describe('visits-aggregate source', () => {
  let db: TestDatabase;
  const load = (file: string) =>
    loadFiles(db.dataSource, { kind: 'visits-aggregate', files: [file] });

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  it("loads Ballerup's footfall table with the published totals for both periods", async () => {
    const summary = await load(BALLERUP);

    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 56,
      rowsLoaded: 56,
      rowsQuarantined: 0,
      rowsDuplicate: 0,
      unmappedLabels: [],
    });
    const totals = await db.dataSource.query(
      `SELECT period_start::text, period_end::text, sum(count_visits)::int AS visits
       FROM dw.fact_visit_aggregate WHERE municipality_code = '0151'
       GROUP BY 1, 2 ORDER BY 1`,
    );
    expect(totals).toEqual([
      { period_start: '2015-01-01', period_end: '2015-09-27', visits: 21878 },
      { period_start: '2016-01-01', period_end: '2016-09-27', visits: 20527 },
    ]);
    const [passports] = await db.dataSource.query(
      `SELECT sum(count_visits)::int AS visits FROM dw.fact_visit_aggregate a JOIN dw.dim_service s USING (service_id)
       WHERE s.service_code = 'pas' AND period_start = '2016-01-01'`,
    );
    expect(passports.visits).toBe(2485 + 2103 + 1083 + 610);
  });

  it('loads the same table once', async () => {
    await load(BALLERUP);
    const second = await load(BALLERUP);

    expect(second.files[0]).toMatchObject({ status: 'already_loaded', rowsDuplicate: 56 });
    const [{ n }] = await db.dataSource.query(
      'SELECT count(*)::int AS n FROM dw.fact_visit_aggregate',
    );
    expect(n).toBe(56);
  });

  it('quarantines a count whose period overlaps another of the same service in the file', async () => {
    const summary = await load(join(GOLDEN, 'not-ok', 'overlapping-periods-in-aggregate.csv'));

    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 3,
      rowsLoaded: 2,
      rowsQuarantined: 1,
    });
    const rows = await db.dataSource.query(
      'SELECT source_row, column_name, reason, raw_value FROM etl.quarantine',
    );
    expect(rows).toEqual([
      {
        source_row: 3,
        column_name: 'Periode fra',
        reason: 'overlaps the period 2016-01-01–2016-06-30 of the same service in row 2',
        raw_value: '01.06.2016',
      },
    ]);
  });

  it('reads thousands separators and quarantines fractions, words and formulas in a count', async () => {
    const summary = await load(join(GOLDEN, 'not-ok', 'non-numeric-count.csv'));

    expect(summary.files[0]).toMatchObject({ rowsIn: 4, rowsLoaded: 1, rowsQuarantined: 3 });
    const [loaded] = await db.dataSource.query(
      'SELECT service_label, count_visits FROM dw.fact_visit_aggregate',
    );
    expect(loaded).toEqual({ service_label: 'Voksenpas', count_visits: 1234 });
    const rows = await db.dataSource.query(
      'SELECT source_row, column_name, reason, raw_value FROM etl.quarantine ORDER BY source_row',
    );
    expect(rows).toEqual([
      {
        source_row: 3,
        column_name: 'Fremmøder',
        reason: 'is not a whole number',
        raw_value: '12,5',
      },
      { source_row: 4, column_name: 'Fremmøder', reason: 'is not a number', raw_value: 'mange' },
      {
        source_row: 5,
        column_name: 'Fremmøder',
        reason: 'is a spreadsheet formula, not a value',
        raw_value: '=SUM(A1:A3)',
      },
    ]);
  });
});
