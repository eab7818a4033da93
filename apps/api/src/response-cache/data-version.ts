import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

/** How long a data version read from the warehouse is trusted before it is read again. */
const RECHECK_MS = 1000;

/**
 * The warehouse's data version: the latest ETL run. Every load starts a run, so an answer cached
 * under an older version is never served after new data arrived (at most a second later). Read at
 * most once a second however many requests ask, and once for all requests waiting on it.
 */
@Injectable()
export class DataVersion {
  private value: string | undefined;
  private checkedAt = 0;
  private reading: Promise<string> | undefined;

  constructor(private readonly warehouse: Warehouse) {}

  current(): Promise<string> {
    if (this.value !== undefined && Date.now() - this.checkedAt < RECHECK_MS)
      return Promise.resolve(this.value);
    this.reading ??= this.read().finally(() => (this.reading = undefined));
    return this.reading;
  }

  private async read(): Promise<string> {
    const [row] = await this.warehouse.query<{ version: string }>(
      `SELECT coalesce(max(run_id), 0)::text AS version FROM etl.run`,
    );
    this.value = row?.version ?? '0';
    this.checkedAt = Date.now();
    return this.value;
  }
}
