import { insertVisits, newVisit } from '@kanalindsigt/warehouse/testing/visit.factory';
import {
  insertBookingDaily,
  insertCallDaily,
  insertVisitDaily,
  newBookingDaily,
  newCallDaily,
  newVisitDaily,
} from '@kanalindsigt/warehouse/testing/rollup.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { municipalityScope } from './municipality-scope';
import { READER_ROLE, Warehouse } from './warehouse';

type Table = { name: string };

/** Every table whose rows belong to a municipality, as the catalog says. */
const TENANT_TABLES = `
  SELECT format('%I.%I', c.table_schema, c.table_name) AS name
  FROM information_schema.columns c
  JOIN information_schema.tables t USING (table_schema, table_name)
  WHERE c.table_schema IN ('dw', 'mart', 'etl') AND c.column_name = 'municipality_code'
    AND t.table_type = 'BASE TABLE'
  ORDER BY 1`;

describe('row-level security', () => {
  let db: TestDatabase;
  let tables: string[];

  /** Rows of a table as kanalindsigt_reader with the setting as given (undefined = never set). */
  async function readerRows(table: string, municipalities: string | undefined): Promise<string[]> {
    const runner = db.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('BEGIN');
      if (municipalities !== undefined)
        await runner.query(`SELECT set_config('kanalindsigt.municipalities', $1, true)`, [
          municipalities,
        ]);
      await runner.query(`SET LOCAL ROLE ${READER_ROLE}`);
      // No WHERE: the policy alone decides.
      const rows: { code: string | null }[] = await runner.query(
        `SELECT municipality_code AS code FROM ${table}`,
      );
      await runner.query('ROLLBACK');
      return rows.map((row) => row.code ?? 'NULL').sort();
    } finally {
      await runner.release();
    }
  }

  async function ownerRows(table: string, municipalities: string[]): Promise<string[]> {
    const rows: { code: string | null }[] = await db.dataSource.query(
      `SELECT municipality_code AS code FROM ${table}
       WHERE municipality_code IS NULL OR municipality_code = ANY ($1)`,
      [municipalities],
    );
    return rows.map((row) => row.code ?? 'NULL').sort();
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    for (const municipalityCode of ['0169', '0151']) {
      await insertVisits(db.dataSource, [newVisit({ municipalityCode })]);
      await insertVisitDaily(db.dataSource, [newVisitDaily({ municipalityCode })]);
      await insertCallDaily(db.dataSource, [newCallDaily({ municipalityCode })]);
      await insertBookingDaily(db.dataSource, [newBookingDaily({ municipalityCode })]);
    }
    await db.dataSource.query(
      `INSERT INTO dw.annotation (annotation_code, municipality_code, date_from, kind, label_da, label_en)
       VALUES ('national', NULL, '2024-01-01', 'other', 'Landsdækkende', 'Nationwide'),
              ('local-0151', '0151', '2024-01-01', 'other', 'Lokal', 'Local')`,
    );
    tables = ((await db.dataSource.query(TENANT_TABLES)) as Table[]).map((t) => t.name);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('covers every table and view with a municipality_code in dw, mart and etl', async () => {
    // Tables need the policy, views security_invoker (else they read as their owner, past the
    // policies), and materialized views, which cannot carry a policy, must be out of the reader's
    // reach. A migration adding one calls SELECT auth.enable_municipality_rls('schema.name').
    const unprotected: { name: string; kind: string }[] = await db.dataSource.query(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name, c.relkind AS kind
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'municipality_code' AND NOT a.attisdropped
       WHERE n.nspname IN ('dw', 'mart', 'etl')
         AND CASE c.relkind
               WHEN 'r' THEN NOT c.relrowsecurity OR NOT EXISTS (
                 SELECT FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'municipality_isolation')
               WHEN 'p' THEN NOT c.relrowsecurity
               WHEN 'v' THEN NOT coalesce('security_invoker=true' = ANY (c.reloptions), false)
               ELSE has_table_privilege($1, c.oid, 'SELECT')
             END
       ORDER BY 1`,
      [READER_ROLE],
    );
    expect(unprotected).toEqual([]);
    expect(tables).toEqual(
      expect.arrayContaining([
        'dw.fact_visit',
        'dw.fact_call',
        'dw.fact_booking',
        'mart.visit_daily',
        'mart.call_daily',
        'mart.booking_daily',
        'etl.source_file',
      ]),
    );
  });

  it('puts a view a later migration adds under the policy too', async () => {
    const runner = db.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('BEGIN');
      await runner.query(
        `CREATE VIEW mart.visit_daily_copy AS SELECT municipality_code FROM mart.visit_daily`,
      );
      await runner.query(`SELECT auth.enable_municipality_rls('mart.visit_daily_copy')`);
      await runner.query(`SELECT set_config('kanalindsigt.municipalities', '0151', true)`);
      await runner.query(`SET LOCAL ROLE ${READER_ROLE}`);
      expect(
        await runner.query(`SELECT DISTINCT municipality_code AS code FROM mart.visit_daily_copy`),
      ).toEqual([{ code: '0151' }]);
    } finally {
      await runner.query('ROLLBACK');
      await runner.release();
    }
  });

  it("shows a reader granted 0169 only 0169's rows (and shared rows) in every table", async () => {
    for (const table of tables)
      expect({ table, rows: await readerRows(table, '0169') }).toEqual({
        table,
        rows: await ownerRows(table, ['0169']),
      });
    expect(await readerRows('mart.visit_daily', '0169')).toEqual(['0169']);
    expect(await readerRows('dw.fact_visit', '0169')).toEqual(['0169']);
    const annotations = await readerRows('dw.annotation', '0169');
    expect(annotations).toContain('NULL');
    expect(annotations).not.toContain('0151');
  });

  it('shows both municipalities to a reader granted 0169 and 0151', async () => {
    for (const table of tables)
      expect({ table, rows: await readerRows(table, '0169,0151') }).toEqual({
        table,
        rows: await ownerRows(table, ['0169', '0151']),
      });
    for (const table of [
      'dw.fact_visit',
      'mart.visit_daily',
      'mart.call_daily',
      'mart.booking_daily',
    ])
      expect(await readerRows(table, '0169,0151')).toEqual(['0151', '0169']);
  });

  it('shows no municipality rows when the setting is unset or empty', async () => {
    for (const table of tables) {
      const shared = await ownerRows(table, []);
      expect({ table, rows: await readerRows(table, undefined) }).toEqual({ table, rows: shared });
      expect({ table, rows: await readerRows(table, '') }).toEqual({ table, rows: shared });
    }
  });

  it('scopes Warehouse.query inside a request and leaves it unscoped outside', async () => {
    const sut = new Warehouse(db.dataSource);
    const sql = 'SELECT DISTINCT municipality_code AS code FROM mart.visit_daily ORDER BY 1';
    expect(await sut.query(sql)).toEqual([{ code: '0151' }, { code: '0169' }]);
    expect(
      await municipalityScope.run({ municipalityCodes: ['0151'] }, () => sut.query(sql)),
    ).toEqual([{ code: '0151' }]);
    expect(await municipalityScope.run({ municipalityCodes: [] }, () => sut.query(sql))).toEqual(
      [],
    );
    // Read only: a resolver cannot write through a scoped query.
    await expect(
      municipalityScope.run({ municipalityCodes: ['0169'] }, () =>
        sut.query(`DELETE FROM mart.visit_daily`),
      ),
    ).rejects.toThrow(/read-only transaction/);
    expect(await sut.query(sql)).toHaveLength(2);
  });

  it("lets a mutation write only its own municipalities' annotations and targets", async () => {
    const sut = new Warehouse(db.dataSource);
    const admin = <T>(work: () => Promise<T>) =>
      municipalityScope.run({ municipalityCodes: ['0169'], writable: true }, work);
    const saveTarget = (municipalityCode: string) =>
      sut.query(
        `INSERT INTO dw.target (municipality_code, kpi_id, comparator, value, unit, valid_from, label_da, label_en)
         VALUES ($1, 'visits', 'min', 1, 'COUNT', '2030-01-01', 'Mål', 'Target')
         ON CONFLICT (municipality_code, kpi_id, comparator, valid_from) DO UPDATE SET value = excluded.value
         RETURNING municipality_code AS code`,
        [municipalityCode],
      );
    const deleteAnnotations = (where: string) =>
      sut.query(
        `WITH deleted AS (DELETE FROM dw.annotation WHERE ${where} RETURNING 1) SELECT count(*)::int AS n FROM deleted`,
      );

    expect(await admin(() => saveTarget('0169'))).toEqual([{ code: '0169' }]);
    expect(await admin(() => saveTarget('0169'))).toEqual([{ code: '0169' }]);
    await expect(admin(() => saveTarget('0151'))).rejects.toThrow(/row-level security policy/);
    // Rows of other municipalities and national rows are not there to delete.
    expect(
      await admin(() => deleteAnnotations(`annotation_code IN ('national', 'local-0151')`)),
    ).toEqual([{ n: 0 }]);
    expect(
      await sut.query(
        `SELECT count(*)::int AS n FROM dw.annotation WHERE annotation_code IN ('national', 'local-0151')`,
      ),
    ).toEqual([{ n: 2 }]);
    // A bare UPDATE answers [rows, count] as DataSource.query does.
    expect(
      await admin(() =>
        sut.query(`UPDATE dw.target SET value = 2 WHERE valid_from = '2030-01-01'`),
      ),
    ).toEqual([[], 1]);
    // A query (not a mutation) stays read-only.
    await expect(
      municipalityScope.run({ municipalityCodes: ['0169'] }, () => saveTarget('0169')),
    ).rejects.toThrow(/read-only transaction/);
  });
});
