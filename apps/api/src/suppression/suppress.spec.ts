import { intervalBounds, linearlyDetermined } from './disclosure-audit';
import { type Coordinate, ProtectedTable, type ProtectedTableInput } from './protected-table';
import { type SuppressedTable, suppress } from './suppress';
import { suppressionThreshold } from './suppression-threshold';

const THRESHOLD = 5;

/** Deterministic pseudo-random numbers (mulberry32), so a failing table can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sparse-ish counts: many small cells, some zeros, some large, as in a small municipality. */
function randomTable(seed: number, sizes: number[]): ProtectedTableInput {
  const next = random(seed);
  const cells = sizes.reduce((a, b) => a * b, 1);
  const counts = Array.from({ length: cells }, () => {
    const r = next();
    if (r < 0.15) return 0;
    if (r < 0.55) return Math.floor(next() * THRESHOLD);
    return Math.floor(next() * 60);
  });
  return { sizes, counts };
}

/**
 * What one council query publishes: the cells of the quarters asked for with all their margins,
 * and the year's cells when the whole year is asked for. Keyed by the cell's place in the table,
 * since every answer is a selection from that one table.
 */
function publish(result: SuppressedTable, quarters: number[], year: boolean): Map<number, number> {
  const published = new Map<number, number>();
  result.table.values.forEach((value, cell) => {
    const time = result.table.coordinates(cell)[0] as Coordinate;
    const asked = time === 'total' ? year : quarters.includes(time);
    if (asked && !result.suppressed[cell]) published.set(cell, value);
  });
  return published;
}

/** Everything several queries published, checking that no cell was ever given two values. */
function collect(...answers: Map<number, number>[]): Map<number, number> {
  const known = new Map<number, number>();
  for (const answer of answers)
    for (const [cell, value] of answer) {
      expect(known.get(cell) ?? value).toBe(value);
      known.set(cell, value);
    }
  return known;
}

/**
 * The attacker of the brief: takes every published number and the table's equations (rows,
 * columns, time lines), repeatedly finds a line with exactly one unknown and solves it, feeding
 * what it learns back in. Returns the cells it worked out that were not published.
 */
function solveLineByLine(table: ProtectedTable, published: Map<number, number>): Set<number> {
  const known = new Map(published);
  const learned = new Set<number>();
  for (let progress = true; progress;) {
    progress = false;
    for (const line of table.lines) {
      const cells = [...line.inner, line.total];
      const unknown = cells.filter((cell) => !known.has(cell));
      if (unknown.length !== 1) continue;
      const [cell] = unknown as [number];
      const innerSum = line.inner.reduce((s, c) => s + (c === cell ? 0 : (known.get(c) ?? 0)), 0);
      const value = cell === line.total ? innerSum : (known.get(line.total) as number) - innerSum;
      known.set(cell, value);
      learned.add(cell);
      progress = true;
    }
  }
  return learned;
}

/** A suppressed cell the line-by-line attacker reaches must be one the queries never covered. */
function expectNoSuppressedCellRecovered(result: SuppressedTable, published: Map<number, number>) {
  const learned = [...solveLineByLine(result.table, published)].filter(
    (cell) => result.suppressed[cell],
  );
  expect(learned.map((cell) => result.table.coordinates(cell))).toEqual([]);
}

function expectNotPinned(result: SuppressedTable) {
  expect(linearlyDetermined(result.table, result.suppressed)).toEqual([]);
  for (const [cell, bounds] of intervalBounds(result.table, result.suppressed)) {
    const value = result.table.values[cell] as number;
    // Sound (the true value is inside) and not pinned (some other value is too).
    expect(bounds.lower).toBeLessThanOrEqual(value);
    expect(bounds.upper).toBeGreaterThanOrEqual(value);
    expect(bounds.upper).toBeGreaterThan(bounds.lower);
  }
}

function expectEveryLineSafe(result: SuppressedTable) {
  for (const line of result.table.lines) {
    const hidden = [...line.inner, line.total].filter((cell) => result.suppressed[cell]);
    if (hidden.length === 0) continue;
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    if (!result.suppressed[line.total]) {
      const sum = hidden.reduce((s, cell) => s + (result.table.values[cell] as number), 0);
      expect(sum).toBeGreaterThanOrEqual(result.threshold);
    }
  }
}

