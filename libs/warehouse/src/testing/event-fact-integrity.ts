import type { DataSource } from 'typeorm';

/**
 * Data tests for the event facts, which carry no foreign keys or unique constraints (they are
 * bulk-loaded; see migration 1795392000008): every key must name a dimension row and every
 * reference must occur once per municipality. Returns one line per broken rule, so a test can
 * expect an empty list and a failure says what broke.
 */
const RULES: { rule: string; sql: string }[] = [
  ...[
    ['fact_visit', 'ticket_ref'],
    ['fact_call', 'call_ref'],
    ['fact_booking', 'booking_ref'],
  ].map(([table, ref]) => ({
    rule: `dw.${table}.${ref} is unique per municipality`,
    sql: `SELECT count(*) FROM (SELECT 1 FROM dw.${table} GROUP BY municipality_code, ${ref} HAVING count(*) > 1) d`,
  })),
  ...[
    ['fact_visit', 'municipality_code', 'dim_municipality'],
    ['fact_visit', 'site_id', 'dim_site'],
    ['fact_visit', 'service_id', 'dim_service'],
    ['fact_visit', 'date_key', 'dim_date'],
    ['fact_visit', 'arrival_time_key', 'dim_time_of_day', 'time_key'],
    ['fact_visit', 'age_band_code', 'dim_age_band'],
    ['fact_visit', 'source_file_id', 'etl.source_file'],
    ['fact_call', 'municipality_code', 'dim_municipality'],
    ['fact_call', 'service_id', 'dim_service'],
    ['fact_call', 'date_key', 'dim_date'],
    ['fact_call', 'arrival_time_key', 'dim_time_of_day', 'time_key'],
    ['fact_call', 'source_file_id', 'etl.source_file'],
    ['fact_booking', 'municipality_code', 'dim_municipality'],
    ['fact_booking', 'site_id', 'dim_site'],
    ['fact_booking', 'service_id', 'dim_service'],
    ['fact_booking', 'slot_date_key', 'dim_date', 'date_key'],
    ['fact_booking', 'slot_time_key', 'dim_time_of_day', 'time_key'],
    ['fact_booking', 'age_band_code', 'dim_age_band'],
    ['fact_booking', 'source_file_id', 'etl.source_file'],
  ].map(([table, column, dimension, key]) => {
    const target = dimension!.includes('.') ? dimension! : `dw.${dimension}`;
    return {
      rule: `dw.${table}.${column} references ${target}`,
      sql: `SELECT count(*) FROM dw.${table} f
            WHERE f.${column} IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM ${target} d WHERE d.${key ?? column} = f.${column})`,
    };
  }),
];

export async function eventFactViolations(dataSource: DataSource): Promise<string[]> {
  const violations: string[] = [];
  for (const { rule, sql } of RULES) {
    const [{ count }] = await dataSource.query(sql);
    if (Number(count) > 0) violations.push(`${rule}: ${count} rows break it`);
  }
  return violations;
}
