import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { loadFiles } from '../../load/load-files';
import { writeSelfserviceExports } from '@kanalindsigt/simulator/selfservice-export';
import { expectReconciled, goldenFiles, quarantinedRows } from '../../testing/golden-files';
import { JANUARY_FEBRUARY_2021, selfserviceWorkbook } from '../../testing/golden-workbooks';

const { ok, notOk } = goldenFiles('selfservice');
const GOOD = ok('selvbetjening-januar-februar-2021.xlsx');

describe('selfservice source', () => {
  let db: TestDatabase;
  const load = (...files: string[]) =>
    loadFiles(db.dataSource, { kind: 'selfservice', files, municipalityCode: '0169' });
  const quarantined = () => quarantinedRows(db.dataSource);

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  it('loads every usage kind of a monthly statistics workbook with its services mapped', async () => {
    const summary = await load(GOOD);

    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 7,
      rowsLoaded: 7,
      rowsQuarantined: 0,
      rowsDuplicate: 0,
      unmappedLabels: [],
    });
    const byKind = await db.dataSource.query(
      `SELECT usage_kind, sum(count_uses)::int AS uses FROM dw.fact_self_service_usage
       GROUP BY usage_kind ORDER BY usage_kind`,
    );
    expect(byKind).toEqual([
      { usage_kind: 'assisted_digital', uses: 64 },
      { usage_kind: 'chatbot_session', uses: 231 },
      { usage_kind: 'digital', uses: 1021 + 987 },
      { usage_kind: 'digital_post_exemption', uses: 13 },
      { usage_kind: 'paper', uses: 98 },
      { usage_kind: 'pickup_box', uses: 47 },
    ]);
    const [january] = await db.dataSource.query(
      `SELECT round(100.0 * sum(count_uses) FILTER (WHERE usage_kind IN ('digital', 'assisted_digital'))
                   / sum(count_uses), 1)::float AS take_up,
              bool_and(s.service_code = 'folkeregister') AS is_folkeregister
       FROM dw.fact_self_service_usage JOIN dw.dim_service s USING (service_id)
       WHERE solution_label = 'Flytning' AND period_start = '2021-01-01'`,
    );
    expect(january).toEqual({ take_up: 91.7, is_folkeregister: true });
  });

  it('replaces the counts of a corrected re-export of the same months', async () => {
    const first = await load(GOOD);
    const corrected = join(mkdtempSync(join(tmpdir(), 'selfservice-')), 'rettet.xlsx');
    const recounted = JANUARY_FEBRUARY_2021.map((row) =>
      row.map((cell) => (cell === 1021 ? 1025 : cell)),
    );
    writeFileSync(corrected, selfserviceWorkbook(recounted));
    const second = await load(corrected);

    expect(second.files[0]).toMatchObject({
      status: 'loaded',
      supersededFileIds: [first.files[0]!.sourceFileId],
      rowsIn: 7,
      rowsLoaded: 7,
      rowsDuplicate: 0,
    });
    const [{ rows, digital }] = await db.dataSource.query(
      `SELECT count(*)::int AS rows, sum(count_uses) FILTER (WHERE usage_kind = 'digital')::int AS digital
       FROM dw.fact_self_service_usage`,
    );
    expect({ rows, digital }).toEqual({ rows: 7, digital: 1025 + 987 });
  });

  it('quarantines a count whose period overlaps one of the same solution and channel, whatever its case', async () => {
    const summary = await load(notOk('overlapping-periods-in-aggregate.xlsx'));

    expectReconciled(summary.files[0]);
    expect(summary.files[0]).toMatchObject({ rowsIn: 3, rowsLoaded: 2, rowsQuarantined: 1 });
    expect(await quarantined()).toEqual([
      {
        source_row: 3,
        column_name: 'Måned start',
        reason: 'overlaps the period 2021-01-01–2021-01-31 of the same solution and Kanal in row 2',
        raw_value: '2021-01-15',
      },
    ]);
  });

  it.each([
    ['negative-count.xlsx', 3, 2, 3, 'Antal', 'is negative', '-12'],
    [
      'unknown-channel-label.xlsx',
      2,
      1,
      3,
      'Kanal',
      'is not a known value (Digital, Digital med hjælp, Papir, Chatbot, Afhentningsboks, Fritagelse for Digital Post)',
      'Telefon',
    ],
    ['period-end-before-start.xlsx', 2, 1, 3, 'Måned slut', 'is before Måned start', '2021-01-31'],
  ])(
    'quarantines the one bad row of %s',
    async (file, rowsIn, rowsLoaded, row, column, reason, rawValue) => {
      const summary = await load(notOk(file));

      expectReconciled(summary.files[0]);
      expect(summary.files[0]).toMatchObject({
        status: 'loaded',
        rowsIn,
        rowsLoaded,
        rowsQuarantined: 1,
        rowsDuplicate: 0,
      });
      expect(await quarantined()).toEqual([
        { source_row: row, column_name: column, reason, raw_value: rawValue },
      ]);
    },
  );

  it('quarantines the cells a spreadsheet computed, naming column and formula', async () => {
    const summary = await load(notOk('formula-cells.xlsx'));

    expectReconciled(summary.files[0]);
    expect(summary.files[0]).toMatchObject({ rowsIn: 3, rowsLoaded: 1, rowsQuarantined: 2 });
    expect(await quarantined()).toEqual([
      {
        source_row: 3,
        column_name: 'Antal',
        reason: 'is a spreadsheet formula (=12+9), not a value',
        raw_value: '=12+9',
      },
      {
        source_row: 4,
        column_name: 'Måned slut',
        reason: 'is a spreadsheet formula (=EOMONTH(C4,0)), not a value',
        raw_value: '=EOMONTH(C4,0)',
      },
    ]);
  });

  it.each([
    [
      'missing-sheet.xlsx',
      'missing-sheet.xlsx: has no sheet "Selvbetjening" (its sheets: "Ark1", "Pivot")',
    ],
    [
      'not-a-zip.xlsx',
      'not-a-zip.xlsx: is not an XLSX workbook (not a zip archive; it looks like text: a CSV file named .xlsx?)',
    ],
    [
      'cut-short.xlsx',
      'cut-short.xlsx: is a damaged XLSX workbook: its zip directory is missing (the file is cut short?)',
    ],
  ])('refuses %s whole, saying why', async (file, message) => {
    const summary = await load(notOk(file));

    expect(summary.files[0]).toMatchObject({ status: 'rejected', rowsIn: 0, message });
    expect(await quarantined()).toEqual([
      { source_row: null, column_name: null, reason: message, raw_value: '' },
    ]);
  });

  it("loads the simulator's statistics with the shipped mapping and quarantines nothing", async () => {
    const written = await writeSelfserviceExports(
      {
        municipalityCode: '0169',
        population: 50_835,
        from: '2020-06-01',
        to: '2021-01-31',
        seed: 3,
      },
      mkdtempSync(join(tmpdir(), 'selfservice-sim-')),
    );
    const summary = await load(...written.map((w) => w.path));

    expect(summary.status).toBe('succeeded');
    expect(summary.rowsQuarantined).toBe(0);
    expect(summary.rowsIn).toBe(written.reduce((sum, w) => sum + w.rows, 0));
    expect(summary.rowsLoaded).toBe(summary.rowsIn);
  });
});
