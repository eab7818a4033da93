import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { municipalityScope, type MunicipalityScope } from './municipality-scope';

/** The NOLOGIN role row-level security applies to (migration 1795392000012). */
export const READER_ROLE = 'kanalindsigt_reader';
const MUNICIPALITY_CODE = /^0\d{3}$/;

/**
 * The one door repositories use to the warehouse: plain SQL with bind parameters. Inside an
 * authenticated request every query runs in a transaction (read-only unless the operation is a
 * mutation) as `kanalindsigt_reader` with the user's granted municipalities set, so PostgreSQL's
 * row-level security hides every other municipality's rows, and refuses writes to them, even if a
 * repository forgets its WHERE. Outside a request (startup,
 * health, the ETL) it runs as the owner, as before.
 */
@Injectable()
export class Warehouse {
  constructor(private readonly dataSource: DataSource) {}

  query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const scope = municipalityScope.getStore();
    return scope
      ? this.scopedQuery<T>(scope, sql, params)
      : this.dataSource.query(sql, [...params]);
  }

  /**
   * Unscoped, as the owner: only for the API's own bookkeeping (sign-in, the audit log), whose
   * tables are not municipality data and which the reader role cannot see.
   */
  queryAsOwner<T = Record<string, unknown>>(
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<T[]> {
    return this.dataSource.query(sql, [...params]);
  }

  private async scopedQuery<T>(
    scope: MunicipalityScope,
    sql: string,
    params: readonly unknown[],
  ): Promise<T[]> {
    // The codes come from auth.user_municipality (char(4) codes); checked anyway because they are
    // written into the statement so that BEGIN and the settings cost one round trip, not three.
    const codes = scope.municipalityCodes.filter((code) => MUNICIPALITY_CODE.test(code)).join(',');
    // Straight to node-postgres' pool: a TypeORM query runner costs more than the query here.
    const [client, release] = await (
      this.dataSource.driver as PostgresDriver
    ).obtainMasterConnection();
    const pg = client as PoolClient;
    let broken: unknown;
    try {
      await pg.query(
        `BEGIN ${scope.writable ? 'READ WRITE' : 'READ ONLY'}; SELECT set_config('kanalindsigt.municipalities', '${codes}', true), set_config('role', '${READER_ROLE}', true)`,
      );
      try {
        const result = await pg.query(sql, [...params]);
        await pg.query('COMMIT');
        // What DataSource.query answers for the same statement, so repositories see no difference.
        return (
          result.command === 'UPDATE' || result.command === 'DELETE'
            ? [result.rows, result.rowCount]
            : result.rows
        ) as T[];
      } catch (error) {
        await pg.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError));
        throw error;
      }
    } finally {
      // A connection that could not roll back is discarded, never handed to the next request.
      (release as (error?: unknown) => void)(broken);
    }
  }
}
