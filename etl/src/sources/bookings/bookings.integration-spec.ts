import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { loadFiles } from '../../load/load-files';
import { writeBookingExports } from '@kanalindsigt/simulator/booking-export';
import {
  ageBandCode,
  ageOn,
  createCprPseudonymizer,
  deriveFromCpr,
} from '@kanalindsigt/warehouse/reference/cpr';
import { CPR_SHAPED, cprTraces } from '../../testing/cpr-traces';
import { goldenFiles } from '../../testing/golden-files';
import { eventFactViolations } from '@kanalindsigt/warehouse/testing/event-fact-integrity';

const { ok, notOk } = goldenFiles('bookings');

const TEST_SECRET = 'a3f1c2d4e5b60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
const pseudonymOf = createCprPseudonymizer(Buffer.from(TEST_SECRET, 'hex'));

describe('bookings source', () => {
  let db: TestDatabase;
  let savedSecret: string | undefined;
  const load = (...files: string[]) =>
    loadFiles(db.dataSource, { kind: 'bookings', files, municipalityCode: '0169' });
  const query = (sql: string) => db.dataSource.query(sql);
  const quarantine = () =>
    query(
      'SELECT file_name, source_row, column_name, reason, raw_value FROM etl.quarantine ORDER BY source_row, column_name',
    );

  beforeAll(() => {
    savedSecret = process.env.CPR_PSEUDONYM_SECRET;
    process.env.CPR_PSEUDONYM_SECRET = TEST_SECRET;
  });
  afterAll(() => {
    if (savedSecret === undefined) delete process.env.CPR_PSEUDONYM_SECRET;
    else process.env.CPR_PSEUDONYM_SECRET = savedSecret;
  });
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  it('loads a good export: instants, slot keys, status and the citizen as pseudonym, age band and sex', async () => {
    const summary = await load(ok('booking-eight-bookings.csv'));

    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 8,
      rowsLoaded: 8,
      rowsQuarantined: 0,
      rowsDuplicate: 0,
    });
    const rows: Record<string, string | number | Date | null>[] = await query(
      `SELECT booking_ref, booked_at, booking_channel, slot_start_at, slot_minutes, slot_date_key, slot_time_key,
              status, citizen_pseudonym, age_band_code, sex
       FROM dw.fact_booking ORDER BY booking_ref`,
    );
    const lines = rows.map((r) =>
      Object.values(r)
        .map((value) => (value instanceof Date ? value.toISOString() : (value ?? '-')))
        .join(' '),
    );
    const turning65 = pseudonymOf('050356-0308');
    // Copenhagen wall clock in winter is UTC+1.
    expect(lines).toEqual([
      `21000101 2021-03-01T18:42:10.000Z web 2021-03-04T08:15:00.000Z 15 20210304 37 attended ${turning65} 50-64 F`,
      // The same citizen without the hyphen, a day later: 65 on the slot date.
      `21000102 2021-03-02T09:05:00.000Z phone 2021-03-05T09:30:00.000Z 15 20210305 42 no_show ${turning65} 65-79 F`,
      `21000103 2021-02-26T19:11:45.000Z web 2021-03-04T08:30:00.000Z 15 20210304 38 cancelled ${pseudonymOf('170812-6557')} 0-17 M`,
      `21000104 2021-03-04T08:50:12.000Z floorwalker 2021-03-04T10:00:00.000Z 15 20210304 44 attended ${pseudonymOf('231138-3187')} 80+ M`,
      `21000105 2021-03-03T12:20:00.000Z counter 2021-03-08T13:45:00.000Z 30 20210308 59 attended - - -`,
      `21000106 2021-02-22T07:00:00.000Z web 2021-03-08T08:00:00.000Z 15 20210308 36 rescheduled ${pseudonymOf('300690-2634')} 30-49 F`,
      // Registered two and a half hours after the wedding: within the day allowed.
      `21000107 2021-03-08T15:30:00.000Z counter 2021-03-08T13:00:00.000Z 60 20210308 56 attended ${pseudonymOf('140175-0005')} 30-49 M`,
      `21000108 2021-03-01T11:00:00.000Z phone 2021-03-15T09:00:00.000Z 15 20210315 40 booked ${pseudonymOf('280299-3358')} 18-29 F`,
    ]);
    expect(await eventFactViolations(db.dataSource)).toEqual([]);
    const drift = await query(
      `(SELECT slot_date_key, status, age_band_code, count(*)::int AS n, sum(slot_minutes)::int AS minutes
        FROM dw.fact_booking GROUP BY 1, 2, 3
        EXCEPT
        SELECT slot_date_key, status, nullif(age_band_code, ''), sum(count_bookings)::int, sum(sum_slot_minutes)::int
        FROM mart.booking_daily GROUP BY 1, 2, 3)`,
    );
    expect(drift).toEqual([]);
    expect(
      await cprTraces(db.dataSource, [
        '050356-0308',
        '170812-6557',
        '231138-3187',
        '300690-2634',
        '140175-0005',
        '280299-3358',
      ]),
    ).toEqual([]);
  });

  it('finds CPR numbers where they are: the scan the CPR tests rely on', async () => {
    await load(ok('booking-eight-bookings.csv'));
    await query(
      `INSERT INTO etl.unmapped_label (source_kind, municipality_code, label_kind, label, count_rows)
       VALUES ('bookings', '0169', 'service', 'Pas 0102031234', 1)`,
    );
    await query(
      `UPDATE dw.fact_booking SET citizen_pseudonym = repeat('a', 54) || '0503560308' WHERE booking_ref = '21000101'`,
    );

    expect(await cprTraces(db.dataSource, ['050356-0308'])).toEqual([
      `dw.fact_booking.citizen_pseudonym: ${'a'.repeat(54)}0503560308`,
      'etl.unmapped_label.label: Pas 0102031234',
    ]);
  });

  it('maps service labels through dw.service_label_map for source system "booking"', async () => {
    await query(
      `INSERT INTO dw.service_label_map (source_system, municipality_code, source_label, service_id)
       SELECT 'booking', '0169', 'Pas', service_id FROM dw.dim_service WHERE service_code = 'pas'`,
    );
    const summary = await load(ok('booking-eight-bookings.csv'));

    expect(summary.files[0]?.unmappedLabels.map((l) => l.label)).not.toContain('Pas');
    const services = await query(
      `SELECT DISTINCT s.service_code FROM dw.fact_booking b JOIN dw.dim_service s USING (service_id)
       WHERE b.service_label = 'Pas'`,
    );
    expect(services).toEqual([{ service_code: 'pas' }]);
  });

  it('loads the same export once', async () => {
    await load(ok('booking-eight-bookings.csv'));
    const second = await load(ok('booking-eight-bookings.csv'));

    expect(second.files[0]).toMatchObject({ status: 'already_loaded', rowsDuplicate: 8 });
    expect(await query('SELECT count(*)::int AS n FROM dw.fact_booking')).toEqual([{ n: 8 }]);
  });

  it('quarantines a CPR number with an impossible birth date, masked, and keeps it nowhere', async () => {
    const summary = await load(notOk('cpr-with-impossible-date.csv'));

    expect(summary.files[0]).toMatchObject({ rowsIn: 2, rowsLoaded: 1, rowsQuarantined: 1 });
    expect(await quarantine()).toEqual([
      {
        file_name: 'cpr-with-impossible-date.csv',
        source_row: 3,
        column_name: 'CPR',
        reason: 'has a birth date that does not exist',
        raw_value: '',
      },
    ]);
    expect(await cprTraces(db.dataSource, ['310299-1234', '050356-0308'])).toEqual([]);
  });

  it('withholds every CPR cell from the quarantine, also one that masking would not hide', async () => {
    const summary = await load(notOk('cpr-not-a-cpr-number.csv'));

    expect(summary.files[0]).toMatchObject({ rowsIn: 2, rowsLoaded: 0, rowsQuarantined: 2 });
    expect(await quarantine()).toEqual([
      {
        // A spreadsheet dropped the leading zero of 0503560308.
        file_name: 'cpr-not-a-cpr-number.csv',
        source_row: 2,
        column_name: 'CPR',
        reason: 'is not a CPR number of the form ddmmyy-xxxx',
        raw_value: '',
      },
      {
        file_name: 'cpr-not-a-cpr-number.csv',
        source_row: 3,
        column_name: 'CPR',
        reason: 'is not a CPR number of the form ddmmyy-xxxx',
        raw_value: '',
      },
    ]);
    expect(await cprTraces(db.dataSource, ['503560308'])).toEqual([]);
  });

  it('quarantines a CPR number whose birth date is after the slot', async () => {
    const summary = await load(notOk('cpr-born-after-slot.csv'));

    expect(summary.files[0]).toMatchObject({ rowsIn: 2, rowsLoaded: 1, rowsQuarantined: 1 });
    expect(await quarantine()).toEqual([
      {
        file_name: 'cpr-born-after-slot.csv',
        source_row: 3,
        column_name: 'CPR',
        reason: 'gives a birth date after the slot',
        raw_value: '',
      },
    ]);
  });

  it('masks a CPR number inside free text before it reaches facts and the label list', async () => {
    const summary = await load(notOk('cpr-inside-free-text.csv'));

    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 1,
      rowsLoaded: 1,
      rowsQuarantined: 0,
      unmappedLabels: [{ label: 'Pas XXXXXX-XXXX', rows: 1 }],
    });
    expect(await query('SELECT service_label, age_band_code FROM dw.fact_booking')).toEqual([
      { service_label: 'Pas XXXXXX-XXXX', age_band_code: '50-64' },
    ]);
    expect(await query(`SELECT label FROM etl.unmapped_label`)).toEqual([
      { label: 'Pas XXXXXX-XXXX' },
    ]);
    expect(await cprTraces(db.dataSource, ['010203-1234', '050356-0308'])).toEqual([]);
  });

  it.each([
    [
      'unknown-booking-channel.csv',
      { rowsIn: 2, rowsLoaded: 1 },
      [3, 'Bookingkanal', 'is not a known value (Web, Telefon, Skranke, Floorwalker)', 'Chat'],
    ],
    [
      'unknown-booking-status.csv',
      { rowsIn: 1, rowsLoaded: 0 },
      [
        2,
        'Status',
        'is not a known value (Booket, Fremmødt, Udeblevet, Aflyst, Ombooket)',
        'Udeblev',
      ],
    ],
    [
      // Row 2 was registered seven hours after its slot, which is allowed.
      'slot-before-booking-created.csv',
      { rowsIn: 2, rowsLoaded: 1 },
      [3, 'Starttid', 'is more than a day before Oprettet', '04-03-2021 09:15'],
    ],
    [
      'slot-outside-warehouse-years.csv',
      { rowsIn: 1, rowsLoaded: 0 },
      [2, 'Starttid', 'is outside the years the warehouse covers (1995–2045)', '04-03-1994 09:15'],
    ],
  ] as const)('quarantines the bad row of %s', async (file, counts, [row, column, reason, raw]) => {
    const summary = await load(notOk(file));

    expect(summary.files[0]).toMatchObject({
      // A file whose one row is quarantined loads nothing: quarantined, not loaded.
      status: counts.rowsLoaded === 0 ? 'quarantined' : 'loaded',
      ...counts,
      rowsQuarantined: 1,
      rowsDuplicate: 0,
    });
    expect(await quarantine()).toEqual([
      { file_name: file, source_row: row, column_name: column, reason, raw_value: raw },
    ]);
  });

  it('quarantines a slot of no length and one longer than 8 hours', async () => {
    const summary = await load(notOk('slot-length-out-of-range.csv'));

    expect(summary.files[0]).toMatchObject({ rowsIn: 3, rowsLoaded: 1, rowsQuarantined: 2 });
    expect(await quarantine()).toEqual([
      {
        file_name: 'slot-length-out-of-range.csv',
        source_row: 3,
        column_name: 'Varighed',
        reason: 'is not above zero',
        raw_value: '0',
      },
      {
        file_name: 'slot-length-out-of-range.csv',
        source_row: 4,
        column_name: 'Varighed',
        reason: 'is longer than 8 hours',
        raw_value: '540',
      },
    ]);
  });

  it('skips a booking id that appears twice in a file, keeping the first row', async () => {
    const summary = await load(notOk('duplicate-booking-ids.csv'));

    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 3,
      rowsLoaded: 2,
      rowsQuarantined: 0,
      rowsDuplicate: 1,
    });
    expect(
      await query(
        'SELECT booking_ref, source_row, status FROM dw.fact_booking ORDER BY source_row',
      ),
    ).toEqual([
      { booking_ref: '21000901', source_row: 2, status: 'booked' },
      { booking_ref: '21000902', source_row: 3, status: 'attended' },
    ]);
  });

  it("loads the simulator's export across go-live without a quarantined row or a CPR number left behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bookings-'));
    try {
      const written = await writeBookingExports(
        {
          municipalityCode: '0169',
          population: 50_835,
          from: '2020-10-19',
          to: '2020-12-11',
          seed: 11,
        },
        dir,
      );
      const summary = await load(...written.map((w) => w.path));

      const expectedRows = written.reduce((sum, w) => sum + w.rows, 0);
      expect(expectedRows).toBeGreaterThan(1000);
      expect(summary).toMatchObject({
        status: 'succeeded',
        rowsIn: expectedRows,
        rowsLoaded: expectedRows,
        rowsQuarantined: 0,
        rowsDuplicate: 0,
      });

      // Every booking's age band and sex are those its CPR number gives on the slot date.
      const exported = written.flatMap((w) =>
        readFileSync(w.path, 'utf8')
          .replace(/^\uFEFF/, '')
          .split('\r\n')
          .slice(1, -1)
          .map((line) => line.split(';')),
      );
      const expected = exported
        .map(([ref, , , , slot, , , cpr]) => {
          if (!cpr) return `${ref} - - -`;
          const derived = deriveFromCpr(cpr);
          if (!derived.ok) throw new Error('the simulator wrote a CPR number the loader refuses');
          const slotDate = `${slot!.slice(6, 10)}-${slot!.slice(3, 5)}-${slot!.slice(0, 2)}`;
          const band = ageBandCode(ageOn(derived.birthDate, slotDate));
          return `${ref} ${pseudonymOf(cpr)} ${band} ${derived.sex}`;
        })
        .sort();
      const loaded: { line: string }[] = await query(
        `SELECT concat_ws(' ', booking_ref, coalesce(citizen_pseudonym, '-'), coalesce(age_band_code, '-'),
                coalesce(sex, '-')) AS line
         FROM dw.fact_booking ORDER BY 1`,
      );
      expect(loaded.map((r) => r.line)).toEqual(expected);

      const cprs = exported.map((fields) => fields[7]!).filter((cpr) => cpr !== '');
      expect(await cprTraces(db.dataSource, cprs)).toEqual([]);
      // Some pseudonyms hold ten digits in a row, so staging them in hex would have failed the file.
      const [{ n }] = await query(
        `SELECT count(*)::int AS n FROM dw.fact_booking WHERE citizen_pseudonym ~ '${CPR_SHAPED}'`,
      );
      expect(n).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
