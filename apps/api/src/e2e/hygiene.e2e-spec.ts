import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { seedTestUsers, startApp, type TestClient } from './test-app';

const code = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.[0]?.extensions?.code;

/** A metrics query `depth` fields deep (metrics › kpi › … › id); kpi has no kpi, so it is refused either way, but by the depth rule first. */
function nestedQuery(depth: number): string {
  return `{ metrics(kpis: ["visits"], municipalityCodes: ["0169"], from: "2024-01-01", to: "2024-01-31") ${'{ kpi '.repeat(depth - 2)}{ id }${' }'.repeat(depth - 2)} }`;
}

describe('API hygiene', () => {
  let db: TestDatabase;
  let api: TestClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedTestUsers(db.dataSource);
    api = await startApp(db.url);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('refuses a query nested deeper than 10 levels before running it', async () => {
    const { status, body } = await api.graphql(nestedQuery(11), {}, 'director');
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/nested deeper than 10 levels/);
  });

  it.each([
    [
      'an unknown KPI',
      `{ metrics(kpis: ["nope"], municipalityCodes: ["0169"], from: "2024-01-01", to: "2024-01-31") { total { value } } }`,
      /unknown KPI nope/,
    ],
    [
      'a bad date',
      `{ visitsByServiceMonth(municipalityCode: "0169", from: "2024-02-30", to: "2024-03-31") { visits } }`,
      /from must be a date written YYYY-MM-DD/,
    ],
    [
      'a malformed municipality',
      `{ targets(municipalityCode: "169") { kpiId } }`,
      /municipalityCode must be an official four-digit code/,
    ],
    [
      'a malformed site',
      `{ arrivalsHeatmap(municipalityCode: "0169", from: "2024-03-01", to: "2024-03-31", siteCode: "Rådhus!") { openingDays } }`,
      /siteCode must be a site code such as raadhus/,
    ],
  ])('answers %s as BAD_USER_INPUT with the reason', async (_what, query, reason) => {
    const { body } = await api.graphql(query, {}, 'director');
    expect(code(body)).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(reason);
  });

  it('answers a municipality the user may not see as FORBIDDEN, not a server error', async () => {
    const { body } = await api.graphql(
      `{ targets(municipalityCode: "0151") { kpiId } }`,
      {},
      'director',
    );
    expect(code(body)).toBe('FORBIDDEN');
  });

  it('sends security headers and a request id', async () => {
    const { headers } = await api.graphql('{ me { username } }', {}, 'director');
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('strict-transport-security')).toBeTruthy();
    expect(headers.get('x-request-id')).toMatch(/^[\w-]{36}$/);
    // Same origin only: no CORS grant for another site.
    const response = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('exposes the request histogram, error counter and process metrics at /metrics', async () => {
    await api.graphql('query Who { me { username } }', {}, 'director');
    await api.graphql('{ me { username } }');
    const text = await (await fetch(`${api.url}/metrics`)).text();
    expect(text).toMatch(/graphql_request_duration_seconds_bucket\{le="0.1",operation="Who"\} \d+/);
    expect(text).toMatch(/graphql_errors_total\{code="UNAUTHENTICATED"\} [1-9]/);
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('reports readiness only with every migration applied', async () => {
    expect(await (await fetch(`${api.url}/health/ready`)).json()).toEqual({ status: 'ok' });
    const [last]: { name: string }[] = await db.dataSource.query(
      `WITH last AS (SELECT id, name FROM typeorm_migrations ORDER BY id DESC LIMIT 1),
            renamed AS (UPDATE typeorm_migrations t SET name = 'renamed' FROM last
                        WHERE t.id = last.id RETURNING last.name)
       SELECT name FROM renamed`,
    );
    const response = await fetch(`${api.url}/health/ready`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { message: string }).message).toBe(
      `migrations not applied: ${last?.name}`,
    );
    await db.dataSource.query(`UPDATE typeorm_migrations SET name = $1 WHERE name = 'renamed'`, [
      last?.name,
    ]);
  });

  describe('in production mode', () => {
    let production: TestClient;
    beforeAll(async () => {
      production = await startApp(db.url, { production: true, rateLimitPerMinute: 3 });
    });
    afterAll(async () => {
      await production?.close();
    });

    it('turns introspection off', async () => {
      const { body } = await production.graphql('{ __schema { queryType { name } } }', {}, 'admin');
      expect(body.errors[0].message).toMatch(/introspection/i);
    });

    it('limits requests per user a minute with 429 RATE_LIMITED', async () => {
      // admin spent one request on sign-in (counted by IP) and one on introspection.
      const statuses: number[] = [];
      let last:
        { status: number; body: { errors?: { extensions?: { code?: string } }[] } } | undefined;
      for (let i = 0; i < 3; i += 1) {
        last = await production.graphql('{ me { username } }', {}, 'admin');
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
      expect(code(last!.body)).toBe('RATE_LIMITED');
    });
  });
});
