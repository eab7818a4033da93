/**
 * `npm start`: the database (embedded unless DATABASE_URL is set), migrations, the sample data when
 * the warehouse is empty, outside production the demo accounts, then the API and dashboard on one
 * port.
 */
import { createWarehouseDataSource } from '@kanalindsigt/warehouse/data-source';
import { provideDatabase } from '@kanalindsigt/warehouse/database-provider';
import { migrateWarehouse } from '@kanalindsigt/warehouse/migrate';
import { hasSampleData, loadSampleData } from '@kanalindsigt/etl/sample/sample-data';
import { createApp } from './app';
import { AuthRepository } from './auth/auth.repository';
import { DEV_PASSWORD, seedDevAccounts } from './auth/users';
import { Warehouse } from './database/warehouse';

async function start(): Promise<void> {
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  const log = (message: string) => console.log(`[${seconds()} s] ${message}`);

  log(
    process.env.DATABASE_URL
      ? 'Forbinder til PostgreSQL fra DATABASE_URL …'
      : 'Starter indlejret PostgreSQL …',
  );
  const database = await provideDatabase(() => undefined);
  const dataSource = createWarehouseDataSource(database.url, 4);
  await dataSource.initialize();
  const { applied } = await migrateWarehouse(dataSource);
  if (applied.length > 0) log(`Migreringer kørt: ${applied.join(', ')}`);
  if (process.env.SAMPLE_DATA !== 'off' && !(await hasSampleData(dataSource))) {
    log('Lageret er tomt: simulerer og indlæser eksempeldata for Høje-Taastrup 2017–2026 …');
    const sample = await loadSampleData(dataSource);
    log(
      `Eksempeldata indlæst: ${sample.rowsLoaded.toLocaleString('da-DK')} rækker fra ${sample.loads.length} kildetyper på ${((sample.simulateMs + sample.loadMs) / 1000).toLocaleString('da-DK', { maximumFractionDigits: 1 })} s (${sample.status}).`,
    );
  }
  if (process.env.NODE_ENV !== 'production') {
    const created = await seedDevAccounts(new AuthRepository(new Warehouse(dataSource)));
    if (created.length > 0)
      log(
        `Demokonti for 0169 oprettet: ${created.join(', ')} (adgangskode ${DEV_PASSWORD}; kun uden NODE_ENV=production)`,
      );
  }
  await dataSource.destroy();

  const app = await createApp({ databaseUrl: database.url });
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port, process.env.HOST ?? '0.0.0.0');
  log(`Kanalindsigt er klar: http://localhost:${port}`);

  const stop = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

start().catch((error: unknown) => {
  console.error(`Kanalindsigt kunne ikke starte: ${(error as Error).message}`);
  process.exit(1);
});
