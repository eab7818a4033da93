import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createWarehouseDataSource } from '@kanalindsigt/warehouse/data-source';
import { Warehouse } from './warehouse';

/** Provides the warehouse to repositories. It never synchronizes; migrations run at start. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: { databaseUrl: string; connect: boolean }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...createWarehouseDataSource(options.databaseUrl).options,
          // The schema check builds the app without a database to talk to.
          manualInitialization: !options.connect,
        }),
      ],
      providers: [Warehouse],
      exports: [Warehouse],
    };
  }
}
