import { join } from 'node:path';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { loadFiles } from '../../load/load-files';
import { expectReconciled, goldenFiles, quarantinedRows } from '../../testing/golden-files';
import { MAPPINGS_DIR } from '../mapping/source-mapping';

const { ok, notOk } = goldenFiles('visits');

/** The daily report has the day in one column and each of a ticket's times in its own. */
describe('visits from a daily report with separate date and time columns', () => {
  let db: TestDatabase;
  const load = (file: string) =>
    loadFiles(db.dataSource, {
      kind: 'visits',
      files: [file],
      municipalityCode: '0169',
      mappingPath: join(MAPPINGS_DIR, 'frontdesk-visits-daily-report.json'),
    });
  const quarantined = () => quarantinedRows(db.dataSource);

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  it('joins every time to the day of its row, in Copenhagen time', async () => {
    const summary = await load(ok('frontdesk-daily-report-date-and-time-columns.csv'));

    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 4,
      rowsLoaded: 4,
      rowsQuarantined: 0,
      unmappedLabels: [],
    });
    const visits = await db.dataSource.query(
      `SELECT ticket_ref, ticket_created_at, date_key, wait_seconds, handling_seconds, outcome
       FROM dw.fact_visit ORDER BY ticket_ref`,
    );
    expect(visits).toEqual([
      {
        ticket_ref: '7001',
        // 04-03-2024 09:02:10 in Copenhagen (CET, UTC+1)
        ticket_created_at: new Date('2024-03-04T08:02:10Z'),
        date_key: 20240304,
        wait_seconds: 1110,
        handling_seconds: 620,
        outcome: 'served',
      },
      expect.objectContaining({ ticket_ref: '7002', wait_seconds: 120, handling_seconds: 510 }),
      expect.objectContaining({ ticket_ref: '7003', wait_seconds: null, outcome: 'no_show' }),
      expect.objectContaining({ ticket_ref: '7004', date_key: 20240305 }),
    ]);
  });

  it('quarantines a time it cannot read, naming the time column', async () => {
    const summary = await load(notOk('time-column-unparseable.csv'));

    expectReconciled(summary.files[0]);
    expect(summary.files[0]).toMatchObject({ rowsIn: 3, rowsLoaded: 2, rowsQuarantined: 1 });
    expect(await quarantined()).toEqual([
      {
        source_row: 3,
        column_name: 'Kaldt',
        reason: 'is not a time of day of the form HH:mm:ss',
        raw_value: '9.20',
      },
    ]);
  });

  it("names the time column of a rule's problem and shows the day with the time", async () => {
    const summary = await load(notOk('time-columns-end-before-call.csv'));

    expectReconciled(summary.files[0]);
    expect(summary.files[0]).toMatchObject({ rowsIn: 2, rowsLoaded: 1, rowsQuarantined: 1 });
    expect(await quarantined()).toEqual([
      {
        source_row: 3,
        column_name: 'Afsluttet',
        reason: 'is before Kaldt',
        raw_value: '07-03-2024 09:10:00',
      },
    ]);
  });

  it('refuses a report without its date column, naming it', async () => {
    const summary = await load(notOk('date-column-missing.csv'));

    expect(summary.files[0]).toMatchObject({
      status: 'rejected',
      rowsIn: 0,
      message:
        'date-column-missing.csv, row 1, column "Dato": column "Dato" is missing from the header',
    });
  });
});
