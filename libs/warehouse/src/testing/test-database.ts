import type { DataSource } from 'typeorm';
import { databaseName, dropDatabase, recreateDatabase } from '../database-admin';
import { createWarehouseDataSource } from '../data-source';

export const TEMPLATE_URL_VARIABLE = 'KANALINDSIGT_TEST_TEMPLATE_URL';

/** The run's databases share a prefix, so teardown finds them and parallel runs never collide. */
export function testDatabasePrefix(): string {
  return `kanalindsigt_test_${process.env.KANALINDSIGT_TEST_RUN ?? (process.env.KANALINDSIGT_TEST_RUN = String(process.pid))}_`;
}

export function testDatabaseName(suffix: string): string {
  return `${testDatabasePrefix()}${suffix}`;
}

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

let counter = 0;

/** A fresh, migrated warehouse of its own for one test file (a copy of the template database). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = process.env[TEMPLATE_URL_VARIABLE];
  if (!templateUrl)
    throw new Error(
      'Integration tests need the Jest global setup (run them through jest.config.ts).',
    );
  counter += 1;
  const url = await recreateDatabase(
    templateUrl,
    testDatabaseName(`w${process.env.JEST_WORKER_ID ?? '0'}_${counter}`),
    databaseName(templateUrl),
  );
  const dataSource = createWarehouseDataSource(url, 4);
  await dataSource.initialize();
  return {
    url,
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await dropDatabase(url);
    },
  };
}
