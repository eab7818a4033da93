import { join } from 'node:path';
import { ensureDatabaseExists } from './database-admin';
import { Client } from 'pg';
import {
  embeddedDatabaseUrl,
  startEmbeddedDatabase,
  type RunningDatabase,
} from './embedded-database';
import { REPOSITORY_ROOT } from './repository-root';

export const DEFAULT_EMBEDDED_PORT = 54329;

/**
 * `DATABASE_URL` selects any external PostgreSQL 15+; without it the embedded server starts with
 * its data in the git-ignored `.data/postgres`, or is reused when it already runs (an ETL command
 * while `npm start` is up).
 */
export async function provideDatabase(log: (line: string) => void): Promise<RunningDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await ensureDatabaseExists(external);
    return { url: external, stop: async () => undefined };
  }
  const port = Number(process.env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT);
  const running = embeddedDatabaseUrl(port, 'kanalindsigt');
  if (await answers(running)) return { url: running, stop: async () => undefined };
  return startEmbeddedDatabase({
    dataDir: join(REPOSITORY_ROOT, '.data', 'postgres'),
    port,
    database: 'kanalindsigt',
    log,
  });
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
