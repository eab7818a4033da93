/** What the load benchmark aims for (issue 3). */
export const TARGETS = {
  /** End-to-end rows/s at least this share of a raw COPY of the same rows. */
  ratio: 0.5,
  /** The built-in sample generated and loaded within this many seconds, on a 2-core machine. */
  sampleSeconds: 60,
  /** Peak RSS of the large call log at most this multiple of the small one's: memory stays flat. */
  rssRatio: 1.5,
} as const;

export const DEFAULT_CALL_ROWS = '1000000,10000000';

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
