import type { QueryRunner } from 'typeorm';

export interface RollupRange {
  municipalityCode: string;
  fromDateKey: number;
  toDateKey: number;
}

/**
 * How every rollup follows a load: its rows for the municipality and the days the file covered
 * are deleted and rebuilt from the facts by `insertSql`, whose parameters are $1 municipality,
 * $2 first and $3 last day key.
 */
export async function rebuildRollupRange(
  tx: QueryRunner,
  rollup: { table: string; dayColumn: string },
  range: RollupRange,
  insertSql: string,
): Promise<void> {
  const parameters = [range.municipalityCode, range.fromDateKey, range.toDateKey];
  await tx.query(
    `DELETE FROM ${rollup.table}
     WHERE municipality_code = $1 AND ${rollup.dayColumn} BETWEEN $2 AND $3`,
    parameters,
  );
  await tx.query(insertSql, parameters);
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
