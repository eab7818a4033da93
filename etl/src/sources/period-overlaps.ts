import type { FieldProblem } from './source-kind';

/**
 * Within one file, counts for the same thing over overlapping periods would be added up twice:
 * remembers the periods seen per key and names the earlier row a new period overlaps.
 */
export function createPeriodOverlaps() {
  const seen = new Map<string, { start: string; end: string; row: number }[]>();
  return {
    check(key: string, start: string, end: string, sameWhat: string): FieldProblem | null {
      const earlier = seen.get(key)?.find((p) => p.start <= end && start <= p.end);
      return earlier
        ? {
            field: 'periodStart',
            reason: `overlaps the period ${earlier.start}–${earlier.end} of the same ${sameWhat} in row ${earlier.row}`,
          }
        : null;
    },
    remember(key: string, start: string, end: string, row: number): void {
      seen.set(key, [...(seen.get(key) ?? []), { start, end, row }]);
    },
  };
}
