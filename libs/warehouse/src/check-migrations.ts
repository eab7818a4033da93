/**
 * `npm run migration:check` (CI): migrates a scratch database and fails when the committed
 * libs/warehouse/schema.sql differs from what the migrations produce, or when a migration file
 * is not registered. `npm run migration:snapshot` rewrites the file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropDatabase, recreateDatabase } from './database-admin';
import { createWarehouseDataSource } from './data-source';
import { MIGRATIONS } from './migrations';
import { startScratchServer } from './scratch-server';
import { describeWarehouseSchema } from './schema-snapshot';

const SNAPSHOT_FILE = join(__dirname, '..', 'schema.sql');

async function main(write: boolean): Promise<number> {
  const migrationFiles = readdirSync(join(__dirname, 'migrations')).filter((f) =>
    /^\d+-.+\.(ts|js)$/.test(f),
  );
  const registered = new Set(MIGRATIONS.map((m) => m.name.match(/\d+$/)?.[0]));
  const unregistered = migrationFiles.filter((f) => !registered.has(f.split('-')[0]));
  if (unregistered.length > 0) {
    console.error(`migrations not listed in src/migrations.ts: ${unregistered.join(', ')}`);
    return 1;
  }

  const server = await startScratchServer();
  const url = await recreateDatabase(server.url, `kanalindsigt_schema_check_${process.pid}`);
  const dataSource = createWarehouseDataSource(url, 2);
  let snapshot: string;
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    snapshot = await describeWarehouseSchema(dataSource);
  } finally {
    await dataSource.destroy();
    await dropDatabase(url);
    await server.stop();
  }
  if (write) {
    writeFileSync(SNAPSHOT_FILE, snapshot);
    console.log(`wrote ${SNAPSHOT_FILE}`);
    return 0;
  }
  let committed = '';
  try {
    committed = readFileSync(SNAPSHOT_FILE, 'utf8');
  } catch {
    // a missing snapshot is stale too
  }
  if (committed !== snapshot) {
    console.error(
      `${SNAPSHOT_FILE} is stale: run \`npm run migration:snapshot\` and commit the result.`,
    );
    return 1;
  }
  console.log(`migrations are current (${MIGRATIONS.length} registered, schema.sql matches)`);
  return 0;
}

main(process.argv.includes('--write')).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
