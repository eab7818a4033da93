import { join } from 'node:path';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { loadFiles } from '../../load/load-files';
import { MAPPINGS_DIR } from '../mapping/source-mapping';
import { expectReconciled, goldenFiles, quarantinedRows } from '../../testing/golden-files';

const { ok, notOk } = goldenFiles('calls');
const ACD_MAPPING = join(MAPPINGS_DIR, 'acd-calls.json');

/**
 * An ACD log written by nobody here, in the shape of a real one from outside Denmark: the date as
 * YYMMDD in one column, times of day in others, 0:00:00 for no time, the outcome decided by two
 * columns, phantom calls to skip, call ids unique per day only, calls past midnight.
 */
describe('calls from an ACD log (acd-calls.json)', () => {
  let db: TestDatabase;
  const load = (file: string, mappingPath = ACD_MAPPING) =>
    loadFiles(db.dataSource, {
      kind: 'calls',
      files: [file],
      municipalityCode: '0169',
      mappingPath,
    });
  const outcomes = () =>
    db.dataSource.query(
      `SELECT outcome, count(*)::int AS n FROM dw.fact_call GROUP BY outcome ORDER BY outcome`,
    );

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  const expected = [
    { outcome: 'abandoned', n: 8 },
    { outcome: 'answered', n: 16 },
    { outcome: 'ivr_only', n: 4 },
  ];

  it('loads every call with the right outcome, skips the phantom calls and keeps ids repeated on another day', async () => {
    const summary = await load(ok('acd-jerusalem-two-days.tsv'));

    expect(summary.status).toBe('succeeded');
    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 32,
      rowsLoaded: 28,
      rowsQuarantined: 0,
      rowsDuplicate: 0,
      rowsSkipped: 4,
    });
    expectReconciled(summary.files[0]);
    expect(await outcomes()).toEqual(expected);
    const [run] = await db.dataSource.query(
      `SELECT count_rows_in::int AS rows_in, count_rows_skipped::int AS skipped FROM etl.run`,
    );
    expect(run).toEqual({ rows_in: 32, skipped: 4 });
  });

  it('reads Jerusalem time and rolls a call past midnight over to the next day', async () => {
    await load(ok('acd-jerusalem-two-days.tsv'));

    // Call 16 entered the IVR at 23:59:20 on 31 January 1999 (UTC+2) and was served from 0:00:06.
    const [call] = await db.dataSource.query(
      `SELECT date_key, arrived_at, answered_at, ended_at, queue_seconds, talk_seconds
       FROM dw.fact_call WHERE call_ref = '990131-16'`,
    );
    expect(call).toEqual({
      date_key: 19990131,
      arrived_at: new Date('1999-01-31T21:59:20Z'),
      answered_at: new Date('1999-01-31T22:00:06Z'),
      ended_at: new Date('1999-01-31T22:09:45Z'),
      queue_seconds: 41,
      talk_seconds: 579,
    });
    // The abandoned call 17 ends at its queue exit, after midnight too.
    const [abandoned] = await db.dataSource.query(
      `SELECT outcome, answered_at, ended_at FROM dw.fact_call WHERE call_ref = '990131-17'`,
    );
    expect(abandoned).toEqual({
      outcome: 'abandoned',
      answered_at: null,
      ended_at: new Date('1999-01-31T22:02:36Z'),
    });
  });

  it('loads the same log with renamed headers and reordered columns by changing only the mapping', async () => {
    const summary = await load(
      ok('acd-variant-renamed-reordered.tsv'),
      ok('acd-variant-renamed-reordered.mapping.json'),
    );

    expect(summary.files[0]).toMatchObject({ rowsIn: 32, rowsLoaded: 28, rowsSkipped: 4 });
    expect(await outcomes()).toEqual(expected);
  });

  it('refuses a two-digit year the pivot places outside the calendar, saying how it was read, and does not call the file loaded', async () => {
    const summary = await load(notOk('acd-two-digit-year-outside-calendar.tsv'));

    expect(summary.status).toBe('failed');
    expect(summary.files[0]).toMatchObject({
      status: 'quarantined',
      rowsIn: 3,
      rowsLoaded: 0,
      rowsQuarantined: 2,
      rowsSkipped: 1,
    });
    expect(await quarantinedRows(db.dataSource)).toContainEqual({
      source_row: 2,
      column_name: 'date',
      reason: 'is outside the years the warehouse covers (1995–2045): 460101 read as 2046-01-01',
      raw_value: '460101',
    });
    expect(
      await db.dataSource.query(
        `SELECT status, count_rows_skipped::int AS skipped FROM etl.source_file`,
      ),
    ).toEqual([{ status: 'quarantined', skipped: 1 }]);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM dw.fact_call`)).toEqual([
      { n: 0 },
    ]);
  });

  it("quarantines a time in Jerusalem's spring-forward gap, naming the zone", async () => {
    const summary = await load(notOk('acd-time-in-jerusalem-spring-gap.tsv'));

    expect(summary.files[0]).toMatchObject({ rowsIn: 2, rowsLoaded: 1, rowsQuarantined: 1 });
    expect(await quarantinedRows(db.dataSource)).toEqual([
      {
        source_row: 2,
        column_name: 'vru_entry',
        reason: 'does not exist in Asia/Jerusalem time (the clocks jump forward that night)',
        raw_value: '240329 2:30:00',
      },
      // The call ended in the IVR, in the same missing half hour.
      {
        source_row: 2,
        column_name: 'vru_exit',
        reason: 'does not exist in Asia/Jerusalem time (the clocks jump forward that night)',
        raw_value: '240329 2:30:20',
      },
    ]);
  });
});
