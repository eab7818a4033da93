import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDatabase, type RunningDatabase } from './embedded-database';

/**
 * A PostgreSQL server for throw-away databases (tests, schema checks): the server in DATABASE_URL
 * when set, else an embedded one in a temporary directory on a free port. The URL names the
 * server's maintenance database; callers create their own databases on it.
 */
export async function startScratchServer(): Promise<RunningDatabase> {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    return { url: url.toString(), stop: async () => undefined };
  }
  const parent = mkdtempSync(join(tmpdir(), 'kanalindsigt-'));
  // mkdtemp makes the folder private; as root the server runs as the `postgres` user, who must enter it.
  chmodSync(parent, 0o755);
  return startEmbeddedDatabase({
    dataDir: join(parent, 'postgres'),
    port: await freePort(),
    database: 'postgres',
    ephemeral: true,
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}
