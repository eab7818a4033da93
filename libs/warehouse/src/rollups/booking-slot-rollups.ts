import { rebuildRollups, type Rollup, type RollupRange, type SqlExecutor } from './rollup-range';

/**
 * One row per municipality, day, site and service (none for slots open to every service): offered
 * slot minutes from dw.fact_booking_slot beside the booked, attended and no-show minutes of
 * mart.booking_daily. Booked = booked + attended + no-show: a cancelled or rescheduled booking
 * frees its slot.
 */
export const BOOKING_SLOT_DAILY: Rollup = {
  table: 'mart.booking_slot_daily',
  dayColumn: 'date_key',
  byMonth: false,
  insertSql: `INSERT INTO mart.booking_slot_daily (municipality_code, date_key, site_id, service_id, offered_minutes,
                                        booked_minutes, attended_minutes, no_show_minutes)
     SELECT municipality_code, date_key, site_id, service_id,
            sum(offered), sum(booked), sum(attended), sum(no_show)
     FROM (
       SELECT municipality_code, date_key, site_id, service_id,
              slot_minutes::bigint AS offered, 0::bigint AS booked, 0::bigint AS attended,
              0::bigint AS no_show
       FROM dw.fact_booking_slot
       WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
       UNION ALL
       SELECT municipality_code, slot_date_key, site_id, service_id, 0, sum_slot_minutes,
              CASE status WHEN 'attended' THEN sum_slot_minutes ELSE 0 END,
              CASE status WHEN 'no_show' THEN sum_slot_minutes ELSE 0 END
       FROM mart.booking_daily
       WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3
         AND status IN ('booked', 'attended', 'no_show')
     ) minutes
     GROUP BY 1, 2, 3, 4`,
};

/**
 * mart.booking_slot_daily summed by calendar month: one row per municipality, month, site and
 * service.
 */
export const BOOKING_SLOT_MONTHLY: Rollup = {
  table: 'mart.booking_slot_monthly',
  dayColumn: 'month_start_key',
  byMonth: true,
  insertSql: `INSERT INTO mart.booking_slot_monthly (municipality_code, month_start_key, site_id, service_id,
                                          offered_minutes, booked_minutes, attended_minutes,
                                          no_show_minutes)
     SELECT municipality_code, date_key / 100 * 100 + 1, site_id, service_id, sum(offered_minutes),
            sum(booked_minutes), sum(attended_minutes), sum(no_show_minutes)
     FROM mart.booking_slot_daily
     WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
     GROUP BY 1, 2, 3, 4`,
};

/** The booking-capacity rollups in build order: the monthly one sums the daily one. */
export const BOOKING_SLOT_ROLLUPS: readonly Rollup[] = [BOOKING_SLOT_DAILY, BOOKING_SLOT_MONTHLY];

/**
 * Rebuilds the booking-capacity rollups of a range. Both the booking-calendar and the bookings
 * loads call it (either side can change a day's row), the bookings load after rebuilding
 * mart.booking_daily (`rebuildBookingRollups`).
 */
export async function rebuildBookingSlotRollups(
  executor: SqlExecutor,
  range: RollupRange,
): Promise<void> {
  await rebuildRollups(executor, BOOKING_SLOT_ROLLUPS, range);
}
