import type { QueryRunner } from 'typeorm';
import { rebuildRollupRange, wholeMonths } from '../rollup-range';
import { ARRIVALS_MONTHLY_ROLLUPS } from '@kanalindsigt/warehouse/rollups/arrivals-monthly';
import { QUEUE_BUCKET_SECONDS } from '@kanalindsigt/warehouse/reference/rollup-buckets';
import type { BinaryColumn } from '../../load/copy-binary';

/** dw.fact_call's columns as the calls stager fills them (binary COPY, in this order). */
export const CALL_FACT_COLUMNS: readonly BinaryColumn[] = [
  { name: 'municipality_code', type: 'text' },
  { name: 'source_file_id', type: 'int8' },
  { name: 'source_row', type: 'int4' },
  { name: 'call_ref', type: 'text' },
  { name: 'queue_label', type: 'text' },
  { name: 'ivr_choice', type: 'text' },
  { name: 'service_id', type: 'int4' },
  { name: 'date_key', type: 'int4' },
  { name: 'arrival_time_key', type: 'int2' },
  { name: 'arrived_at', type: 'timestamptz' },
  { name: 'answered_at', type: 'timestamptz' },
  { name: 'ended_at', type: 'timestamptz' },
  { name: 'outcome', type: 'text' },
  { name: 'handled_by', type: 'text' },
  { name: 'queue_seconds', type: 'int4' },
  { name: 'talk_seconds', type: 'int4' },
  { name: 'hold_seconds', type: 'int4' },
  { name: 'wrap_up_seconds', type: 'int4' },
  { name: 'is_first_contact_resolved', type: 'bool' },
];

const queueBucketSql = `CASE ${[...QUEUE_BUCKET_SECONDS]
  .reverse()
  .map((bound) => `WHEN coalesce(queue_seconds, 0) >= ${bound} THEN ${bound}`)
  .join(' ')} END`;

/** SQL that keeps the call rollups in step with dw.fact_call. */
export class CallsRepository {
  /** Rebuilds the call rollups of one municipality for a range of days from the facts. */
  async refreshRollups(
    tx: QueryRunner,
    municipalityCode: string,
    fromDateKey: number,
    toDateKey: number,
  ): Promise<void> {
    const range = { municipalityCode, fromDateKey, toDateKey };
    await rebuildRollupRange(
      tx,
      { table: 'mart.call_daily', dayColumn: 'date_key' },
      range,
      `INSERT INTO mart.call_daily (municipality_code, date_key, service_id, handled_by, outcome, queue_bucket_seconds,
                                    count_calls, sum_queue_seconds, sum_talk_seconds, sum_hold_seconds,
                                    sum_wrap_up_seconds, count_first_contact_resolved, count_resolution_coded)
       SELECT municipality_code, date_key, service_id, handled_by, outcome, ${queueBucketSql},
              count(*), coalesce(sum(queue_seconds), 0), coalesce(sum(talk_seconds), 0),
              coalesce(sum(hold_seconds), 0), coalesce(sum(wrap_up_seconds), 0),
              count(*) FILTER (WHERE is_first_contact_resolved), count(is_first_contact_resolved)
       FROM dw.fact_call
       WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
       GROUP BY 1, 2, 3, 4, 5, 6`,
    );
    await rebuildRollupRange(
      tx,
      { table: 'mart.call_monthly', dayColumn: 'month_start_key' },
      wholeMonths(range),
      `INSERT INTO mart.call_monthly (municipality_code, month_start_key, service_id, handled_by, outcome,
                                      queue_bucket_seconds, count_calls, sum_queue_seconds, sum_talk_seconds,
                                      sum_hold_seconds, sum_wrap_up_seconds, count_first_contact_resolved,
                                      count_resolution_coded)
       SELECT municipality_code, date_key / 100 * 100 + 1, service_id, handled_by, outcome,
              queue_bucket_seconds, sum(count_calls), sum(sum_queue_seconds), sum(sum_talk_seconds),
              sum(sum_hold_seconds), sum(sum_wrap_up_seconds), sum(count_first_contact_resolved),
              sum(count_resolution_coded)
       FROM mart.call_daily
       WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
       GROUP BY 1, 2, 3, 4, 5, 6`,
    );
    await rebuildRollupRange(
      tx,
      { table: 'mart.call_arrivals', dayColumn: 'date_key' },
      range,
      `INSERT INTO mart.call_arrivals (municipality_code, date_key, time_key, count_calls)
       SELECT municipality_code, date_key, arrival_time_key, count(*)
       FROM dw.fact_call
       WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
       GROUP BY 1, 2, 3`,
    );
    // After the daily arrivals: the monthly rollup sums them over the whole months the load touched.
    await rebuildRollupRange(
      tx,
      { table: ARRIVALS_MONTHLY_ROLLUPS.calls.table, dayColumn: 'month_start_key' },
      wholeMonths(range),
      ARRIVALS_MONTHLY_ROLLUPS.calls.insertSql,
    );
  }
}
