/**
 * The one fixed table a council answer is cut from: base cells at a fixed grain (axis 0 is the
 * four quarters of a calendar year, the other axes are the view's dimensions, e.g. age band ×
 * channel) plus every margin. Each axis gets one extra position, its total, so the table with its
 * margins is a cube of (n₀+1)(n₁+1)… cells, and every equation an attacker can write is a *line*:
 * the cells along one axis with the other coordinates fixed, whose inner cells sum to the cell at
 * the axis' total position. Along axis 0 that is the time line quarter → year.
 */

/** A coordinate on one axis: a category's index, or that axis' total. */
export type Coordinate = number | 'total';

export interface ProtectedTableInput {
  /** Number of categories on each axis; axis 0 is time (the quarters of one year). */
  sizes: readonly number[];
  /** Counts of the base cells, row-major over the axes (the last axis varies fastest). */
  counts: readonly number[];
  /**
   * Base cells that are zero by definition (e.g. a quarter that has not begun): published as 0
   * and never used to hide another cell. Every other zero is a sampling zero and is protected.
   */
  structural?: readonly boolean[];
}

/** One line of the cube: the flat indexes of its inner cells and of its total. */
export interface Line {
  inner: readonly number[];
  total: number;
}

/** The cube with its margins, addressed by flat index over the augmented sizes. */
export class ProtectedTable {
  /** Sizes with the total position: nₖ + 1. */
  readonly augmented: readonly number[];
  /** Value of every cell, margins included. */
  readonly values: readonly number[];
  /** Whether a cell is zero by definition: a base cell so declared, or a margin of only such cells. */
  readonly structural: readonly boolean[];
  readonly lines: readonly Line[];
  private readonly strides: readonly number[];

  constructor(input: ProtectedTableInput) {
    const { sizes, counts } = input;
    if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1))
      throw new Error('a protected table needs at least one axis of at least one category');
    const baseCells = sizes.reduce((a, b) => a * b, 1);
    if (counts.length !== baseCells)
      throw new Error(`expected ${baseCells} base counts, got ${counts.length}`);
    if (counts.some((c) => !Number.isInteger(c) || c < 0))
      throw new Error('counts must be whole numbers, not negative');
    if (input.structural && input.structural.length !== baseCells)
      throw new Error(`expected ${baseCells} structural flags, got ${input.structural.length}`);

    this.augmented = sizes.map((n) => n + 1);
    const strides: number[] = [];
    let stride = 1;
    for (let axis = this.augmented.length - 1; axis >= 0; axis -= 1) {
      strides[axis] = stride;
      stride *= this.augmented[axis] as number;
    }
    this.strides = strides;
    const cells = stride;

    const values = new Array<number>(cells).fill(0);
    const nonStructural = new Array<boolean>(cells).fill(false);
    const baseStrides: number[] = [];
    let baseStride = 1;
    for (let axis = sizes.length - 1; axis >= 0; axis -= 1) {
      baseStrides[axis] = baseStride;
      baseStride *= sizes[axis] as number;
    }
    // Each base cell adds to itself and to every margin above it (2^axes cells).
    for (let base = 0; base < baseCells; base += 1) {
      const coords = sizes.map((n, axis) => Math.floor(base / (baseStrides[axis] as number)) % n);
      const count = counts[base] as number;
      const isStructural = input.structural?.[base] ?? false;
      for (let mask = 0; mask < 1 << sizes.length; mask += 1) {
        const index = this.index(coords.map((c, axis) => (mask & (1 << axis) ? 'total' : c)));
        values[index] = (values[index] as number) + count;
        if (!isStructural) nonStructural[index] = true;
      }
    }
    this.values = values;
    this.structural = nonStructural.map((flag) => !flag);
    this.lines = this.buildLines();
  }

  get cellCount(): number {
    return this.values.length;
  }

  index(coords: readonly Coordinate[]): number {
    if (coords.length !== this.augmented.length)
      throw new Error(`expected ${this.augmented.length} coordinates, got ${coords.length}`);
    return coords.reduce<number>((sum, c, axis) => {
      const size = this.augmented[axis] as number;
      const position = c === 'total' ? size - 1 : c;
      if (!Number.isInteger(position) || position < 0 || position >= size)
        throw new Error(`coordinate ${c} out of range on axis ${axis}`);
      return sum + position * (this.strides[axis] as number);
    }, 0);
  }

  coordinates(index: number): Coordinate[] {
    return this.augmented.map((size, axis) => {
      const position = Math.floor(index / (this.strides[axis] as number)) % size;
      return position === size - 1 ? 'total' : position;
    });
  }

  /** Every line of every axis, in a fixed order (so the suppression is deterministic). */
  private buildLines(): Line[] {
    const lines: Line[] = [];
    this.augmented.forEach((size, axis) => {
      const stride = this.strides[axis] as number;
      for (let start = 0; start < this.values.length; start += 1) {
        if (Math.floor(start / stride) % size !== 0) continue;
        const inner = Array.from({ length: size - 1 }, (_, i) => start + i * stride);
        lines.push({ inner, total: start + (size - 1) * stride });
      }
    });
    return lines;
  }
}
