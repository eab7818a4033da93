import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { loadFiles } from './load-files';
import { goldenFiles } from '../testing/golden-files';
import { eventFactViolations } from '@kanalindsigt/warehouse/testing/event-fact-integrity';

const { dir: GOLDEN, ok, notOk } = goldenFiles('visits');

describe(loadFiles.name, () => {
  let db: TestDatabase;
  const load = (...files: string[]) =>
    loadFiles(db.dataSource, { kind: 'visits', files, municipalityCode: '0169' });
  const count = async (sql: string) => Number((await db.dataSource.query(sql))[0].n);

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  it('loads a good export and reconciles rows in with rows loaded', async () => {
    const summary = await load(ok('frontdesk-five-tickets.csv'));

    expect(summary.status).toBe('succeeded');
    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 5,
      rowsLoaded: 5,
      rowsQuarantined: 0,
      rowsDuplicate: 0,
    });
    expect(await count('SELECT count(*) AS n FROM dw.fact_visit')).toBe(5);
    expect(await count(`SELECT count(*) AS n FROM dw.fact_visit WHERE outcome = 'no_show'`)).toBe(
      1,
    );
    expect(await eventFactViolations(db.dataSource)).toEqual([]);
    const [run] = await db.dataSource.query(
      'SELECT status, count_rows_in, count_rows_loaded FROM etl.run',
    );
    expect(run).toEqual({ status: 'succeeded', count_rows_in: '5', count_rows_loaded: '5' });
  });

  it('stores times as instants and keys them by Copenhagen wall-clock time', async () => {
    await load(ok('frontdesk-five-tickets.csv'));

    const [row] = await db.dataSource.query(
      `SELECT ticket_created_at, date_key, arrival_time_key, wait_seconds, handling_seconds, is_booked
       FROM dw.fact_visit WHERE ticket_ref = '5001'`,
    );
    // 04-03-2024 09:02:10 in Copenhagen (CET, UTC+1)
    expect(row.ticket_created_at.toISOString()).toBe('2024-03-04T08:02:10.000Z');
    expect(row).toMatchObject({
      date_key: 20240304,
      arrival_time_key: 36,
      wait_seconds: 1110,
      handling_seconds: 620,
      is_booked: false,
    });
  });

  it('loads an unmapped service label as "Ikke kortlagt" and reports it', async () => {
    const summary = await load(ok('frontdesk-five-tickets.csv'));

    expect(summary.files[0]?.unmappedLabels).toEqual([{ label: 'Bryllupsplanlægning', rows: 1 }]);
    const [row] = await db.dataSource.query(
      `SELECT s.service_code FROM dw.fact_visit v JOIN dw.dim_service s USING (service_id) WHERE ticket_ref = '5005'`,
    );
    expect(row.service_code).toBe('ukendt');
    expect(
      await count(
        `SELECT count_rows AS n FROM etl.unmapped_label WHERE label = 'Bryllupsplanlægning'`,
      ),
    ).toBe(1);
  });

  it('is idempotent: the same file loaded twice leaves the same rows and reports duplicates', async () => {
    await load(ok('frontdesk-five-tickets.csv'));
    const second = await load(ok('frontdesk-five-tickets.csv'));

    expect(second.files[0]).toMatchObject({
      status: 'already_loaded',
      rowsIn: 5,
      rowsLoaded: 0,
      rowsDuplicate: 5,
    });
    expect(await count('SELECT count(*) AS n FROM dw.fact_visit')).toBe(5);
    expect(await count('SELECT count(*) AS n FROM etl.source_file')).toBe(1);
  });

  it('skips tickets the warehouse already has when an export overlaps an earlier one', async () => {
    await load(ok('frontdesk-five-tickets.csv'));
    // Days 4–8 March overlap the first file's 4–7 March without matching it, so this is no correction.
    const dir = mkdtempSync(join(tmpdir(), 'overlap-'));
    const overlapping = join(dir, 'overlapping.csv');
    const original = readFileSync(ok('frontdesk-five-tickets.csv'), 'utf8');
    writeFileSync(
      overlapping,
      `${original}5006;08-03-2024 09:00:00;08-03-2024 09:05:00;08-03-2024 09:12:00;Pas;Borgerservice;Skranke 1;ABJ;Walk-in;5,0;7,0\r\n`,
    );
    const second = await load(overlapping);

    expect(second.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 6,
      rowsLoaded: 1,
      rowsDuplicate: 5,
      supersededFileIds: [],
    });
    expect(await count('SELECT count(*) AS n FROM dw.fact_visit')).toBe(6);
  });

  it('counts a ticket an earlier file holds as a duplicate whatever the periods', async () => {
    await load(ok('frontdesk-five-tickets.csv'));
    // A year later, no day in common: ticket 5001 again and one new ticket.
    const dir = mkdtempSync(join(tmpdir(), 'later-'));
    const later = join(dir, 'later.csv');
    const [header] = readFileSync(ok('frontdesk-five-tickets.csv'), 'utf8').split('\r\n');
    writeFileSync(
      later,
      `${header}\r\n5001;04-03-2025 09:00:00;04-03-2025 09:05:00;04-03-2025 09:12:00;Pas;Borgerservice;Skranke 1;ABJ;Walk-in;5,0;7,0\r\n` +
        `5007;04-03-2025 10:00:00;04-03-2025 10:05:00;04-03-2025 10:12:00;Bryllupsplanlægning;Borgerservice;Skranke 1;ABJ;Walk-in;5,0;7,0\r\n`,
    );
    const second = await load(later);

    expect(second.files[0]).toMatchObject({ rowsIn: 2, rowsLoaded: 1, rowsDuplicate: 1 });
    expect(await count(`SELECT count(*) AS n FROM dw.fact_visit WHERE ticket_ref = '5001'`)).toBe(
      1,
    );
  });

  it('counts unmapped labels over loaded rows only, not over duplicates', async () => {
    await load(ok('frontdesk-five-tickets.csv'));
    const dir = mkdtempSync(join(tmpdir(), 'unmapped-'));
    const overlapping = join(dir, 'overlapping.csv');
    const original = readFileSync(ok('frontdesk-five-tickets.csv'), 'utf8');
    writeFileSync(
      overlapping,
      `${original}5006;08-03-2024 09:00:00;08-03-2024 09:05:00;08-03-2024 09:12:00;Bryllupsplanlægning;Borgerservice;Skranke 1;ABJ;Walk-in;5,0;7,0\r\n`,
    );
    const second = await load(overlapping);

    // 5005 (a duplicate) and 5006 (new) both carry the label; only 5006 loaded.
    expect(second.files[0]?.unmappedLabels).toEqual([{ label: 'Bryllupsplanlægning', rows: 1 }]);
    expect(
      await count(
        `SELECT count_rows AS n FROM etl.unmapped_label WHERE label = 'Bryllupsplanlægning'`,
      ),
    ).toBe(2);
  });

  it('gives a file whose every row is quarantined its own status, fails the run, and lets it load again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'all-bad-'));
    const allBad = join(dir, 'all-bad.csv');
    const [header, ...rows] = readFileSync(ok('frontdesk-five-tickets.csv'), 'utf8').split('\r\n');
    // Every ticket type unknown: every row quarantined.
    writeFileSync(
      allBad,
      [header, ...rows.map((r) => r.replace(/;(Walk-in|Booket);/, ';Ukendt;'))].join('\r\n'),
    );
    const summary = await load(allBad);

    expect(summary.status).toBe('failed');
    expect(summary.files[0]).toMatchObject({
      status: 'quarantined',
      rowsIn: 5,
      rowsLoaded: 0,
      rowsQuarantined: 5,
    });
    expect(summary.files[0]?.message).toMatch(/every row \(5\) was quarantined, nothing loaded/);
    const [file] = await db.dataSource.query('SELECT status FROM etl.source_file');
    expect(file).toEqual({ status: 'quarantined' });
    expect(await count('SELECT count(*) AS n FROM etl.quarantine')).toBe(5);
    // Not "already loaded": the same content is read again (e.g. after the mapping is fixed).
    expect((await load(allBad)).files[0]?.status).toBe('quarantined');
  });

  it('refreshes the rollups so they agree with the facts', async () => {
    await load(ok('frontdesk-five-tickets.csv'));

    expect(await count('SELECT sum(count_tickets) AS n FROM mart.visit_daily')).toBe(5);
    expect(await count('SELECT sum(count_served) AS n FROM mart.visit_daily')).toBe(4);
    expect(await count('SELECT sum(count_arrivals) AS n FROM mart.visit_arrivals')).toBe(5);
  });

  it.each([
    [
      'unparseable-date.csv',
      6102,
      'CreatedAt',
      'is not a date and time of the form dd-MM-yyyy HH:mm:ss',
      '2024-03-04 09:05',
    ],
    ['end-before-start.csv', 6201, 'EndedAt', 'is before CalledAt', '04-03-2024 09:10:00'],
    [
      'unknown-ticket-type.csv',
      6301,
      'Tickettype',
      'is not a known value (Booket, Walk-in)',
      'Drop-in',
    ],
    [
      'local-time-in-spring-forward-gap.csv',
      6401,
      'CreatedAt',
      'does not exist in Copenhagen time',
      '31-03-2024 02:30:00',
    ],
  ])(
    'quarantines the bad row of %s with its row, column and value',
    async (file, ticket, column, reason, rawValue) => {
      const summary = await load(notOk(file));
      const fileSummary = summary.files[0]!;

      // A file of that one bad row loads nothing: quarantined, not loaded.
      expect(fileSummary.status).toBe(fileSummary.rowsIn === 1 ? 'quarantined' : 'loaded');
      expect(fileSummary.rowsIn).toBe(
        fileSummary.rowsLoaded + fileSummary.rowsQuarantined + fileSummary.rowsDuplicate,
      );
      expect(fileSummary.rowsQuarantined).toBe(1);
      const [row] = await db.dataSource.query(
        `SELECT file_name, source_row, column_name, reason, raw_value FROM etl.quarantine`,
      );
      expect(row.file_name).toBe(file);
      expect(row.column_name).toBe(column);
      expect(row.reason).toContain(reason);
      expect(row.raw_value).toBe(rawValue);
      expect(
        await count(`SELECT count(*) AS n FROM dw.fact_visit WHERE ticket_ref = '${ticket}'`),
      ).toBe(0);
    },
  );

  it('rejects a file without a mapped column, names file, row and column, and loads nothing', async () => {
    const summary = await load(notOk('missing-required-column.csv'));

    expect(summary.status).toBe('failed');
    expect(summary.files[0]?.status).toBe('rejected');
    expect(summary.files[0]?.message).toBe(
      'missing-required-column.csv, row 1, column "QueueName": column "QueueName" is missing from the header',
    );
    expect(await count('SELECT count(*) AS n FROM dw.fact_visit')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM etl.source_file')).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM etl.quarantine WHERE source_row = 1 AND column_name = 'QueueName'`,
      ),
    ).toBe(1);
  });

  it('rejects a truncated file whole: nothing partially loaded', async () => {
    const summary = await load(notOk('truncated-last-line.csv'));

    expect(summary.files[0]?.status).toBe('rejected');
    expect(summary.files[0]?.message).toContain('truncated-last-line.csv, row 3');
    expect(await count('SELECT count(*) AS n FROM dw.fact_visit')).toBe(0);
    const [run] = await db.dataSource.query('SELECT status FROM etl.run');
    expect(run.status).toBe('failed');
  });

  it('rejects a Windows-1252 file read with a UTF-8 mapping, naming the encoding', async () => {
    const summary = await load(notOk('wrong-encoding-windows-1252.csv'));

    expect(summary.files[0]?.status).toBe('rejected');
    expect(summary.files[0]?.message).toBe(
      'wrong-encoding-windows-1252.csv, row 2: is not valid utf-8 text (wrong encoding? the mapping says utf-8)',
    );
    expect(await count('SELECT count(*) AS n FROM dw.fact_visit')).toBe(0);
  });

  it('reports a file that cannot be read as rejected and closes the run', async () => {
    const summary = await load(join(GOLDEN, 'ok', 'no-such-file.csv'));

    expect(summary.files[0]?.status).toBe('rejected');
    expect(summary.files[0]?.message).toMatch(/^no-such-file\.csv: cannot be read \(ENOENT/);
    const [run] = await db.dataSource.query('SELECT status FROM etl.run');
    expect(run.status).toBe('failed');
  });

  it('replaces an earlier file with a corrected re-export of the same period', async () => {
    const original = await load(ok('frontdesk-five-tickets.csv'));
    // Same days (4–7 March 2024): ticket 5003 withdrawn, 5005 recoded to a known service.
    const corrected = await load(ok('frontdesk-five-tickets-corrected-re-export.csv'));

    expect(corrected.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 4,
      rowsLoaded: 4,
      rowsDuplicate: 0,
      supersededFileIds: [original.files[0]?.sourceFileId],
    });
    const tickets = await db.dataSource.query(
      `SELECT ticket_ref, s.service_code FROM dw.fact_visit JOIN dw.dim_service s USING (service_id) ORDER BY ticket_ref`,
    );
    expect(tickets).toEqual([
      { ticket_ref: '5001', service_code: 'pas' },
      { ticket_ref: '5002', service_code: 'koerekort' },
      { ticket_ref: '5004', service_code: 'folkeregister' },
      { ticket_ref: '5005', service_code: 'vielse' },
    ]);
    expect(await count('SELECT sum(count_tickets) AS n FROM mart.visit_daily')).toBe(4);
    const files = await db.dataSource.query(
      `SELECT file_name, superseded_by_file_id IS NOT NULL AS superseded FROM etl.source_file ORDER BY source_file_id`,
    );
    expect(files).toEqual([
      { file_name: 'frontdesk-five-tickets.csv', superseded: true },
      { file_name: 'frontdesk-five-tickets-corrected-re-export.csv', superseded: false },
    ]);
  });

  it.each([
    [
      'wrong-delimiter.csv',
      'wrong-delimiter.csv, row 1, column "TicketId,CreatedAt,CalledAt,EndedAt,Queu": column "TicketId,CreatedAt,CalledAt,EndedAt,Queu" is the whole header: is the file separated by \',\' rather than \';\'?',
    ],
    [
      'duplicated-header.csv',
      'duplicated-header.csv, row 1, column "QueueName": column "QueueName" appears twice in the header',
    ],
    ['empty-file.csv', 'empty-file.csv, row 1: the file is empty (no header row)'],
    [
      'binary-garbage.csv',
      'binary-garbage.csv, row 1: is not valid utf-8 text (wrong encoding? the mapping says utf-8)',
    ],
  ])('rejects %s whole with a message naming file, row and column', async (file, message) => {
    const summary = await load(notOk(file));

    expect(summary.files[0]).toMatchObject({
      status: 'rejected',
      message,
      rowsIn: 0,
      rowsLoaded: 0,
    });
    expect(await count('SELECT count(*) AS n FROM dw.fact_visit')).toBe(0);
  });

  it.each([
    [
      'local-time-in-repeated-autumn-hour.csv',
      'CreatedAt',
      'occurs twice in Copenhagen time (clocks go back from 03:00 to 02:00 that night)',
      '27-10-2024 02:30:00',
    ],
    [
      'ambiguous-two-digit-year.csv',
      'CreatedAt',
      'is not a date and time of the form dd-MM-yyyy HH:mm:ss',
      '04-03-24 09:05:00',
    ],
    ['one-megabyte-cell.csv', 'QueueName', 'is longer than 10,000 characters', 'P'.repeat(1000)],
  ])(
    'quarantines the bad row of %s and loads the good one',
    async (file, column, reason, rawValue) => {
      const summary = await load(notOk(file));

      expect(summary.files[0]).toMatchObject({
        status: 'loaded',
        rowsIn: 2,
        rowsLoaded: 1,
        rowsQuarantined: 1,
        rowsDuplicate: 0,
      });
      // Every bad cell of the row is listed; the first names the column under test.
      const rows = await db.dataSource.query(
        'SELECT source_row, column_name, reason, raw_value FROM etl.quarantine ORDER BY quarantine_id',
      );
      expect(rows[0]).toEqual({ source_row: 3, column_name: column, reason, raw_value: rawValue });
      expect(rows.every((row: { source_row: number }) => row.source_row === 3)).toBe(true);
    },
  );

  it('counts a ticket id repeated within a file as a duplicate of its first row', async () => {
    const summary = await load(notOk('duplicate-ticket-ids.csv'));

    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 2,
      rowsLoaded: 1,
      rowsQuarantined: 0,
      rowsDuplicate: 1,
    });
    const [first] = await db.dataSource.query('SELECT source_row FROM dw.fact_visit');
    expect(first.source_row).toBe(2);
  });
});
