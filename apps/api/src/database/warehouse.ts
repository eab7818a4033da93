import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * The one door repositories use to the warehouse: plain SQL with bind parameters. Keeping every
 * read behind it gives one place to scope a request to the municipalities its user may see.
 */
@Injectable()
export class Warehouse {
  constructor(private readonly dataSource: DataSource) {}

  query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.dataSource.query(sql, [...params]);
  }
}
