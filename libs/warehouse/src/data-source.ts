import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** The warehouse connection. The schema comes from migrations only, never from `synchronize`. */
export function createWarehouseDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: poolSize },
    applicationName: 'kanalindsigt',
  });
}
