import type { QueryRunner } from 'typeorm';
import { refreshBookingSlotRollups } from '../booking-slot-rollups';
import { rebuildRollupRange, wholeMonths } from '../rollup-range';
import type { BinaryColumn } from '../../load/copy-binary';

/** dw.fact_booking's columns as the bookings stager fills them (binary COPY, in this order). */
export const BOOKING_FACT_COLUMNS: readonly BinaryColumn[] = [
  { name: 'municipality_code', type: 'text' },
  { name: 'source_file_id', type: 'int8' },
  { name: 'source_row', type: 'int4' },
  { name: 'booking_ref', type: 'text' },
  { name: 'site_id', type: 'int4' },
  { name: 'service_id', type: 'int4' },
  { name: 'service_label', type: 'text' },
  { name: 'booked_at', type: 'timestamptz' },
  { name: 'booking_channel', type: 'text' },
  { name: 'slot_start_at', type: 'timestamptz' },
  { name: 'slot_minutes', type: 'int2' },
  { name: 'slot_date_key', type: 'int4' },
  { name: 'slot_time_key', type: 'int2' },
  { name: 'status', type: 'text' },
  { name: 'citizen_pseudonym', type: 'text' },
  { name: 'age_band_code', type: 'text' },
  { name: 'sex', type: 'text' },
];

/** SQL that keeps the booking rollups in step with dw.fact_booking. */
export class BookingsRepository {
  /**
   * Rebuilds the booking rollups of one municipality for a range of slot days from the facts, and
   * the capacity rollups that set their minutes against the offered slots.
   */
  async refreshRollups(
    tx: QueryRunner,
    municipalityCode: string,
    fromDateKey: number,
    toDateKey: number,
  ): Promise<void> {
    const range = { municipalityCode, fromDateKey, toDateKey };
    await rebuildRollupRange(
      tx,
      { table: 'mart.booking_daily', dayColumn: 'slot_date_key' },
      range,
      `INSERT INTO mart.booking_daily (municipality_code, slot_date_key, site_id, service_id, booking_channel, status,
                                       age_band_code, count_bookings, sum_slot_minutes, sum_lead_seconds)
       SELECT municipality_code, slot_date_key, site_id, service_id, booking_channel, status,
              coalesce(age_band_code, ''), count(*), sum(slot_minutes),
              sum(extract(epoch FROM slot_start_at - booked_at))::bigint
       FROM dw.fact_booking
       WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3
       GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    );
    await rebuildRollupRange(
      tx,
      { table: 'mart.booking_monthly', dayColumn: 'month_start_key' },
      wholeMonths(range),
      `INSERT INTO mart.booking_monthly (municipality_code, month_start_key, site_id, service_id, booking_channel,
                                         status, count_bookings, sum_slot_minutes, sum_lead_seconds)
       SELECT municipality_code, slot_date_key / 100 * 100 + 1, site_id, service_id, booking_channel,
              status, sum(count_bookings), sum(sum_slot_minutes), sum(sum_lead_seconds)
       FROM mart.booking_daily
       WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3
       GROUP BY 1, 2, 3, 4, 5, 6`,
    );
    await rebuildRollupRange(
      tx,
      { table: 'mart.booking_age_monthly', dayColumn: 'month_start_key' },
      wholeMonths(range),
      `INSERT INTO mart.booking_age_monthly (municipality_code, month_start_key, age_band_code, booking_channel,
                                             count_bookings)
       SELECT municipality_code, slot_date_key / 100 * 100 + 1, age_band_code, booking_channel, sum(count_bookings)
       FROM mart.booking_daily
       WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3
       GROUP BY 1, 2, 3, 4`,
    );
    await rebuildRollupRange(
      tx,
      { table: 'mart.booking_status_daily', dayColumn: 'slot_date_key' },
      range,
      `INSERT INTO mart.booking_status_daily (municipality_code, slot_date_key, status, count_bookings)
       SELECT municipality_code, slot_date_key, status, sum(count_bookings)
       FROM mart.booking_daily
       WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3
       GROUP BY 1, 2, 3`,
    );
    await refreshBookingSlotRollups(tx, range);
  }
}
