import type { ProtectedTableInput } from './protected-table';
import { type SuppressedTable, type SuppressionOptions, suppress } from './suppress';

/**
 * Remembers the suppression of recent tables. The same table is asked for again and again (every
 * council query of a year cuts from it) and changes only when a load changes its counts, which
 * are the key, so a cached pattern is never stale. Oldest entries go first.
 */
export class SuppressionCache {
  private readonly entries = new Map<string, SuppressedTable>();

  constructor(private readonly capacity = 500) {}

  suppress(input: ProtectedTableInput, options: SuppressionOptions): SuppressedTable {
    const key = [
      options.threshold,
      input.sizes.join(','),
      input.counts.join(','),
      input.structural?.map((s) => (s ? 1 : 0)).join('') ?? '',
    ].join('|');
    const hit = this.entries.get(key);
    if (hit) {
      // Re-inserting moves the entry to the back of the Map's order: most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const result = suppress(input, options);
    this.entries.set(key, result);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return result;
  }
}
