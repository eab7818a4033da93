import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { loadFiles } from '../../load/load-files';
import { writePopulationExports } from '@kanalindsigt/simulator/population-export';
import { expectReconciled, goldenFiles, quarantinedRows } from '../../testing/golden-files';

const { ok, notOk } = goldenFiles('population');

describe('population source', () => {
  let db: TestDatabase;
  const load = (...files: string[]) =>
    loadFiles(db.dataSource, { kind: 'population', files, municipalityCode: '0169' });
  const quarantined = () => quarantinedRows(db.dataSource);

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.drop();
  });

  it('reads a Windows-1252 table with thousands separators that adds up to the inhabitants', async () => {
    const summary = await load(ok('thousands-separators.csv'));

    expect(summary.files[0]).toMatchObject({
      status: 'loaded',
      rowsIn: 12,
      rowsLoaded: 12,
      rowsQuarantined: 0,
      rowsDuplicate: 0,
      unmappedLabels: [],
    });
    const [total] = await db.dataSource.query(
      `SELECT sum(count_inhabitants)::int AS inhabitants,
              sum(count_inhabitants) FILTER (WHERE sex = 'F')::int AS women,
              sum(count_inhabitants) FILTER (WHERE age_band_code = '80+')::int AS oldest
       FROM dw.fact_population WHERE municipality_code = '0169' AND year = 2019`,
    );
    expect(total).toEqual({ inhabitants: 50_835, women: 25_615, oldest: 845 + 1358 });
    const [period] = await db.dataSource.query(
      'SELECT period_start::text, period_end::text FROM etl.source_file',
    );
    expect(period).toEqual({ period_start: '2019-01-01', period_end: '2019-01-01' });
  });

  it('stores a total row, labelled "I alt" or left empty, without a sex', async () => {
    const summary = await load(ok('totals-without-sex.csv'));

    expect(summary.files[0]).toMatchObject({ rowsIn: 2, rowsLoaded: 2, rowsQuarantined: 0 });
    const rows = await db.dataSource.query(
      `SELECT age_band_code, sex, count_inhabitants FROM dw.fact_population ORDER BY age_band_code`,
    );
    expect(rows).toEqual([
      { age_band_code: '0-17', sex: null, count_inhabitants: 10_402 },
      { age_band_code: '80+', sex: null, count_inhabitants: 2281 },
    ]);
  });

  it('replaces the counts of a corrected table of the same year', async () => {
    const first = await load(ok('thousands-separators.csv'));
    const corrected = join(mkdtempSync(join(tmpdir(), 'population-')), 'rettet.csv');
    writeFileSync(
      corrected,
      readFileSync(ok('thousands-separators.csv'), 'latin1').replace(
        'Kvinder;1.358',
        'Kvinder;1.362',
      ),
      'latin1',
    );
    const second = await load(corrected);

    expect(second.files[0]).toMatchObject({
      status: 'loaded',
      supersededFileIds: [first.files[0]!.sourceFileId],
      rowsLoaded: 12,
    });
    const [{ inhabitants }] = await db.dataSource.query(
      'SELECT sum(count_inhabitants)::int AS inhabitants FROM dw.fact_population',
    );
    expect(inhabitants).toBe(50_839);
  });

  it('keeps the first count when a file over more years gives the same year, band and sex', async () => {
    await load(ok('thousands-separators.csv'));
    const overlapping = join(mkdtempSync(join(tmpdir(), 'population-')), 'to-aar.csv');
    writeFileSync(
      overlapping,
      'År;Alder;Køn;Antal\r\n2019;50-64 år;Kvinder;4.985\r\n2020;50-64 år;Kvinder;4.990\r\n',
      'latin1',
    );
    const summary = await load(overlapping);

    expectReconciled(summary.files[0]);
    expect(summary.files[0]).toMatchObject({
      supersededFileIds: [],
      rowsIn: 2,
      rowsLoaded: 1,
      rowsDuplicate: 1,
    });
    const [kept] = await db.dataSource.query(
      `SELECT count_inhabitants FROM dw.fact_population WHERE year = 2019 AND age_band_code = '50-64' AND sex = 'F'`,
    );
    expect(kept.count_inhabitants).toBe(4958);
  });

  it.each([
    [
      'unknown-age-band-label.csv',
      [
        {
          source_row: 3,
          column_name: 'Alder',
          reason:
            'is not a known value (0-17 år, 18-29 år, 30-49 år, 50-64 år, 65-79 år, 80 år og derover)',
          raw_value: '0-4 år',
        },
      ],
    ],
    [
      'misplaced-thousands-separator.csv',
      [
        {
          source_row: 3,
          column_name: 'Antal',
          reason: "has a '.' where the mapping's decimal separator is ','",
          raw_value: '42.26',
        },
        {
          source_row: 4,
          column_name: 'Antal',
          reason: "has a '.' where the mapping's decimal separator is ','",
          raw_value: '6.4820',
        },
      ],
    ],
    [
      'negative-count.csv',
      [{ source_row: 3, column_name: 'Antal', reason: 'is negative', raw_value: '-3.702' }],
    ],
    [
      'year-outside-warehouse-years.csv',
      [
        {
          source_row: 2,
          column_name: 'År',
          reason: 'is outside the years the warehouse covers (1995–2045)',
          raw_value: '1994',
        },
        {
          source_row: 4,
          column_name: 'År',
          reason: 'is outside the years the warehouse covers (1995–2045)',
          raw_value: '2046',
        },
      ],
    ],
    [
      'duplicate-year-band-sex.csv',
      [
        {
          source_row: 4,
          column_name: 'Alder',
          reason: 'repeats the År, Alder and Køn of row 2',
          raw_value: '50-64 år',
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

  it("loads the simulator's tables with the shipped mapping and quarantines nothing", async () => {
    const written = await writePopulationExports(
      {
        municipalityCode: '0169',
        population: 50_835,
        from: '2020-11-01',
        to: '2021-01-31',
        seed: 3,
      },
      mkdtempSync(join(tmpdir(), 'population-sim-')),
    );
    const summary = await load(...written.map((w) => w.path));

    expect(summary.status).toBe('succeeded');
    expect(summary.rowsQuarantined).toBe(0);
    expect(summary.rowsLoaded).toBe(24);
    const totals = await db.dataSource.query(
      'SELECT year, sum(count_inhabitants)::int AS inhabitants FROM dw.fact_population GROUP BY year ORDER BY year',
    );
    expect(totals).toEqual([
      { year: 2020, inhabitants: 50_835 },
      { year: 2021, inhabitants: 50_835 },
    ]);
  });
});
