/** What the load benchmark aims for (issues 3 and 13). */
export const TARGETS = {
  /** End-to-end rows/s at least this share of a raw COPY of the same rows. */
  ratio: 0.5,
  /** The built-in sample generated and loaded within this many seconds, on a 2-core machine. */
  sampleSeconds: 60,
  /** Peak RSS of the large call log at most this multiple of the small one's: memory stays flat. */
  rssRatio: 1.5,
  /** Seconds per 100 k rows of a file overlapping an earlier one at most this multiple of its. */
  overlapRatio: 1.5,
  /** A year as 365 daily files in at most this multiple of the time of the same rows in one file. */
  dailyFilesRatio: 2,
} as const;

export const DEFAULT_CALL_ROWS = '1000000,10000000';

/** About as many rows as the first of the overlapping call logs holds (BENCH_OVERLAP_ROWS). */
export const DEFAULT_OVERLAP_ROWS = 1_000_000;

/**
 * The inhabitants whose year of calls is loaded as one file and as daily files
 * (BENCH_DAILY_POPULATION): København's, the largest daily exporter.
 */
export const DEFAULT_DAILY_POPULATION = 660_000;

/** A count from an environment variable, or its default when the variable is unset. */
export function positiveInteger(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isSafeInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive whole number, not "${text}"`);
  return value;
}

/** BENCH_CALL_ROWS: the sizes of the small and the large call log, e.g. `100000,1000000`. */
export function parseCallRows(text: string): [small: number, large: number] {
  const sizes = text.split(',').map((part) => Number(part.trim()));
  const [small, large] = sizes;
  if (
    sizes.length !== 2 ||
    small === undefined ||
    large === undefined ||
    !sizes.every((size) => Number.isSafeInteger(size) && size > 0) ||
    small >= large
  )
    throw new Error(
      `BENCH_CALL_ROWS must be two row counts, smaller first (e.g. ${DEFAULT_CALL_ROWS}), not "${text}"`,
    );
  return [small, large];
}

/** A row count as the figures name it: 1M, 10M, 50k, 1234. */
export function sizeLabel(rows: number): string {
  if (rows % 1_000_000 === 0) return `${rows / 1_000_000}M`;
  if (rows % 1_000 === 0) return `${rows / 1_000}k`;
  return String(rows);
}