/** Q1 of a table with 3 age bands × 2 channels; the other quarters hold large counts. */
function quarterOneTable(q1: number[][]): ProtectedTableInput {
  const counts: number[] = [];
  for (let q = 0; q < 4; q += 1)
    for (let r = 0; r < 3; r += 1)
      for (let c = 0; c < 2; c += 1) counts.push(q === 0 ? (q1[r]?.[c] ?? 0) : 20 + 3 * r + c + q);
  return { sizes: [4, 3, 2], counts };
}

describe(suppress.name, () => {
  it('suppresses small counts and sampling zeros, publishes structural zeros and large counts', () => {
    const sut = suppress(
      {
        sizes: [4, 2],
        counts: [12, 3, 15, 0, 14, 9, 0, 0],
        // Q4 has not begun: its zeros are structural.
        structural: [false, false, false, false, false, false, true, true],
      },
      { threshold: THRESHOLD },
    );

    expect(sut.value([3, 0])).toBe(0);
    expect(sut.value([3, 'total'])).toBe(0);
    expect(sut.isSuppressed([0, 1])).toBe(true); // 3
    expect(sut.isSuppressed([1, 1])).toBe(true); // a sampling zero
    expect(sut.value(['total', 'total'])).toBe(53);
    expectEveryLineSafe(sut);
    expectNotPinned(sut);
  });

  it('defeats total − published cells: a small cell never stands alone in its row or column', () => {
    const sut = suppress(
      quarterOneTable([
        [30, 2],
        [40, 25],
        [35, 28],
      ]),
      { threshold: THRESHOLD },
    );
    // The 2 is hidden, and so is the next smallest cell of its column (25) and, for its row, 30.
    expect(sut.isSuppressed([0, 0, 1])).toBe(true);
    expect(sut.isSuppressed([0, 1, 1])).toBe(true);
    expect(sut.isSuppressed([0, 0, 0])).toBe(true);
    // The margins are true totals, published.
    expect(sut.value([0, 0, 'total'])).toBe(32);
    expect(sut.value([0, 'total', 1])).toBe(55);
    expectNoSuppressedCellRecovered(sut, publish(sut, [0], false));
    expectNotPinned(sut);
  });

  it('defeats year − published quarters: a small quarter is hidden with another quarter', () => {
    const sut = suppress(quarterOneTable([[30, 2]]), { threshold: THRESHOLD });
    const timeLine = [0, 1, 2, 3].filter((q) => sut.isSuppressed([q, 0, 1]));

    expect(timeLine.length).toBeGreaterThanOrEqual(2);
    expect(sut.value(['total', 0, 1])).not.toBeNull();
    expectNoSuppressedCellRecovered(sut, publish(sut, [0, 1, 2, 3], true));
  });

  it('defeats query A (Q1..Q3) − query B (Q1..Q2): both are cut from the same table', () => {
    const input = quarterOneTable([
      [30, 2],
      [4, 25],
      [35, 1],
    ]);
    const sut = suppress(input, { threshold: THRESHOLD });
    const a = publish(sut, [0, 1, 2], false);
    const b = publish(sut, [0, 1], false);
    const q1 = publish(sut, [0], false);
    const year = publish(sut, [0, 1, 2, 3], true);

    // Every cell B publishes, A publishes with the same value: the difference is a set of cells.
    for (const [cell, value] of b) expect(a.get(cell)).toBe(value);
    expectNoSuppressedCellRecovered(sut, collect(a, b, q1, year));
    expectNotPinned(sut);
  });

  it('suppresses a margin below the threshold and protects it in its own lines', () => {
    const sut = suppress(
      quarterOneTable([
        [1, 2],
        [40, 25],
        [35, 28],
      ]),
      { threshold: THRESHOLD },
    );
    expect(sut.isSuppressed([0, 0, 'total'])).toBe(true); // 3
    expectEveryLineSafe(sut);
    expectNoSuppressedCellRecovered(sut, publish(sut, [0, 1, 2, 3], true));
    expectNotPinned(sut);
  });

  it.each([
    [1, [4, 6, 5]],
    [2, [4, 6, 5]],
    [3, [4, 3, 4]],
    [4, [4, 8]],
    [5, [4]],
    [6, [4, 2, 2]],
    [7, [4, 6, 5]],
    [8, [4, 5, 3]],
  ])('random table %i (%j): no query mix recovers a suppressed cell', (seed, sizes) => {
    const sut = suppress(randomTable(seed, sizes), { threshold: THRESHOLD });
    const queries = [
      publish(sut, [0], false),
      publish(sut, [0, 1], false),
      publish(sut, [0, 1, 2], false),
      publish(sut, [1, 2, 3], false),
      publish(sut, [0, 1, 2, 3], true),
    ];

    expectEveryLineSafe(sut);
    expectNoSuppressedCellRecovered(sut, collect(...queries));
    expectNotPinned(sut);
  });

  it('is deterministic and respects a higher threshold', () => {
    const input = randomTable(42, [4, 6, 5]);
    const once = suppress(input, { threshold: 10 });
    expect(suppress(input, { threshold: 10 }).suppressed).toEqual(once.suppressed);
    once.table.values.forEach((value, cell) => {
      if (value < 10 && !once.table.structural[cell]) expect(once.suppressed[cell]).toBe(true);
    });
    expectNotPinned(once);
  });
});

