import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { processInbox } from '../drop-folder/drop-folder';
import { SOURCE_KINDS } from '../sources/source-kinds';
import { simulateMunicipality } from '@kanalindsigt/simulator/simulate-municipality';

describe(simulateMunicipality.name, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('writes every source kind, and every file loads without a quarantined row', async () => {
    const out = mkdtempSync(join(tmpdir(), 'simulated-'));
    // Across the go-live of mandatory booking.
    const written = await simulateMunicipality(
      {
        municipalityCode: '0169',
        population: 50_835,
        from: '2020-11-16',
        to: '2020-12-15',
        seed: 5,
      },
      out,
    );

    expect(new Set(written.map((file) => file.kind))).toEqual(
      new Set(Object.keys(SOURCE_KINDS).filter((kind) => kind !== 'visits-aggregate')),
    );
    const results = await processInbox(db.dataSource, out, {
      municipalityCode: '0169',
      settleMilliseconds: 0,
    });
    expect(results.length).toBe(written.length);
    expect(results.filter((result) => result.status !== 'loaded')).toEqual([]);
    const [counts] = await db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM etl.quarantine) AS quarantined,
              (SELECT sum(count_rows_in)::int FROM etl.source_file) AS rows_in,
              (SELECT sum(count_rows_loaded)::int FROM etl.source_file) AS rows_loaded,
              (SELECT count(*)::int FROM dw.fact_visit) AS visits,
              (SELECT count(*)::int FROM dw.fact_call) AS calls,
              (SELECT count(*)::int FROM dw.fact_booking) AS bookings,
              (SELECT count(*)::int FROM dw.fact_staffing) AS staffing_rows`,
    );
    expect(counts.quarantined).toBe(0);
    expect(counts.rows_loaded).toBe(counts.rows_in);
    expect(counts.visits).toBeGreaterThan(1500);
    expect(counts.calls).toBeGreaterThan(4000);
    expect(counts.bookings).toBeGreaterThan(500);
    expect(counts.staffing_rows).toBeGreaterThan(40);

    const truth = JSON.parse(readFileSync(join(out, 'ground-truth.json'), 'utf8'));
    expect(truth.interventions[0]).toEqual({
      name: 'Obligatorisk tidsbestilling',
      from: '2020-12-01',
    });
    expect(truth.plantedEffects.staffing.counterHoursPerOpeningDay).toBeCloseTo(-7.4, 5);
    expect(truth.plantedEffects.bookings.olderCitizensPhoneShift.phoneSharePoints).toBe(0.15);
  });
});
