import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { loadFiles } from '../../load/load-files';
import { writeHotlineExports } from '@kanalindsigt/simulator/hotline-export';
import { writeTelephonyExports } from '@kanalindsigt/simulator/telephony-export';
import { goldenFiles, expectReconciled } from '../../testing/golden-files';

const { dir: GOLDEN, notOk } = goldenFiles('calls-aggregate');
const DDH_2021 = join(GOLDEN, 'ok', 'ddh-statistik-0169-2021.csv');
const FIRST_AND_LAST_DAY = join(GOLDEN, 'first-and-last-day.mapping.json');

describe('calls-aggregate source', () => {
  let db: TestDatabase;
  const load = (files: string[], options: { mappingPath?: string; municipality?: string } = {}) =>
    loadFiles(db.dataSource, {
      kind: 'calls-aggregate',
      files,
      municipalityCode: options.municipality ?? '0169',
      mappingPath: options.mappingPath,
    });
  const query = (sql: string) => db.dataSource.query(sql);

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  it("loads the hotline's monthly report: a month column becomes the calendar month", async () => {
    const summary = await load([DDH_2021]);

    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 12,
      rowsLoaded: 12,
      rowsQuarantined: 0,
      rowsDuplicate: 0,
      unmappedLabels: [],
    });
    const [totals] = await query(
      `SELECT sum(count_offered)::int AS offered, sum(count_answered)::int AS answered,
              sum(count_first_contact_resolved)::int AS resolved, min(period_start)::text AS first,
              max(period_end)::text AS last, count(DISTINCT reporting_line)::int AS lines
       FROM dw.fact_call_aggregate WHERE municipality_code = '0169'`,
    );
    expect(totals).toEqual({
      offered: 8298,
      answered: 5996,
      resolved: 3310,
      first: '2021-01-01',
      last: '2021-12-31',
      lines: 1,
    });
    const [february] = await query(
      `SELECT reporting_line, period_start::text, period_end::text, count_offered, count_answered,
              count_first_contact_resolved, mean_wait_seconds::text
       FROM dw.fact_call_aggregate WHERE period_start = '2021-02-01'`,
    );
    expect(february).toEqual({
      reporting_line: 'Høje-Taastrup',
      period_start: '2021-02-01',
      period_end: '2021-02-28',
      count_offered: 579,
      count_answered: 396,
      count_first_contact_resolved: 238,
      mean_wait_seconds: '106.0',
    });
    const [file] = await query('SELECT period_start::text, period_end::text FROM etl.source_file');
    expect(file).toEqual({ period_start: '2021-01-01', period_end: '2021-12-31' });
  });

  it('loads the same report once, and keeps the first counts of a month reported again', async () => {
    await load([DDH_2021]);
    const again = await load([DDH_2021]);
    // January 2022 added: the period overlaps the first report's without matching it.
    const dir = mkdtempSync(join(tmpdir(), 'ddh-overlap-'));
    const overlapping = join(dir, 'overlapping.csv');
    writeFileSync(
      overlapping,
      `${readFileSync(DDH_2021, 'utf8').replace(';02-2021;579;', ';02-2021;999;')}Høje-Taastrup;01-2022;702;498;270;111,3\r\n`,
    );
    const second = await load([overlapping]);

    expect(again.files[0]).toMatchObject({ status: 'already_loaded', rowsDuplicate: 12 });
    expect(second.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 13,
      rowsLoaded: 1,
      rowsDuplicate: 12,
      supersededFileIds: [],
    });
    const [february] = await query(
      `SELECT count_offered FROM dw.fact_call_aggregate WHERE period_start = '2021-02-01'`,
    );
    expect(february.count_offered).toBe(579);
  });

  it('replaces an earlier report with a corrected one for the same months', async () => {
    const original = await load([DDH_2021]);
    const dir = mkdtempSync(join(tmpdir(), 'ddh-correction-'));
    const corrected = join(dir, 'corrected.csv');
    writeFileSync(
      corrected,
      readFileSync(DDH_2021, 'utf8').replace(';02-2021;579;', ';02-2021;599;'),
    );
    const second = await load([corrected]);

    expect(second.files[0]).toMatchObject({
      status: 'loaded',
      rowsLoaded: 12,
      rowsDuplicate: 0,
      supersededFileIds: [original.files[0]?.sourceFileId],
    });
    const [totals] = await query(
      `SELECT count(*)::int AS n, sum(count_offered)::int AS offered FROM dw.fact_call_aggregate`,
    );
    expect(totals).toEqual({ n: 12, offered: 8298 + 20 });
  });

  it('reads counts with thousands separators as the mapping declares them', async () => {
    const summary = await load([join(GOLDEN, 'ok', 'thousands-separators.csv')], {
      municipality: '0751',
    });

    expect(summary.files[0]).toMatchObject({ rowsIn: 3, rowsLoaded: 3, rowsQuarantined: 0 });
    const rows = await query(
      `SELECT count_offered, count_answered, count_first_contact_resolved, mean_wait_seconds::text
       FROM dw.fact_call_aggregate WHERE municipality_code = '0751' ORDER BY period_start`,
    );
    // The mean wait is a duration: whole seconds.
    expect(rows).toEqual([
      {
        count_offered: 1234,
        count_answered: 1012,
        count_first_contact_resolved: 563,
        mean_wait_seconds: '95.0',
      },
      {
        count_offered: 987,
        count_answered: 702,
        count_first_contact_resolved: 391,
        mean_wait_seconds: '121.0',
      },
      {
        count_offered: 12345,
        count_answered: 9001,
        count_first_contact_resolved: 4950,
        mean_wait_seconds: '89.0',
      },
    ]);
  });

  it('reads first and last day columns, and an empty last day as the whole month', async () => {
    const summary = await load([join(GOLDEN, 'ok', 'first-and-last-day-columns.csv')], {
      mappingPath: FIRST_AND_LAST_DAY,
    });

    expect(summary.files[0]).toMatchObject({ rowsIn: 3, rowsLoaded: 3, rowsQuarantined: 0 });
    const rows = await query(
      `SELECT period_start::text, period_end::text, count_first_contact_resolved, mean_wait_seconds::text
       FROM dw.fact_call_aggregate ORDER BY period_start`,
    );
    expect(rows).toEqual([
      {
        period_start: '2021-01-01',
        period_end: '2021-01-15',
        count_first_contact_resolved: null,
        mean_wait_seconds: '109.0',
      },
      {
        period_start: '2021-01-16',
        period_end: '2021-01-31',
        count_first_contact_resolved: null,
        mean_wait_seconds: '112.0',
      },
      {
        period_start: '2021-02-01',
        period_end: '2021-02-28',
        count_first_contact_resolved: null,
        mean_wait_seconds: '106.0',
      },
    ]);
  });

  it.each([
    ['answered-exceeds-offered.csv', undefined, 'Besvarede', 'is greater than Tilbudte', '700'],
    [
      'resolved-exceeds-answered.csv',
      undefined,
      'Straksafklarede',
      'is greater than Besvarede',
      '400',
    ],
    ['negative-count.csv', undefined, 'Straksafklarede', 'is negative', '-3'],
    [
      'overlapping-periods-in-aggregate.csv',
      undefined,
      'Måned',
      'overlaps the period 2021-01-01–2021-01-31 of the same reporting line in row 2',
      '01-2021',
    ],
    ['period-end-before-start.csv', FIRST_AND_LAST_DAY, 'Til', 'is before Fra', '01.01.2021'],
    [
      'month-without-end-not-starting-on-the-first.csv',
      FIRST_AND_LAST_DAY,
      'Fra',
      'is not the first day of a month, and without Til a row counts a whole month',
      '15.02.2021',
    ],
  ])(
    'quarantines the bad row of %s with its column, reason and value',
    async (file, mappingPath, column, reason, raw) => {
      const summary = await load([notOk(file)], { mappingPath });
      const fileSummary = summary.files[0];

      expect(fileSummary).toMatchObject({ status: 'loaded', rowsQuarantined: 1, rowsDuplicate: 0 });
      expect(fileSummary?.rowsLoaded).toBe((fileSummary?.rowsIn ?? 0) - 1);
      expectReconciled(fileSummary);
      const rows = await query(
        'SELECT file_name, source_row, column_name, reason, raw_value FROM etl.quarantine',
      );
      expect(rows).toEqual([
        { file_name: file, source_row: 3, column_name: column, reason, raw_value: raw },
      ]);
    },
  );

  it("loads the simulator's report cleanly, offering exactly the calls the municipality forwarded", async () => {
    const simulation = {
      municipalityCode: '0169',
      population: 50_835,
      from: '2020-08-01',
      to: '2020-10-31',
      seed: 11,
    };
    const dir = mkdtempSync(join(tmpdir(), 'ddh-'));
    const written = await writeHotlineExports(simulation, dir);
    const calls = await writeTelephonyExports(simulation, dir);

    const summary = await load(written.map((w) => w.path));
    await loadFiles(db.dataSource, {
      kind: 'calls',
      files: calls.map((c) => c.path),
      municipalityCode: '0169',
    });

    expect(written).toEqual([{ path: join(dir, 'ddh-statistik-0169-2020.csv'), rows: 2 }]);
    expect(summary).toMatchObject({ status: 'succeeded', rowsIn: 2, rowsLoaded: 2 });
    expect(summary.rowsQuarantined).toBe(0);
    const months = await query(
      `SELECT a.period_start::text, a.count_offered,
              (SELECT count(*)::int FROM dw.fact_call c
               WHERE c.outcome = 'forwarded_hotline'
                 AND c.date_key BETWEEN to_char(a.period_start, 'YYYYMMDD')::int
                                    AND to_char(a.period_end, 'YYYYMMDD')::int) AS forwarded
       FROM dw.fact_call_aggregate a ORDER BY a.period_start`,
    );
    expect(months.map((m: { period_start: string }) => m.period_start)).toEqual([
      '2020-09-01',
      '2020-10-01',
    ]);
    for (const month of months) expect(month.count_offered).toBe(month.forwarded);
  });
});
