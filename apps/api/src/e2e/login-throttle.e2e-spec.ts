import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { E2E_PASSWORD, seedTestUsers, startApp, type TestClient } from './test-app';

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

async function login(
  api: TestClient,
  username: string,
  password: string,
  forwardedFor: string,
): Promise<{ status: number; code?: string; message?: string; token?: string }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  });
  const body = (await response.json()) as {
    data?: { login?: { token: string } } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return {
    status: response.status,
    code: body.errors?.[0]?.extensions?.code,
    message: body.errors?.[0]?.message,
    token: body.data?.login?.token,
  };
}

describe('sign-in that resists guessing', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedTestUsers(db.dataSource);
  });
  afterAll(async () => {
    await db?.drop();
  });

  describe('behind a named proxy, with a per-IP limit too high to help', () => {
    let api: TestClient;
    beforeAll(async () => {
      api = await startApp(db.url, {
        trustProxy: ['loopback'],
        rateLimitPerMinute: 100_000,
        loginThrottle: { failuresBeforeLock: 5, lockSeconds: 2 },
      });
    });
    afterAll(async () => {
      await api?.close();
    });

    it('throttles 700 wrong passwords for one user from rotating addresses; the right one works after the lockout', async () => {
      const answers = new Map<string, number>();
      let last: Awaited<ReturnType<typeof login>> | undefined;
      for (let i = 0; i < 700; i += 1) {
        last = await login(api, 'finance', `guess-${i}`, `198.51.100.${i % 250}`);
        answers.set(last.code ?? 'none', (answers.get(last.code ?? 'none') ?? 0) + 1);
      }
      // Without the lockout all 700 would have had their password checked.
      expect(answers.get('UNAUTHENTICATED')).toBeLessThanOrEqual(15);
      expect(answers.get('RATE_LIMITED')).toBeGreaterThanOrEqual(685);
      expect(last?.code).toBe('RATE_LIMITED');
      expect(await login(api, 'finance', E2E_PASSWORD, '203.0.113.9')).toMatchObject({
        code: 'RATE_LIMITED',
      });
      // The lockout is per username: others sign in meanwhile.
      expect((await login(api, 'director', E2E_PASSWORD, '203.0.113.9')).token).toBeDefined();

      let answer = await login(api, 'finance', E2E_PASSWORD, '203.0.113.9');
      while (answer.code === 'RATE_LIMITED') {
        const seconds = Number(/try again in (\d+) s/.exec(answer.message ?? '')?.[1]);
        await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        answer = await login(api, 'finance', E2E_PASSWORD, '203.0.113.9');
      }
      expect(answer.token).toBeDefined();
    });

    it('answers a locked unknown username like a locked known one', async () => {
      for (let i = 0; i < 5; i += 1) await login(api, 'nobody-here', 'x', '198.51.100.1');
      expect(await login(api, 'nobody-here', 'x', '198.51.100.1')).toMatchObject({
        code: 'RATE_LIMITED',
        message: expect.stringMatching(
          /^too many failed sign-ins for this username; try again in \d s$/,
        ),
      });
    });
  });

  it('ignores X-Forwarded-For without TRUST_PROXY, so rotating it does not dodge the per-IP limit', async () => {
    const api = await startApp(db.url, { trustProxy: false, rateLimitPerMinute: 20 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 25; i += 1)
        statuses.push((await login(api, `u${i}`, 'x', `198.51.100.${i}`)).status);
      expect(statuses.filter((status) => status === 429)).toHaveLength(5);
    } finally {
      await api.close();
    }
  });

  it('believes X-Forwarded-For from the proxy TRUST_PROXY names', async () => {
    const api = await startApp(db.url, { trustProxy: ['127.0.0.1'], rateLimitPerMinute: 20 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 25; i += 1)
        statuses.push((await login(api, `v${i}`, 'x', `198.51.100.${i}`)).status);
      expect(statuses.filter((status) => status === 429)).toHaveLength(0);
    } finally {
      await api.close();
    }
  });
});
