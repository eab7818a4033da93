import { Client } from 'pg';
import { TEMPLATE_URL_VARIABLE, testDatabasePrefix } from './test-database';

/** Drops this run's databases (they matter on a shared DATABASE_URL server) and stops the server. */
export default async function globalTeardown(): Promise<void> {
  const templateUrl = process.env[TEMPLATE_URL_VARIABLE];
  if (templateUrl) {
    const admin = new URL(templateUrl);
    admin.pathname = '/postgres';
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
        [testDatabasePrefix()],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }
  await (globalThis as { __stopTestDatabase?: () => Promise<void> }).__stopTestDatabase?.();
}
