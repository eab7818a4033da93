import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSampleData } from '@kanalindsigt/etl/sample/sample-data';
import { createTestDatabase } from '@kanalindsigt/warehouse/testing/test-database';
import { createApp } from '../app';

export const E2E_PERIOD = { from: '2024-01-01', to: '2024-06-30' } as const;

/**
 * The whole app on a free port, over a test warehouse holding half a year of the simulated sample
 * loaded through the real ETL.
 */
export async function startTestApp(): Promise<{ url: string; close: () => Promise<void> }> {
  const db = await createTestDatabase();
  const sample = await loadSampleData(db.dataSource, {
    outDir: mkdtempSync(join(tmpdir(), 'e2e-sample-')),
    ...E2E_PERIOD,
  });
  if (sample.status !== 'succeeded')
    throw new Error(
      `sample load failed: ${JSON.stringify(sample.loads.map((load) => load.files))}`,
    );
  const app = await createApp({ databaseUrl: db.url });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    url,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
