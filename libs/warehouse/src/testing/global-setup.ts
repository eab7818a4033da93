import { recreateDatabase } from '../database-admin';
import { createWarehouseDataSource } from '../data-source';
import { migrateWarehouse } from '../migrate';
import { startScratchServer } from '../scratch-server';
import { TEMPLATE_URL_VARIABLE, testDatabaseName } from './test-database';

/**
 * Jest global setup: one PostgreSQL for the whole run (embedded in a temporary directory, or the
 * server in DATABASE_URL), and a migrated template database each test file clones.
 */
export default async function globalSetup(): Promise<void> {
  const server = await startScratchServer();
  const templateUrl = await recreateDatabase(server.url, testDatabaseName('template'));
  const dataSource = createWarehouseDataSource(templateUrl, 2);
  await dataSource.initialize();
  try {
    await migrateWarehouse(dataSource);
  } finally {
    await dataSource.destroy();
  }
  process.env[TEMPLATE_URL_VARIABLE] = templateUrl;
  (globalThis as { __stopTestDatabase?: () => Promise<void> }).__stopTestDatabase = server.stop;
}
