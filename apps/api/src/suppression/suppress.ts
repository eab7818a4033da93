import { disclosedCells } from './disclosure-audit';
import {
  type Coordinate,
  type Line,
  ProtectedTable,
  type ProtectedTableInput,
} from './protected-table';

/** The rules in docs/suppression.md, applied to one protected table. */
export interface SuppressionOptions {
  threshold: number;
}

/** A protected table after suppression: what may be published of it. */
export class SuppressedTable {
  constructor(
    readonly table: ProtectedTable,
    readonly suppressed: readonly boolean[],
    readonly threshold: number,
  ) {}

  isSuppressed(coords: readonly Coordinate[]): boolean {
    return this.suppressed[this.table.index(coords)] as boolean;
  }

  /** The published value, or null when the cell is suppressed. */
  value(coords: readonly Coordinate[]): number | null {
    const index = this.table.index(coords);
    return this.suppressed[index] ? null : (this.table.values[index] as number);
  }
}

/**
 * Primary suppression of every cell and margin below the threshold (true zeros included unless
 * structural), then complementary suppression until no suppressed cell can be worked out:
 *
 * 1. Line rule, to a fixed point: a line holding a suppressed cell holds at least two, and unless
 *    its total is suppressed too, its suppressed inner cells sum to at least the threshold, so
 *    the published remainder of the line hides a group, never one cell, nor a group so small that
 *    its sum gives each member away. The next complement is the line's smallest published inner
 *    cell (ties: the first in table order), and only when none is left, the line's total.
 * 2. Audit: an attacker's view of the whole table (every line at once, by linear algebra and by
 *    bounds from non-negativity). Each cell that is still pinned gets one more complement, the
 *    smallest published cell on one of its lines, and the line rule runs again.
 *
 * Suppression only grows, so this ends; deterministic for the same counts and threshold.
 */
export function suppress(input: ProtectedTableInput, options: SuppressionOptions): SuppressedTable {
  const table = new ProtectedTable(input);
  const { threshold } = options;
  const suppressed = table.values.map((v, i) => !table.structural[i] && v < threshold);
  const hideable = (cell: number) => !suppressed[cell] && !table.structural[cell];

  for (;;) {
    enforceLines(table, suppressed, threshold, hideable);
    const disclosed = disclosedCells(table, suppressed);
    if (disclosed.length === 0) break;
    // One more complement per pinned cell before the next (costly) audit: preferably a cell it
    // shares a line with, else the smallest anywhere.
    for (const cell of disclosed) {
      const complement =
        smallestOnLines(
          table,
          table.lines.filter((line) => line.total === cell || line.inner.includes(cell)),
          hideable,
        ) ?? smallest(table, table.values.keys(), hideable);
      // Unreachable: with every cell suppressed nothing is published to work from.
      if (complement === undefined) throw new Error(`cell ${cell} cannot be protected`);
      suppressed[complement] = true;
    }
  }
  return new SuppressedTable(table, suppressed, threshold);
}

function enforceLines(
  table: ProtectedTable,
  suppressed: boolean[],
  threshold: number,
  hideable: (cell: number) => boolean,
): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const line of table.lines) {
      while (!lineIsSafe(table, line, suppressed, threshold)) {
        const complement =
          smallest(table, line.inner, hideable) ?? (hideable(line.total) ? line.total : undefined);
        if (complement === undefined) break;
        suppressed[complement] = true;
        changed = true;
      }
    }
  }
}

function lineIsSafe(
  table: ProtectedTable,
  line: Line,
  suppressed: readonly boolean[],
  threshold: number,
): boolean {
  const hiddenInner = line.inner.filter((cell) => suppressed[cell]);
  const totalHidden = suppressed[line.total] as boolean;
  const hidden = hiddenInner.length + (totalHidden ? 1 : 0);
  if (hidden === 0) return true;
  if (hidden < 2) return false;
  if (totalHidden) return true;
  const sum = hiddenInner.reduce((s, cell) => s + (table.values[cell] as number), 0);
  return sum >= threshold;
}

function smallest(
  table: ProtectedTable,
  cells: Iterable<number>,
  eligible: (cell: number) => boolean,
): number | undefined {
  let best: number | undefined;
  for (const cell of cells) {
    if (!eligible(cell)) continue;
    if (
      best === undefined ||
      (table.values[cell] as number) < (table.values[best] as number) ||
      ((table.values[cell] as number) === (table.values[best] as number) && cell < best)
    )
      best = cell;
  }
  return best;
}

function smallestOnLines(
  table: ProtectedTable,
  lines: readonly Line[],
  eligible: (cell: number) => boolean,
): number | undefined {
  return (
    smallest(
      table,
      lines.flatMap((line) => line.inner),
      eligible,
    ) ??
    smallest(
      table,
      lines.map((line) => line.total),
      eligible,
    )
  );
}
