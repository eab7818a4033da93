/**
 * Lower bounds of the queue-time buckets of mart.call_daily, in seconds. The ETL sorts calls into
 * them; the API offers service-level and short-abandon thresholds only at these bounds, where the
 * rollup answers them exactly.
 */
export const QUEUE_BUCKET_SECONDS = [0, 5, 10, 20, 30, 45, 60, 90, 120, 180, 300] as const;
