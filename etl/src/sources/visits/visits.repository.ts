import type { QueryRunner } from 'typeorm';
import { rebuildRollupRange, wholeMonths } from '../rollup-range';
import { ARRIVALS_MONTHLY_ROLLUPS } from '@kanalindsigt/warehouse/rollups/arrivals-monthly';
import type { BinaryColumn } from '../../load/copy-binary';

/** dw.fact_visit's columns as the visits stager fills them (binary COPY, in this order). */
export const VISIT_FACT_COLUMNS: readonly BinaryColumn[] = [
  { name: 'municipality_code', type: 'text' },
  { name: 'source_file_id', type: 'int8' },
  { name: 'source_row', type: 'int4' },
  { name: 'ticket_ref', type: 'text' },
  { name: 'site_id', type: 'int4' },
  { name: 'service_id', type: 'int4' },
  { name: 'service_label', type: 'text' },
  { name: 'date_key', type: 'int4' },
  { name: 'arrival_time_key', type: 'int2' },
  { name: 'ticket_created_at', type: 'timestamptz' },
  { name: 'called_at', type: 'timestamptz' },
  { name: 'service_ended_at', type: 'timestamptz' },
  { name: 'counter_name', type: 'text' },
  { name: 'is_booked', type: 'bool' },
  { name: 'outcome', type: 'text' },
  { name: 'wait_seconds', type: 'int4' },
  { name: 'handling_seconds', type: 'int4' },
];

/** SQL that keeps the visit rollups in step with dw.fact_visit. */
export class VisitsRepository {
  /** Rebuilds the visit rollups of one municipality for a range of days from the facts. */
  async refreshRollups(
    tx: QueryRunner,
    municipalityCode: string,
    fromDateKey: number,
    toDateKey: number,
  ): Promise<void> {
    const range = { municipalityCode, fromDateKey, toDateKey };
    await rebuildRollupRange(
      tx,
      { table: 'mart.visit_daily', dayColumn: 'date_key' },
      range,
      `INSERT INTO mart.visit_daily (municipality_code, date_key, site_id, service_id, is_booked, count_tickets,
                                     count_served, count_no_show, sum_wait_seconds, count_waits,
                                     sum_handling_seconds, count_handled)
       SELECT municipality_code, date_key, site_id, service_id, is_booked,
              count(*),
              count(*) FILTER (WHERE outcome = 'served'),
              count(*) FILTER (WHERE outcome = 'no_show'),
              coalesce(sum(wait_seconds) FILTER (WHERE outcome = 'served'), 0),
              count(wait_seconds) FILTER (WHERE outcome = 'served'),
              coalesce(sum(handling_seconds), 0),
              count(handling_seconds)
       FROM dw.fact_visit
       WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
       GROUP BY municipality_code, date_key, site_id, service_id, is_booked`,
    );
    await rebuildRollupRange(
      tx,
      { table: 'mart.visit_monthly', dayColumn: 'month_start_key' },
      wholeMonths(range),
      `INSERT INTO mart.visit_monthly (municipality_code, month_start_key, site_id, service_id, is_booked,
                                       count_tickets, count_served, count_no_show, sum_wait_seconds,
                                       count_waits, sum_handling_seconds, count_handled)
       SELECT municipality_code, date_key / 100 * 100 + 1, site_id, service_id, is_booked,
              sum(count_tickets), sum(count_served), sum(count_no_show), sum(sum_wait_seconds),
              sum(count_waits), sum(sum_handling_seconds), sum(count_handled)
       FROM mart.visit_daily
       WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
       GROUP BY 1, 2, 3, 4, 5`,
    );
    await rebuildRollupRange(
      tx,
      { table: 'mart.visit_arrivals', dayColumn: 'date_key' },
      range,
      `INSERT INTO mart.visit_arrivals (municipality_code, date_key, time_key, site_id, count_arrivals)
       SELECT municipality_code, date_key, arrival_time_key, site_id, count(*)
       FROM dw.fact_visit
       WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
       GROUP BY municipality_code, date_key, arrival_time_key, site_id`,
    );
    // After the daily arrivals: the monthly rollup sums them over the whole months the load touched.
    await rebuildRollupRange(
      tx,
      { table: ARRIVALS_MONTHLY_ROLLUPS.visits.table, dayColumn: 'month_start_key' },
      wholeMonths(range),
      ARRIVALS_MONTHLY_ROLLUPS.visits.insertSql,
    );
    await rebuildRollupRange(
      tx,
      { table: 'mart.visit_age_daily', dayColumn: 'date_key' },
      range,
      `INSERT INTO mart.visit_age_daily (municipality_code, date_key, age_band_code, is_booked,
                                         walk_in_resolution, is_assisted_self_service, count_visits)
       SELECT municipality_code, date_key, coalesce(age_band_code, ''), is_booked,
              coalesce(walk_in_resolution, ''), is_assisted_self_service, count(*)
       FROM dw.fact_visit
       WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
       GROUP BY 1, 2, 3, 4, 5, 6`,
    );
  }
}