describe(linearlyDetermined.name, () => {
  it('catches what the line rule misses: a bridge between two hidden rectangles', () => {
    // Rows r0,r1 × columns c0,c1 and rows r2,r3 × columns c2,c3 are hidden rectangles, joined by
    // (r1, c2): every row and column holds two or more hidden cells, yet rows r0 + r1 − columns
    // c0 − c1 leave exactly (r1, c2).
    const table = new ProtectedTable({ sizes: [4, 4], counts: Array(16).fill(7) });
    const hidden = table.values.map(() => false);
    const cells: [number, number][] = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [1, 2],
      [2, 2],
      [2, 3],
      [3, 2],
      [3, 3],
    ];
    for (const coords of cells) hidden[table.index(coords)] = true;

    expect(solveLineByLine(table, published(table, hidden)).size).toBe(0);
    expect(linearlyDetermined(table, hidden)).toEqual([table.index([1, 2])]);
  });
});

describe(intervalBounds.name, () => {
  it('pins hidden cells from a published sum of 0, which linear algebra alone cannot', () => {
    // All four inner cells hidden: a + b = 0, c + d = 9, a + c = 4, b + d = 5 has no unique
    // solution, but counts are never negative, so a = b = 0 and then c = 4, d = 5.
    const table = new ProtectedTable({ sizes: [2, 2], counts: [0, 0, 4, 5] });
    const hidden = table.values.map(() => false);
    for (const coords of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ])
      hidden[table.index(coords)] = true;

    expect(linearlyDetermined(table, hidden)).toEqual([]);
    const bounds = intervalBounds(table, hidden);
    expect(bounds.get(table.index([0, 0]))).toEqual({ lower: 0, upper: 0 });
    expect(bounds.get(table.index([1, 1]))).toEqual({ lower: 5, upper: 5 });
  });
});

describe(suppressionThreshold.name, () => {
  it('defaults to 5, reads SUPPRESSION_THRESHOLD and refuses values below 3', () => {
    expect(suppressionThreshold({})).toBe(5);
    expect(suppressionThreshold({ SUPPRESSION_THRESHOLD: '10' })).toBe(10);
    expect(() => suppressionThreshold({ SUPPRESSION_THRESHOLD: '2' })).toThrow(/at least 3/);
    expect(() => suppressionThreshold({ SUPPRESSION_THRESHOLD: 'fem' })).toThrow(/at least 3/);
  });
});

function published(table: ProtectedTable, hidden: boolean[]): Map<number, number> {
  return new Map(
    table.values.flatMap((value, cell): [number, number][] =>
      hidden[cell] ? [] : [[cell, value]],
    ),
  );
}
