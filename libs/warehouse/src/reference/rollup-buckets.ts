/**
 * Queue-time thresholds (service level T, short-abandon S), in seconds, that mart.call_daily
 * answers exactly; the API reads any other threshold from the calls.
 */
export const QUEUE_THRESHOLD_SECONDS = [0, 5, 10, 20, 30, 45, 60, 90, 120, 180, 300] as const;

/**
 * Lower bounds of the rollup's queue-time buckets: each threshold and the second after it. Waits
 * are whole seconds, and "answered within T" counts waits ≤ T (a cut between T and T + 1) while a
 * short abandon waits < S (a cut between S − 1 and S), so each threshold needs both cuts: the
 * bucket [T, T + 1) holds exactly the calls that waited T.
 */
export const QUEUE_BUCKET_SECONDS: readonly number[] = QUEUE_THRESHOLD_SECONDS.flatMap(
  (threshold) => [threshold, threshold + 1],
);
