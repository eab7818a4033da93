import { randomBytes } from 'node:crypto';
import { insertVisitDaily, newVisitDaily } from '@kanalindsigt/warehouse/testing/rollup.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { AuditLog } from '../audit/audit-log';
import { SESSION_SECONDS, SessionTokens } from '../auth/session-token';
import { E2E_PASSWORD, seedTestUsers, startApp, type E2eUser, type TestClient } from './test-app';

const ME = '{ me { username role municipalityCodes } }';
const MUNICIPALITIES = '{ municipalities { code } }';
const VISITS = `{ visitsByServiceMonth(municipalityCode: "0169", from: "2024-03-01", to: "2024-03-31") { visits } }`;
const DATA_QUALITY = '{ dataQuality(municipalityCode: "0169") { sources { kind } } }';
const METRICS = `{ metrics(kpis: ["visits"], municipalityCodes: ["0169"], from: "2024-03-01", to: "2024-03-31") { total { value } } }`;
const ANNOTATIONS = `{ annotations(municipalityCode: "0169", from: "2020-01-01", to: "2024-12-31") { kind } }`;
const TARGETS = '{ targets(municipalityCode: "0169") { kpiId } }';
const CHANCE_QUEUE = `{ chanceQueue(municipalityCode: "0169", from: "2024-03-01", to: "2024-03-31") { totals { walkIns } } }`;
const DIGITAL_EXCLUSION = `{ digitalExclusion(municipalityCode: "0169", from: "2024-01-01", to: "2024-03-31") { municipalityCode } }`;

const code = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.[0]?.extensions?.code;

