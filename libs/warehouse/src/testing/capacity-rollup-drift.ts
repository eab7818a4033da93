import type { DataSource } from 'typeorm';

/**
 * The booking-capacity rollups against a GROUP BY over the facts themselves (slots and bookings,
 * not mart.booking_daily): per level, the rows one holds that the other lacks, both ways. A null
 * service (a slot open to every service) matches a null service, as EXCEPT compares.
 */
const DRIFT_SQL = `
  WITH minutes AS (
    SELECT municipality_code, date_key, site_id, service_id, slot_minutes AS offered, 0 AS booked,
           0 AS attended, 0 AS no_show
    FROM dw.fact_booking_slot
    UNION ALL
    SELECT municipality_code, slot_date_key, site_id, service_id, 0, slot_minutes,
           CASE WHEN status = 'attended' THEN slot_minutes ELSE 0 END,
           CASE WHEN status = 'no_show' THEN slot_minutes ELSE 0 END
    FROM dw.fact_booking WHERE status IN ('booked', 'attended', 'no_show')),
  daily_facts AS (
    SELECT municipality_code, date_key, site_id, service_id, sum(offered)::int, sum(booked)::int,
           sum(attended)::int, sum(no_show)::int
    FROM minutes GROUP BY 1, 2, 3, 4),
  daily_rollup AS (
    SELECT municipality_code, date_key, site_id, service_id, offered_minutes::int,
           booked_minutes::int, attended_minutes::int, no_show_minutes::int
    FROM mart.booking_slot_daily),
  monthly_facts AS (
    SELECT municipality_code, date_key / 100 * 100 + 1, site_id, service_id, sum(offered)::int,
           sum(booked)::int, sum(attended)::int, sum(no_show)::int
    FROM minutes GROUP BY 1, 2, 3, 4),
  monthly_rollup AS (
    SELECT municipality_code, month_start_key, site_id, service_id, offered_minutes::int,
           booked_minutes::int, attended_minutes::int, no_show_minutes::int
    FROM mart.booking_slot_monthly)
  SELECT 'daily' AS rollup, count(*)::int AS rows
  FROM ((TABLE daily_facts EXCEPT TABLE daily_rollup)
        UNION ALL (TABLE daily_rollup EXCEPT TABLE daily_facts)) d
  UNION ALL
  SELECT 'monthly', count(*)::int
  FROM ((TABLE monthly_facts EXCEPT TABLE monthly_rollup)
        UNION ALL (TABLE monthly_rollup EXCEPT TABLE monthly_facts)) m`;

export const NO_CAPACITY_DRIFT = [
  { rollup: 'daily', rows: 0 },
  { rollup: 'monthly', rows: 0 },
];

export function capacityRollupDrift(
  dataSource: DataSource,
): Promise<{ rollup: string; rows: number }[]> {
  return dataSource.query(DRIFT_SQL);
}

/** The offered, booked, attended and no-show minutes the monthly rollup holds in all. */
export async function capacityMinutes(
  dataSource: DataSource,
): Promise<{ offered: number; booked: number; attended: number; noShow: number }> {
  const [row] = await dataSource.query(
    `SELECT coalesce(sum(offered_minutes), 0)::int AS offered,
            coalesce(sum(booked_minutes), 0)::int AS booked,
            coalesce(sum(attended_minutes), 0)::int AS attended,
            coalesce(sum(no_show_minutes), 0)::int AS "noShow"
     FROM mart.booking_slot_monthly`,
  );
  return row;
}
