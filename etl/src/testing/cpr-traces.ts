import type { DataSource } from 'typeorm';

// A CPR number as the brief defines its shape: ten digits not inside a longer run of digits.
export const CPR_SHAPED = '(^|[^0-9])[0-3][0-9][01][0-9]{3}-?[0-9]{4}([^0-9]|$)';
// Hex digests hold ten digits in a row by chance (about one in 180); they are checked instead
// for holding none of the CPR numbers that were loaded.
const HEX_DIGEST_COLUMNS = new Set([
  'dw.fact_booking.citizen_pseudonym',
  'etl.source_file.content_sha256',
]);

/**
 * Every text column of every table in the warehouse's schemas, searched for CPR-shaped text and
 * for the digits of the CPR numbers given; returns what it finds.
 */
export async function cprTraces(dataSource: DataSource, cprs: string[]): Promise<string[]> {
  const columns: { table_schema: string; table_name: string; column_name: string }[] =
    await dataSource.query(
      `SELECT table_schema, table_name, column_name FROM information_schema.columns
       WHERE table_schema IN ('dw', 'etl', 'staging', 'mart')
         AND data_type IN ('text', 'character', 'character varying')
       ORDER BY 1, 2, 3`,
    );
  // Guards the search itself: a schema query that found nothing would find no CPR either.
  if (columns.length < 40) throw new Error(`only ${columns.length} text columns to search`);
  const digits = cprs.map((cpr) => cpr.replace('-', ''));
  const found: string[] = [];
  for (const { table_schema, table_name, column_name } of columns) {
    const name = `${table_schema}.${table_name}.${column_name}`;
    const column = `"${column_name}"`;
    const shapeTest = HEX_DIGEST_COLUMNS.has(name)
      ? `${column} !~ '^[0-9a-f]{64}$' AND ${column} ~ $1`
      : `${column} ~ $1`;
    const rows: { value: string }[] = await dataSource.query(
      `SELECT ${column}::text AS value FROM "${table_schema}"."${table_name}"
       WHERE ${shapeTest}
          OR EXISTS (SELECT 1 FROM unnest($2::text[]) d WHERE strpos(replace(${column}, '-', ''), d) > 0)
       LIMIT 3`,
      [CPR_SHAPED, digits],
    );
    found.push(...rows.map((row) => `${name}: ${row.value}`));
  }
  return found;
}
