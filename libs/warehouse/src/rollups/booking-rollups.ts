import { BOOKING_SLOT_ROLLUPS } from './booking-slot-rollups';
import { rebuildRollups, type Rollup, type RollupRange, type SqlExecutor } from './rollup-range';

/**
 * One row per municipality, slot day, site, service, booking channel, status and age band ('' without
 * CPR): bookings, slot minutes, lead-time seconds, from dw.fact_booking.
 */
export const BOOKING_DAILY: Rollup = {
  table: 'mart.booking_daily',
  dayColumn: 'slot_date_key',
  byMonth: false,
  insertSql: `INSERT INTO mart.booking_daily (municipality_code, slot_date_key, site_id, service_id, booking_channel, status,
                                     age_band_code, count_bookings, sum_slot_minutes, sum_lead_seconds)
     SELECT municipality_code, slot_date_key, site_id, service_id, booking_channel, status,
            coalesce(age_band_code, ''), count(*), sum(slot_minutes),
            sum(extract(epoch FROM slot_start_at - booked_at))::bigint
     FROM dw.fact_booking
     WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3
     GROUP BY 1, 2, 3, 4, 5, 6, 7`,
};

/**
 * mart.booking_daily summed by slot month, without the age band: one row per municipality, month,
 * site, service, booking channel and status.
 */
export const BOOKING_MONTHLY: Rollup = {
  table: 'mart.booking_monthly',
  dayColumn: 'month_start_key',
  byMonth: true,
  insertSql: `INSERT INTO mart.booking_monthly (municipality_code, month_start_key, site_id, service_id, booking_channel,
                                       status, count_bookings, sum_slot_minutes, sum_lead_seconds)
     SELECT municipality_code, slot_date_key / 100 * 100 + 1, site_id, service_id, booking_channel,
            status, sum(count_bookings), sum(sum_slot_minutes), sum(sum_lead_seconds)
     FROM mart.booking_daily
     WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3
     GROUP BY 1, 2, 3, 4, 5, 6`,
};

/**
 * mart.booking_daily summed by slot month: one row per municipality, month, age band and booking
 * channel, bookings of every status (the digital-exclusion view).
 */
export const BOOKING_AGE_MONTHLY: Rollup = {
  table: 'mart.booking_age_monthly',
  dayColumn: 'month_start_key',
  byMonth: true,
  insertSql: `INSERT INTO mart.booking_age_monthly (municipality_code, month_start_key, age_band_code, booking_channel,
                                           count_bookings)
     SELECT municipality_code, slot_date_key / 100 * 100 + 1, age_band_code, booking_channel, sum(count_bookings)
     FROM mart.booking_daily
     WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3
     GROUP BY 1, 2, 3, 4`,
};

/**
 * mart.booking_daily summed by status: one row per municipality, slot day and status (the peaks
 * calendar's bookings due).
 */
export const BOOKING_STATUS_DAILY: Rollup = {
  table: 'mart.booking_status_daily',
  dayColumn: 'slot_date_key',
  byMonth: false,
  insertSql: `INSERT INTO mart.booking_status_daily (municipality_code, slot_date_key, status, count_bookings)
     SELECT municipality_code, slot_date_key, status, sum(count_bookings)
     FROM mart.booking_daily
     WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3
     GROUP BY 1, 2, 3`,
};

/**
 * Rebuilds the booking rollups of a range of slot days from dw.fact_booking, and after them the
 * capacity rollups that set their minutes against the offered slots.
 */
export async function rebuildBookingRollups(
  executor: SqlExecutor,
  range: RollupRange,
): Promise<void> {
  await rebuildRollups(
    executor,
    [
      BOOKING_DAILY,
      BOOKING_MONTHLY,
      BOOKING_AGE_MONTHLY,
      BOOKING_STATUS_DAILY,
      ...BOOKING_SLOT_ROLLUPS,
    ],
    range,
  );
}
