/** Latency figures of the API benchmark, in milliseconds. */

/** The nearest-rank percentile (p in 0–100) of samples; NaN without samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/**
 * How many times faster the API answers than the raw GROUP BY. Against the API's p95, not its
 * median, so that the ≥ 20× claim holds for nearly every request rather than the typical one.
 */
export function speedup(rawMs: number, apiP95Ms: number): number {
  return rawMs / apiP95Ms;
}
