import { QUEUE_BUCKET_SECONDS } from '../reference/rollup-buckets';
import { rebuildRollups, type Rollup, type RollupRange, type SqlExecutor } from './rollup-range';

/** The lower bound of a call's queue-time bucket (no queue time counts as 0 s). */
const queueBucketSql = `CASE ${[...QUEUE_BUCKET_SECONDS]
  .reverse()
  .map((bound) => `WHEN coalesce(queue_seconds, 0) >= ${bound} THEN ${bound}`)
  .join(' ')} END`;

/**
 * One row per municipality, day, service, handler (municipality/hotline), outcome and queue-time
 * bucket: calls, queue/talk/hold/wrap-up sums, first-contact resolved and coded counts, from
 * dw.fact_call.
 */
export const CALL_DAILY: Rollup = {
  table: 'mart.call_daily',
  dayColumn: 'date_key',
  byMonth: false,
  insertSql: `INSERT INTO mart.call_daily (municipality_code, date_key, service_id, handled_by, outcome, queue_bucket_seconds,
                                  count_calls, sum_queue_seconds, sum_talk_seconds, sum_hold_seconds,
                                  sum_wrap_up_seconds, count_first_contact_resolved, count_resolution_coded)
     SELECT municipality_code, date_key, service_id, handled_by, outcome, ${queueBucketSql},
            count(*), coalesce(sum(queue_seconds), 0), coalesce(sum(talk_seconds), 0),
            coalesce(sum(hold_seconds), 0), coalesce(sum(wrap_up_seconds), 0),
            count(*) FILTER (WHERE is_first_contact_resolved), count(is_first_contact_resolved)
     FROM dw.fact_call
     WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
     GROUP BY 1, 2, 3, 4, 5, 6`,
};

/**
 * mart.call_daily summed by calendar month: one row per municipality, month, service, handler,
 * outcome and queue-time bucket.
 */
export const CALL_MONTHLY: Rollup = {
  table: 'mart.call_monthly',
  dayColumn: 'month_start_key',
  byMonth: true,
  insertSql: `INSERT INTO mart.call_monthly (municipality_code, month_start_key, service_id, handled_by, outcome,
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
};

/** One row per municipality, day and 15-minute slot: calls arriving, from dw.fact_call. */
export const CALL_ARRIVALS: Rollup = {
  table: 'mart.call_arrivals',
  dayColumn: 'date_key',
  byMonth: false,
  insertSql: `INSERT INTO mart.call_arrivals (municipality_code, date_key, time_key, count_calls)
     SELECT municipality_code, date_key, arrival_time_key, count(*)
     FROM dw.fact_call
     WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
     GROUP BY 1, 2, 3`,
};

/**
 * mart.call_arrivals of opening days summed by calendar month and ISO weekday: one row per
 * municipality, month, weekday and slot, beside the divisor of the mean, the opening days of the
 * weekday in the month with calls.
 */
export const CALL_ARRIVALS_MONTHLY: Rollup = {
  table: 'mart.call_arrivals_monthly',
  dayColumn: 'month_start_key',
  byMonth: true,
  insertSql: `WITH opening AS (
       SELECT a.date_key, a.date_key / 100 * 100 + 1 AS month_start_key, d.weekday, a.time_key,
              a.count_calls
       FROM mart.call_arrivals a
       JOIN dw.dim_date d ON d.date_key = a.date_key AND d.is_opening_day
       WHERE a.municipality_code = $1 AND a.date_key BETWEEN $2 AND $3
     ), days AS (
       SELECT month_start_key, weekday, count(DISTINCT date_key) AS n
       FROM opening GROUP BY 1, 2
     )
     INSERT INTO mart.call_arrivals_monthly (municipality_code, month_start_key, weekday, time_key,
                                             count_calls, opening_days)
     SELECT $1, o.month_start_key, o.weekday, o.time_key, sum(o.count_calls), days.n
     FROM opening o
     JOIN days USING (month_start_key, weekday)
     GROUP BY o.month_start_key, o.weekday, o.time_key, days.n`,
};

/**
 * Rebuilds the call rollups of a range from dw.fact_call, each monthly one after the daily one it
 * sums.
 */
export async function rebuildCallRollups(executor: SqlExecutor, range: RollupRange): Promise<void> {
  await rebuildRollups(
    executor,
    [CALL_DAILY, CALL_MONTHLY, CALL_ARRIVALS, CALL_ARRIVALS_MONTHLY],
    range,
  );
}
