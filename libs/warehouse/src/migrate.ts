import type { DataSource } from 'typeorm';
import { syncReferenceData } from './reference/sync-reference-data';

/** Brings a warehouse to the current schema and reference data. Safe to run on every start. */
export async function migrateWarehouse(dataSource: DataSource): Promise<{ applied: string[] }> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  await syncReferenceData(dataSource);
  return { applied: applied.map((migration) => migration.name) };
}
