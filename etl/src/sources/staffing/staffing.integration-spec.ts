import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { loadFiles } from '../../load/load-files';
import { writeStaffingExports } from '@kanalindsigt/simulator/staffing-export';
import { expectReconciled, goldenFiles, quarantinedRows } from '../../testing/golden-files';

const { dir: GOLDEN, notOk } = goldenFiles('staffing');
const GOOD = join(GOLDEN, 'ok', 'vagtplan-uge-49-2020.csv');

describe('staffing source', () => {
  let db: TestDatabase;
  const load = (...files: string[]) =>
    loadFiles(db.dataSource, { kind: 'staffing', files, municipalityCode: '0169' });
  const quarantined = () => quarantinedRows(db.dataSource);
  const hoursByActivity = () =>
    db.dataSource.query(
      `SELECT activity, sum(staff_hours)::text AS hours FROM dw.fact_staffing GROUP BY activity ORDER BY activity`,
    );

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  it('loads a rota with decimal-comma hours, keyed by day, unit and activity', async () => {
    const summary = await load(GOOD);

    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 8,
      rowsLoaded: 8,
      rowsQuarantined: 0,
      rowsDuplicate: 0,
      unmappedLabels: [],
    });
    expect(await hoursByActivity()).toEqual([
      { activity: 'back_office', hours: '73.50' },
      { activity: 'counter', hours: '71.75' },
      { activity: 'phone', hours: '33.50' },
    ]);
    const days = await db.dataSource.query(
      `SELECT date_key, count(DISTINCT unit)::int AS units FROM dw.fact_staffing GROUP BY date_key ORDER BY date_key`,
    );
    expect(days).toEqual([
      { date_key: 20201130, units: 2 },
      { date_key: 20201201, units: 2 },
    ]);
  });

  it('replaces the hours of a corrected re-export of the same days', async () => {
    const first = await load(GOOD);
    const corrected = join(mkdtempSync(join(tmpdir(), 'staffing-')), 'rettet.csv');
    writeFileSync(corrected, readFileSync(GOOD, 'utf8').replace('Skranke;35,5', 'Skranke;28'));
    const second = await load(corrected);

    expect(second.files[0]).toMatchObject({
      status: 'loaded',
      supersededFileIds: [first.files[0]!.sourceFileId],
      rowsLoaded: 8,
    });
    expect(await hoursByActivity()).toContainEqual({ activity: 'counter', hours: '64.25' });
  });

  it('keeps the first row of a day, unit and activity given twice and counts the second as a duplicate', async () => {
    const summary = await load(notOk('duplicate-date-unit-activity.csv'));

    expectReconciled(summary.files[0]);
    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 3,
      rowsLoaded: 2,
      rowsQuarantined: 0,
      rowsDuplicate: 1,
    });
    const [counter] = await db.dataSource.query(
      `SELECT source_row, staff_hours::text AS hours FROM dw.fact_staffing WHERE activity = 'counter'`,
    );
    expect(counter).toEqual({ source_row: 2, hours: '34.50' });
  });

  it.each([
    [
      'non-numeric-hours.csv',
      [
        { source_row: 3, column_name: 'Timer', reason: 'is not a number', raw_value: 'syg' },
        { source_row: 4, column_name: 'Timer', reason: 'is not a number', raw_value: '7,5 t' },
      ],
    ],
    [
      'date-outside-warehouse-years.csv',
      [
        {
          source_row: 2,
          column_name: 'Dato',
          reason: 'is outside the years the warehouse covers (1995–2045)',
          raw_value: '31-12-1994',
        },
        {
          source_row: 4,
          column_name: 'Dato',
          reason: 'is outside the years the warehouse covers (1995–2045)',
          raw_value: '02-01-2046',
        },
      ],
    ],
    [
      'spreadsheet-formula-cells.csv',
      [
        {
          source_row: 3,
          column_name: 'Timer',
          reason: 'is a spreadsheet formula, not a value',
          raw_value: '=7,4*2',
        },
        {
          source_row: 4,
          column_name: 'Timer',
          reason: 'is a spreadsheet formula, not a value',
          raw_value: '=SUM(D2:D3)',
        },
      ],
    ],
    [
      'hours-out-of-range.csv',
      [
        { source_row: 2, column_name: 'Timer', reason: 'is negative', raw_value: '-2' },
        {
          source_row: 3,
          column_name: 'Timer',
          reason: 'is more than 4800 hours (200 staff round the clock)',
          raw_value: '4800,5',
        },
      ],
    ],
    [
      'unknown-activity.csv',
      [
        {
          source_row: 3,
          column_name: 'Aktivitet',
          reason: 'is not a known value (Skranke, Telefon, Bagvagt, Sagsbehandling)',
          raw_value: 'Frokost',
        },
      ],
    ],
  ])('quarantines the bad rows of %s and loads the rest', async (file, expected) => {
    const summary = await load(notOk(file));

    expectReconciled(summary.files[0]);
    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsQuarantined: expected.length,
      rowsDuplicate: 0,
    });
    expect(summary.files[0]!.rowsLoaded).toBe(summary.files[0]!.rowsIn - expected.length);
    expect(await quarantined()).toEqual(expected);
  });

  it("loads the simulator's rota with the shipped mapping and quarantines nothing", async () => {
    const written = await writeStaffingExports(
      {
        municipalityCode: '0169',
        population: 50_835,
        from: '2020-11-01',
        to: '2021-01-31',
        seed: 3,
      },
      mkdtempSync(join(tmpdir(), 'staffing-sim-')),
    );
    const summary = await load(...written.map((w) => w.path));

    expect(written).toHaveLength(3);
    expect(summary.status).toBe('succeeded');
    expect(summary.rowsQuarantined).toBe(0);
    expect(summary.rowsIn).toBe(written.reduce((sum, w) => sum + w.rows, 0));
    expect(summary.rowsLoaded).toBe(summary.rowsIn);
  });
});