describe('sign-in, roles and municipality grants over HTTP', () => {
  let db: TestDatabase;
  let api: TestClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedTestUsers(db.dataSource);
    await insertVisitDaily(db.dataSource, [
      newVisitDaily({ municipalityCode: '0169', day: '2024-03-04' }),
      newVisitDaily({ municipalityCode: '0151', day: '2024-03-04' }),
    ]);
    api = await startApp(db.url);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('refuses every query without a token as UNAUTHENTICATED', async () => {
    for (const query of [ME, MUNICIPALITIES, VISITS]) {
      const { body } = await api.graphql(query);
      expect(code(body)).toBe('UNAUTHENTICATED');
      expect(body.data).toBeNull();
    }
  });

  it('signs in with the right password and tells the user who they are', async () => {
    const { body } = await api.graphql(
      'mutation { login(username: "Director", password: "' +
        E2E_PASSWORD +
        '") { expiresAt user { role } } }',
    );
    expect(body.data.login.user.role).toBe('director');
    const hours = (Date.parse(body.data.login.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
    expect((await api.graphql(ME, {}, 'ballerup')).body.data.me).toEqual({
      username: 'ballerup',
      role: 'director',
      municipalityCodes: ['0151'],
    });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    for (const [username, password] of [
      ['director', 'not the password at all'],
      ['nobody', E2E_PASSWORD],
    ]) {
      const { body } = await api.graphql(
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: password },
      );
      expect(code(body)).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toBe('wrong username or password');
    }
  });

  it('refuses an expired, a forged and a malformed token', async () => {
    const tokens = api.app.get(SessionTokens);
    const expired = tokens.sign(1, Date.now() - (SESSION_SECONDS + 60) * 1000).token;
    const forged = new SessionTokens(randomBytes(32)).sign(1).token;
    const [header, , signature] = (await api.signIn('director')).split('.');
    const promoted = `${header}.${Buffer.from(JSON.stringify({ sub: 5, iat: 0, exp: 4e9 })).toString('base64url')}.${signature}`;
    for (const token of [expired, forged, promoted, 'not-a-token']) {
      const { body } = await api.graphql(ME, {}, { token });
      expect(code(body)).toBe('UNAUTHENTICATED');
    }
    expect((await api.graphql(ME, {}, { token: expired })).body.errors[0].message).toMatch(
      /expired/,
    );
  });

  it('answers FORBIDDEN, naming the municipality, for one the user was not granted', async () => {
    const { status, body } = await api.graphql(VISITS, {}, 'ballerup');
    expect(status).toBe(200);
    expect(code(body)).toBe('FORBIDDEN');
    expect(body.errors[0].message).toBe('you have no access to municipality 0169');
  });

  it("lists only the user's own municipalities (row-level security)", async () => {
    expect((await api.graphql(MUNICIPALITIES, {}, 'director')).body.data.municipalities).toEqual([
      { code: '0169' },
    ]);
    expect((await api.graphql(MUNICIPALITIES, {}, 'ballerup')).body.data.municipalities).toEqual([
      { code: '0151' },
    ]);
  });

  it('lets council run only council-visible queries', async () => {
    for (const query of [VISITS, DATA_QUALITY, METRICS, CHANCE_QUEUE]) {
      const { body } = await api.graphql(query, {}, 'council');
      expect(code(body)).toBe('FORBIDDEN');
      expect(body.errors[0].message).toMatch(/^the role council may not run the query /);
    }
    for (const query of [ME, MUNICIPALITIES, ANNOTATIONS, TARGETS, DIGITAL_EXCLUSION])
      expect((await api.graphql(query, {}, 'council')).body.errors).toBeUndefined();
  });

  it.each<E2eUser>(['director', 'finance', 'centre_manager', 'admin'])(
    'lets %s run every read query for its municipality',
    async (user) => {
      for (const query of [
        ME,
        MUNICIPALITIES,
        VISITS,
        DATA_QUALITY,
        METRICS,
        ANNOTATIONS,
        TARGETS,
        CHANCE_QUEUE,
      ])
        expect({ query, errors: (await api.graphql(query, {}, user)).body.errors }).toEqual({
          query,
          errors: undefined,
        });
    },
  );

  it('lets only admin edit annotations, and only for its municipalities', async () => {
    const save = (municipality: string) => `mutation {
      saveAnnotation(municipalityCode: "${municipality}", code: "e2e-event", dateFrom: "2024-05-01",
                     kind: other, labelDa: "Hændelse", labelEn: "Event") { dateFrom }
    }`;
    for (const user of ['director', 'finance', 'centre_manager', 'council'] as const) {
      const { body } = await api.graphql(save('0169'), {}, user);
      expect(code(body)).toBe('FORBIDDEN');
    }
    expect((await api.graphql(save('0169'), {}, 'admin')).body.data.saveAnnotation).toEqual({
      dateFrom: '2024-05-01',
    });
    const { body } = await api.graphql(save('0151'), {}, 'admin');
    expect(code(body)).toBe('FORBIDDEN');
    expect(body.errors[0].message).toBe('you have no access to municipality 0151');
  });

  it('writes an audit row per request, without the password', async () => {
    await api.graphql(VISITS, {}, 'ballerup');
    await api.graphql(
      'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: 'finance', p: E2E_PASSWORD },
    );
    await api.app.get(AuditLog).flush();
    const rows = await db.dataSource.query(
      `SELECT username, role, operation_name, operation_type, variables, municipality_codes, outcome, duration_ms
       FROM audit.api_request ORDER BY api_request_id`,
    );
    expect(rows).toContainEqual({
      username: 'ballerup',
      role: 'director',
      operation_name: 'visitsByServiceMonth',
      operation_type: 'query',
      variables: {},
      municipality_codes: ['0169'],
      outcome: 'FORBIDDEN',
      duration_ms: expect.any(Number),
    });
    expect(rows).toContainEqual(
      expect.objectContaining({
        username: null,
        operation_name: 'Login',
        operation_type: 'mutation',
        variables: { u: 'finance', p: '[removed]' },
        outcome: 'ok',
      }),
    );
    expect(JSON.stringify(rows)).not.toContain(E2E_PASSWORD);
  });
});
