/**
 * What runs a rebuild's statements: the load's transaction (a QueryRunner) in the ETL, the
 * DataSource in the test factories.
 */
export interface SqlExecutor {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** The municipality and days a load touched: the rows of every rollup that a rebuild replaces. */
export interface RollupRange {
  municipalityCode: string;
  fromDateKey: number;
  toDateKey: number;
}

/** One rollup's rebuild. */
export interface Rollup {
  table: string;
  /** The column of its day key, or of its month's (the key of the month's first day). */
  dayColumn: string;
  /** Rows kept by month are rebuilt for the whole months the range touches (`wholeMonths`). */
  byMonth: boolean;
  /**
   * Inserts the rows of $1 municipality from $2 the first to $3 the last day key, from the facts
   * or from a rollup rebuilt before it.
   */
  insertSql: string;
}

/**
 * How every rollup follows a load: its rows for the municipality and the days the file covered
 * are deleted and rebuilt by its `insertSql`, in the order given (a rollup built from another one
 * after it), in the caller's transaction.
 */
export async function rebuildRollups(
  executor: SqlExecutor,
  rollups: readonly Rollup[],
  range: RollupRange,
): Promise<void> {
  for (const rollup of rollups) {
    const { municipalityCode, fromDateKey, toDateKey } = rollup.byMonth
      ? wholeMonths(range)
      : range;
    const parameters = [municipalityCode, fromDateKey, toDateKey];
    await executor.query(
      `DELETE FROM ${rollup.table}
       WHERE municipality_code = $1 AND ${rollup.dayColumn} BETWEEN $2 AND $3`,
      parameters,
    );
    await executor.query(rollup.insertSql, parameters);
  }
}

/**
 * The range widened to the whole months it touches, for the monthly rollups: a month's row sums
 * every day of the month, so it is rebuilt whole (from the daily rollup, already rebuilt for the
 * load's days) even when the file covered only part of it. Monthly rows are keyed by the first day
 * of their month; the last key (day 31) bounds the daily rows of any month.
 */
export function wholeMonths(range: RollupRange): RollupRange {
  return {
    municipalityCode: range.municipalityCode,
    fromDateKey: Math.floor(range.fromDateKey / 100) * 100 + 1,
    toDateKey: Math.floor(range.toDateKey / 100) * 100 + 31,
  };
}
