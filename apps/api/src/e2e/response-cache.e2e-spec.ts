import { insertVisitDaily, newVisitDaily } from '@kanalindsigt/warehouse/testing/rollup.factory';
import { insertFactorySourceFile } from '@kanalindsigt/warehouse/testing/source-file.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { AuditLog } from '../audit/audit-log';
import { seedTestUsers, startApp, type TestClient } from './test-app';

const VISITS = `{ visitsByServiceMonth(municipalityCode: "0169", from: "2024-03-01", to: "2024-03-31") { visits } }`;
const SAVE_EVENT = `mutation { saveAnnotation(municipalityCode: "0169", code: "cache-test", dateFrom: "2024-03-01",
  kind: other, labelDa: "Test", labelEn: "Test") { code } }`;
const visits = (body: { data: { visitsByServiceMonth: { visits: number }[] } }) =>
  body.data.visitsByServiceMonth.reduce((sum, row) => sum + row.visits, 0);

describe('the response cache over HTTP', () => {
  let db: TestDatabase;
  let api: TestClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedTestUsers(db.dataSource);
    await insertVisitDaily(db.dataSource, [newVisitDaily({ day: '2024-03-04', countServed: 7 })]);
    api = await startApp(db.url);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('answers a repeated query from the cache, and audits it like any other', async () => {
    const first = await api.graphql(VISITS, {}, 'director');
    const second = await api.graphql(VISITS, {}, 'director');

    expect(first.headers.get('x-cache')).toBe('miss');
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.body).toEqual(first.body);
    await api.app.get(AuditLog).flush();
    const rows = await db.dataSource.query(
      `SELECT municipality_codes, outcome FROM audit.api_request
       WHERE username = 'director' AND operation_name = 'visitsByServiceMonth'`,
    );
    expect(rows).toEqual([
      { municipality_codes: ['0169'], outcome: 'ok' },
      { municipality_codes: ['0169'], outcome: 'ok' },
    ]);
  });

  it('keeps one answer per user: another user is checked and answered afresh', async () => {
    await api.graphql(VISITS, {}, 'director');
    const finance = await api.graphql(VISITS, {}, 'finance');
    const ballerup = await api.graphql(VISITS, {}, 'ballerup');

    expect(finance.headers.get('x-cache')).toBe('miss');
    expect(ballerup.body.errors[0].extensions.code).toBe('FORBIDDEN');
    // A refusal is never kept: asked again, the guard refuses again.
    const again = await api.graphql(VISITS, {}, 'ballerup');
    expect(again.headers.get('x-cache')).toBe('miss');
    expect(again.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('answers afresh after a load (a new ETL run) and after an admin edit', async () => {
    expect(visits((await api.graphql(VISITS, {}, 'director')).body)).toBe(7);
    // What a load does: a new run, and the rollup rebuilt.
    await insertFactorySourceFile(db.dataSource, 'visits', '0169', 1);
    await insertVisitDaily(db.dataSource, [newVisitDaily({ day: '2024-03-05', countServed: 5 })]);
    // The data version is read again at most a second after it was last read.
    await new Promise((resolve) => setTimeout(resolve, 1100));

    const afterLoad = await api.graphql(VISITS, {}, 'director');
    expect(afterLoad.headers.get('x-cache')).toBe('miss');
    expect(visits(afterLoad.body)).toBe(12);

    expect((await api.graphql(VISITS, {}, 'director')).headers.get('x-cache')).toBe('hit');
    expect((await api.graphql(SAVE_EVENT, {}, 'admin')).body.errors).toBeUndefined();
    expect((await api.graphql(VISITS, {}, 'director')).headers.get('x-cache')).toBe('miss');
  });
});
