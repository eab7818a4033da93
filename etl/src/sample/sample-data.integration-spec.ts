import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { hasSampleData, loadSampleData } from './sample-data';

describe(loadSampleData.name, () => {
  let db: TestDatabase;
  const slice = { from: '2020-11-01', to: '2021-01-31' };
  const rowCounts = async () =>
    (
      await db.dataSource.query(
        `SELECT (SELECT count(*)::int FROM dw.fact_visit) AS visits,
                (SELECT count(*)::int FROM mart.visit_daily) AS daily,
                (SELECT sum(count_tickets)::int FROM mart.visit_daily) AS daily_tickets,
                (SELECT count(*)::int FROM mart.visit_arrivals) AS arrivals,
                (SELECT count(*)::int FROM etl.source_file) AS files,
                (SELECT count(*)::int FROM etl.quarantine) AS quarantined`,
      )
    )[0];

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('loads the simulated sample cleanly, and loading it again changes no row count', async () => {
    expect(await hasSampleData(db.dataSource)).toBe(false);

    const first = await loadSampleData(db.dataSource, {
      outDir: mkdtempSync(join(tmpdir(), 'sample-a-')),
      ...slice,
    });
    const afterFirst = await rowCounts();
    // Simulated again into another folder: deterministic, so the same bytes and the same hashes.
    const second = await loadSampleData(db.dataSource, {
      outDir: mkdtempSync(join(tmpdir(), 'sample-b-')),
      ...slice,
    });

    expect(first.status).toBe('succeeded');
    expect(first.rowsQuarantined).toBe(0);
    expect(first.rowsLoaded).toBe(first.rowsIn);
    expect(afterFirst.visits).toBe(first.rowsLoaded);
    expect(afterFirst.daily_tickets).toBe(first.rowsLoaded);
    expect(second.files.map((f) => f.status)).toEqual(['already_loaded', 'already_loaded']);
    expect(second.rowsDuplicate).toBe(first.rowsIn);
    expect(await rowCounts()).toEqual(afterFirst);
    expect(await hasSampleData(db.dataSource)).toBe(true);
  });
});
