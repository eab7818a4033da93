import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { loadFiles } from '../../load/load-files';
import { writeTelephonyExports } from '@kanalindsigt/simulator/telephony-export';
import { QUEUE_BUCKET_SECONDS } from '@kanalindsigt/warehouse/reference/rollup-buckets';
import { goldenFiles, expectReconciled } from '../../testing/golden-files';
import { eventFactViolations } from '@kanalindsigt/warehouse/testing/event-fact-integrity';

const { dir: GOLDEN, notOk } = goldenFiles('calls');
const EIGHT_CALLS = join(GOLDEN, 'ok', 'telefoni-eight-calls.csv');

describe('calls source', () => {
  let db: TestDatabase;
  const load = (...files: string[]) =>
    loadFiles(db.dataSource, { kind: 'calls', files, municipalityCode: '0169' });
  const query = (sql: string) => db.dataSource.query(sql);
  /** Day × service × outcome counts on which the call rollups and the facts disagree. */
  const rollupDrift = async () => {
    const [{ n }] = await query(
      `WITH facts AS (SELECT date_key, service_id, outcome, count(*)::int AS n FROM dw.fact_call GROUP BY 1, 2, 3),
            daily AS (SELECT date_key, service_id, outcome, sum(count_calls)::int AS n FROM mart.call_daily GROUP BY 1, 2, 3),
            arrivals AS (SELECT date_key, sum(count_calls)::int AS n FROM mart.call_arrivals GROUP BY 1)
       SELECT (SELECT count(*) FROM ((TABLE facts EXCEPT TABLE daily) UNION ALL (TABLE daily EXCEPT TABLE facts)) d)
            + (SELECT count(*) FROM ((SELECT date_key, sum(n)::int FROM facts GROUP BY 1 EXCEPT TABLE arrivals)
                                     UNION ALL (TABLE arrivals EXCEPT SELECT date_key, sum(n)::int FROM facts GROUP BY 1)) a)
              AS n`,
    );
    return Number(n);
  };

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  it('loads a platform export: UTC times keyed by Copenhagen day and quarter hour, durations from milliseconds', async () => {
    const summary = await load(EIGHT_CALLS);

    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 8,
      rowsLoaded: 8,
      rowsQuarantined: 0,
      rowsDuplicate: 0,
    });
    const rows = await query(
      `SELECT call_ref, queue_label, ivr_choice, date_key, arrival_time_key, outcome, handled_by, queue_seconds,
              talk_seconds, hold_seconds, wrap_up_seconds, is_first_contact_resolved
       FROM dw.fact_call ORDER BY source_row`,
    );
    const call = (
      ref: string,
      queue: string,
      ivr: string | null,
      date: number,
      time: number,
      outcome: string,
      durations: [number, number, number, number],
      resolved: boolean | null,
      handledBy = 'municipality',
    ) => ({
      call_ref: ref,
      queue_label: queue,
      ivr_choice: ivr,
      date_key: date,
      arrival_time_key: time,
      outcome,
      handled_by: handledBy,
      queue_seconds: durations[0],
      talk_seconds: durations[1],
      hold_seconds: durations[2],
      wrap_up_seconds: durations[3],
      is_first_contact_resolved: resolved,
    });
    expect(rows).toEqual([
      // 08:02:10 UTC is 09:02:10 in Copenhagen (CET): quarter hour 36.
      call(
        '20240304-00001',
        'Borgerservice',
        'Pas og kørekort',
        20240304,
        36,
        'answered',
        [95, 195, 20, 31],
        true,
      ),
      call(
        '20240304-00002',
        'Borgerservice',
        'NemID/MitID',
        20240304,
        37,
        'forwarded_hotline',
        [0, 0, 0, 0],
        null,
        'hotline',
      ),
      call(
        '20240304-00003',
        'Pension og boligstøtte',
        'Pension',
        20240304,
        37,
        'abandoned',
        [152, 0, 0, 0],
        null,
      ),
      call(
        '20240304-00004',
        'Borgerservice',
        'Folkeregister',
        20240304,
        38,
        'abandoned',
        [3, 0, 0, 0],
        null,
      ),
      call(
        '20240304-00005',
        'Omstilling',
        null,
        20240304,
        40,
        'transferred',
        [63, 80, 0, 12],
        false,
      ),
      call(
        '20240304-00006',
        'Borgerservice',
        'Hittegods',
        20240304,
        44,
        'callback',
        [70, 0, 0, 0],
        null,
      ),
      call(
        '20240304-00007',
        'Borgerservice',
        'Skat',
        20240304,
        48,
        'answered',
        [40, 240, 0, 0],
        null,
      ),
      // 22:30 UTC on 30 June is 00:30 on 1 July in Copenhagen (CEST).
      call('20240630-00001', 'Borgerservice', null, 20240701, 2, 'ivr_only', [0, 0, 0, 0], null),
    ]);
    const [first] = await query(
      `SELECT arrived_at, answered_at, ended_at FROM dw.fact_call WHERE call_ref = '20240304-00001'`,
    );
    expect(first.arrived_at.toISOString()).toBe('2024-03-04T08:02:10.000Z');
    expect(first.answered_at.toISOString()).toBe('2024-03-04T08:04:05.000Z');
    expect(first.ended_at.toISOString()).toBe('2024-03-04T08:07:40.000Z');
    expect(await eventFactViolations(db.dataSource)).toEqual([]);
    const buckets: { queue_seconds: number | null }[] = await query(
      'SELECT queue_seconds FROM dw.fact_call',
    );
    const expected = new Map<number, number>();
    for (const { queue_seconds } of buckets) {
      const bucket = Math.max(...QUEUE_BUCKET_SECONDS.filter((b) => b <= (queue_seconds ?? 0)));
      expected.set(bucket, (expected.get(bucket) ?? 0) + 1);
    }
    const rolled: { bucket: number; n: number }[] = await query(
      `SELECT queue_bucket_seconds AS bucket, sum(count_calls)::int AS n FROM mart.call_daily GROUP BY 1 ORDER BY 1`,
    );
    expect(rolled).toEqual(
      [...expected].sort(([a], [b]) => a - b).map(([bucket, n]) => ({ bucket, n })),
    );
    expect(await rollupDrift()).toBe(0);
  });

  it('takes the service from the IVR choice, or from the queue when the caller chose nothing', async () => {
    await query(
      `INSERT INTO dw.service_label_map (source_system, source_label, service_id)
       SELECT 'telefoni', label, service_id FROM dw.dim_service,
              (VALUES ('Pas og kørekort', 'pas'), ('Omstilling', 'oevrige')) AS m(label, code)
       WHERE service_code = m.code
       ON CONFLICT DO NOTHING`,
    );

    const summary = await load(EIGHT_CALLS);

    const services = await query(
      `SELECT c.call_ref, s.service_code FROM dw.fact_call c JOIN dw.dim_service s USING (service_id)
       WHERE c.call_ref IN ('20240304-00001', '20240304-00005', '20240304-00006') ORDER BY c.call_ref`,
    );
    expect(services).toEqual([
      { call_ref: '20240304-00001', service_code: 'pas' },
      { call_ref: '20240304-00005', service_code: 'oevrige' },
      { call_ref: '20240304-00006', service_code: 'ukendt' },
    ]);
    expect(summary.files[0]?.unmappedLabels).toContainEqual({ label: 'Hittegods', rows: 1 });
    const [recorded] = await query(
      `SELECT source_kind, count_rows::int FROM etl.unmapped_label WHERE label = 'Hittegods'`,
    );
    expect(recorded).toEqual({ source_kind: 'calls', count_rows: 1 });
  });

  it('loads the same export once, and skips calls already loaded from an overlapping export', async () => {
    await load(EIGHT_CALLS);
    const again = await load(EIGHT_CALLS);
    // One more day (2 July) makes the period overlap the first file's without matching it.
    const dir = mkdtempSync(join(tmpdir(), 'calls-overlap-'));
    const overlapping = join(dir, 'overlapping.csv');
    writeFileSync(
      overlapping,
      `${readFileSync(EIGHT_CALLS, 'utf8')}20240702-00001;Borgerservice;Skat;2024-07-02 07:10:00;;2024-07-02 07:10:40;Abandoned;20000;0;0;0;;\n`,
    );
    const second = await load(overlapping);

    expect(again.files[0]).toMatchObject({ status: 'already_loaded', rowsDuplicate: 8 });
    expect(second.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 9,
      rowsLoaded: 1,
      rowsDuplicate: 8,
      supersededFileIds: [],
    });
    const [{ n }] = await query('SELECT count(*)::int AS n FROM dw.fact_call');
    expect(n).toBe(9);
    expect(await rollupDrift()).toBe(0);
  });

  it('replaces an earlier export with a corrected re-export of the same days', async () => {
    const original = await load(EIGHT_CALLS);
    const dir = mkdtempSync(join(tmpdir(), 'calls-correction-'));
    const corrected = join(dir, 'corrected.csv');
    writeFileSync(
      corrected,
      readFileSync(EIGHT_CALLS, 'utf8')
        .replace(';Hittegods;', ';Andet;')
        .replace(/^20240304-00007;.*\n/m, ''),
    );
    const second = await load(corrected);

    expect(second.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 7,
      rowsLoaded: 7,
      rowsDuplicate: 0,
      supersededFileIds: [original.files[0]?.sourceFileId],
    });
    const rows = await query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE ivr_choice = 'Andet')::int AS recoded FROM dw.fact_call`,
    );
    expect(rows).toEqual([{ n: 7, recoded: 1 }]);
    expect(await rollupDrift()).toBe(0);
  });

  it('counts a call id repeated in the file as a duplicate and keeps the first row', async () => {
    const summary = await load(notOk('duplicate-call-ids.csv'));

    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 3,
      rowsLoaded: 2,
      rowsQuarantined: 0,
      rowsDuplicate: 1,
    });
    expectReconciled(summary.files[0]);
    const rows = await query(
      `SELECT source_row, outcome FROM dw.fact_call WHERE call_ref = '20240304-00001'`,
    );
    expect(rows).toEqual([{ source_row: 2, outcome: 'answered' }]);
  });

  it.each([
    ['negative-duration.csv', 'WaitMs', 'is a negative duration', '-1200'],
    ['duration-over-24-hours.csv', 'TalkMs', 'is longer than 24 hours', '90000000'],
    ['end-before-start.csv', 'EndTimeUtc', 'is before StartTimeUtc', '2024-03-05 08:01:00'],
    [
      'unknown-outcome-label.csv',
      'Result',
      'is not a known value (Answered, Abandoned, Transferred, ForwardedDDH, CallbackRequested, IvrOnly)',
      'Voicemail',
    ],
    [
      'answered-without-answer-time.csv',
      'AnswerTimeUtc',
      'is empty although Result says the call was answered',
      '',
    ],
    ['answer-before-start.csv', 'AnswerTimeUtc', 'is before StartTimeUtc', '2024-03-05 08:09:00'],
    [
      'call-outside-warehouse-years.csv',
      'StartTimeUtc',
      'is outside the years the warehouse covers (1995–2045)',
      '1994-03-05 08:10:00',
    ],
    [
      'unknown-wrap-up-code.csv',
      'WrapUpCode',
      'is not a known value (Straksafklaret, Sag oprettet, Ringer tilbage, Henvist til selvbetjening, Henvist til anden afdeling, Viderestillet)',
      'Klage',
    ],
  ])(
    'quarantines row 3 of %s with its column, reason and value',
    async (file, column, reason, raw) => {
      const summary = await load(notOk(file));

      expect(summary.files[0]).toMatchObject({
        status: 'loaded',
        rowsIn: 3,
        rowsLoaded: 2,
        rowsQuarantined: 1,
        rowsDuplicate: 0,
      });
      expectReconciled(summary.files[0]);
      const rows = await query(
        'SELECT file_name, source_row, column_name, reason, raw_value FROM etl.quarantine',
      );
      expect(rows).toEqual([
        { file_name: file, source_row: 3, column_name: column, reason, raw_value: raw },
      ]);
      const [{ n }] = await query(
        `SELECT count(*)::int AS n FROM dw.fact_call WHERE call_ref = '20240305-00001'`,
      );
      expect(n).toBe(0);
    },
  );

  it("loads the simulator's exports with the shipped mapping without quarantining a row", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'telephony-'));
    const written = await writeTelephonyExports(
      {
        municipalityCode: '0169',
        population: 50_835,
        from: '2021-03-25',
        to: '2021-04-06',
        seed: 3,
      },
      dir,
    );
    const summary = await load(...written.map((w) => w.path));

    expect(written.map((w) => w.path.slice(dir.length + 1))).toEqual([
      'telefoni-opkald-0169-2021-03.csv',
      'telefoni-opkald-0169-2021-04.csv',
    ]);
    expect(summary).toMatchObject({
      status: 'succeeded',
      rowsQuarantined: 0,
      rowsDuplicate: 0,
      rowsLoaded: written.reduce((sum, w) => sum + w.rows, 0),
    });
    const outcomes: { outcome: string }[] = await query(
      'SELECT DISTINCT outcome FROM dw.fact_call ORDER BY outcome',
    );
    expect(outcomes.map((o) => o.outcome)).toEqual([
      'abandoned',
      'answered',
      'callback',
      'forwarded_hotline',
      'ivr_only',
      'transferred',
    ]);
    // Easter 2021 (1–5 April) is closed: only IVR calls.
    const [closed] = await query(
      `SELECT count(*)::int AS calls, count(*) FILTER (WHERE outcome <> 'ivr_only')::int AS offered
       FROM dw.fact_call WHERE date_key BETWEEN 20210401 AND 20210405`,
    );
    expect(closed.calls).toBeGreaterThan(0);
    expect(closed.offered).toBe(0);
  });
});
