import { join } from 'node:path';
import { ensureDatabaseExists } from './database-admin';
import { startEmbeddedDatabase, type RunningDatabase } from './embedded-database';
import { REPOSITORY_ROOT } from './repository-root';

export const DEFAULT_EMBEDDED_PORT = 54329;

/**
 * `DATABASE_URL` selects any external PostgreSQL 15+; without it the embedded server starts with
 * its data in the git-ignored `.data/postgres`.
 */
export async function provideDatabase(log: (line: string) => void): Promise<RunningDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await ensureDatabaseExists(external);
    return { url: external, stop: async () => undefined };
  }
  return startEmbeddedDatabase({
    dataDir: join(REPOSITORY_ROOT, '.data', 'postgres'),
    port: Number(process.env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT),
    database: 'kanalindsigt',
    log,
  });
}
