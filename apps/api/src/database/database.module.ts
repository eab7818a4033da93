import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createWarehouseDataSource } from '@kanalindsigt/warehouse/data-source';

/** Provides the warehouse DataSource to repositories. It never synchronizes; migrations run at start. */
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
    };
  }
}
