import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { loadSampleData } from '@kanalindsigt/etl/sample/sample-data';
import type { SetupScope } from '@kanalindsigt/warehouse/testing/setup-scope';
import { createTestDatabase } from '@kanalindsigt/warehouse/testing/test-database';
import { createApp } from '../app';
import { AuthRepository } from '../auth/auth.repository';
import { addUser } from '../auth/users';
import { Warehouse } from '../database/warehouse';
import type { ApiConfig } from '../security/api-config';

export const E2E_PERIOD = { from: '2024-01-01', to: '2024-06-30' } as const;
export const E2E_PASSWORD = 'e2e-password-of-every-test-user';

/** One user per role for the sample municipality, and a director of another municipality. */
export const E2E_USERS = {
  director: ['director', ['0169']],
  finance: ['finance', ['0169']],
  centre_manager: ['centre_manager', ['0169']],
  council: ['council', ['0169']],
  admin: ['admin', ['0169']],
  ballerup: ['director', ['0151']],
} as const;
export type E2eUser = keyof typeof E2E_USERS;

export async function seedTestUsers(dataSource: DataSource): Promise<void> {
  const repository = new AuthRepository(new Warehouse(dataSource));
  for (const [username, [role, municipalityCodes]] of Object.entries(E2E_USERS))
    await addUser(repository, {
      username,
      password: E2E_PASSWORD,
      role,
      municipalityCodes: [...municipalityCodes],
    });
}

export interface TestClient {
  url: string;
  app: INestApplication;
  /** POST /graphql, with the session of `as` when given. */
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    as?: E2eUser | { token: string },
  ): Promise<{ status: number; headers: Headers; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked field by field
  signIn(user: E2eUser): Promise<string>;
  close(): Promise<void>;
}

/** The app on a free port over an existing warehouse; sessions are signed in once and reused. */
export async function startApp(
  databaseUrl: string,
  config: Partial<ApiConfig> = {},
): Promise<TestClient> {
  const app = await createApp({ databaseUrl, config });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const tokens = new Map<E2eUser, string>();
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked field by field
    const body = (await response.json()) as any;
    return { status: response.status, headers: response.headers, body };
  };
  const signIn = async (user: E2eUser) => {
    const known = tokens.get(user);
    if (known) return known;
    const { body } = await post(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: user, p: E2E_PASSWORD },
    );
    const token: unknown = body.data?.login?.token;
    if (typeof token !== 'string') throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
    tokens.set(user, token);
    return token;
  };
  return {
    url,
    app,
    signIn,
    graphql: async (query, variables = {}, as) =>
      post(
        query,
        variables,
        as === undefined ? undefined : typeof as === 'string' ? await signIn(as) : as.token,
      ),
    close: () => app.close(),
  };
}

/** How long a setup that loads half a year of the sample may take on a busy 2-core machine. */
export const TEST_APP_SETUP_MS = 120_000;

/**
 * The whole app on a free port, over a test warehouse holding a period of the simulated sample
 * (by default half a year) loaded through the real ETL, with the E2E_USERS. The warehouse and the
 * app belong to `scope`: its close drops and stops them, also when this setup failed or timed out
 * halfway (a warehouse dropped under a running load ends the load).
 */
export async function startTestApp(
  scope: SetupScope,
  config: Partial<ApiConfig> = {},
  period: { from: string; to: string } = E2E_PERIOD,
): Promise<Omit<TestClient, 'close'> & { databaseUrl: string }> {
  const db = await scope.start(createTestDatabase, (started) => started.drop());
  const outDir = mkdtempSync(join(tmpdir(), 'e2e-sample-'));
  try {
    const sample = await loadSampleData(db.dataSource, { outDir, ...period });
    if (sample.status !== 'succeeded')
      throw new Error(
        `sample load failed: ${JSON.stringify(sample.loads.map((load) => load.files))}`,
      );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  scope.assertOpen();
  await seedTestUsers(db.dataSource);
  const client = await scope.start(
    () => startApp(db.url, config),
    (started) => started.close(),
  );
  return { ...client, databaseUrl: db.url };
}
