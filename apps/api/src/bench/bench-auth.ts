import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuthRepository } from '../auth/auth.repository';
import { addUser } from '../auth/users';
import { Warehouse } from '../database/warehouse';

/** The benchmark's own account: an admin granted every municipality of the warehouse. */
export const BENCH_USERNAME = 'bench-admin';

/**
 * The Authorization header every benchmark request carries: the bench account is created (or its
 * password and grants renewed, with a fresh random password each run) in the bench database,
 * signs in through the `login` mutation like a browser, and its bearer token goes with every
 * measured request and the load test, so each runs the real path: the auth guard and row-level
 * security over all 98 municipalities.
 */
export async function benchAuthorization(
  graphqlUrl: string,
  dataSource: DataSource,
): Promise<string> {
  const password = randomBytes(18).toString('base64url');
  const municipalities = await dataSource.query<{ municipality_code: string }[]>(
    `SELECT municipality_code FROM dw.dim_municipality ORDER BY 1`,
  );
  await addUser(new AuthRepository(new Warehouse(dataSource)), {
    username: BENCH_USERNAME,
    displayName: 'Benchmark',
    password,
    role: 'admin',
    municipalityCodes: municipalities.map((m) => m.municipality_code),
  });
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token } }',
      variables: { username: BENCH_USERNAME, password },
    }),
  });
  const answer = (await response.json()) as {
    data?: { login?: { token: string } };
    errors?: { message: string }[];
  };
  const token = answer.data?.login?.token;
  if (!token)
    throw new Error(
      `the bench account cannot sign in: ${answer.errors?.map((e) => e.message).join('; ') ?? response.status}`,
    );
  return `Bearer ${token}`;
}
