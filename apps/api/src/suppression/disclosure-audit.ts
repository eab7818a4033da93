import type { ProtectedTable } from './protected-table';

/**
 * What an attacker who holds every published cell of a table can work out about the hidden ones.
 * The unknowns are the suppressed cells; every line of the table is one linear equation
 * (inner cells sum to the total) whose published cells move to the constant side.
 */

const EPSILON = 1e-9;
/** Bounds that still move after this many passes move by whole units towards a limit far off. */
const MAX_ROUNDS = 100;

interface Equation {
  /** Coefficient per unknown (position in the unknowns list). */
  coefficients: Map<number, number>;
  constant: number;
}

function equations(table: ProtectedTable, suppressed: readonly boolean[]) {
  const unknowns: number[] = [];
  const position = new Map<number, number>();
  suppressed.forEach((hidden, cell) => {
    if (hidden) {
      position.set(cell, unknowns.length);
      unknowns.push(cell);
    }
  });
  const result: Equation[] = [];
  for (const line of table.lines) {
    // Σ inner − total = 0, with the published cells carried to the right-hand side.
    const coefficients = new Map<number, number>();
    let constant = 0;
    const terms: [number, number][] = [...line.inner.map((c): [number, number] => [c, 1])];
    terms.push([line.total, -1]);
    for (const [cell, sign] of terms) {
      const unknown = position.get(cell);
      if (unknown === undefined) constant -= sign * (table.values[cell] as number);
      else coefficients.set(unknown, sign);
    }
    if (coefficients.size > 0) result.push({ coefficients, constant });
  }
  return { unknowns, equations: result };
}

/**
 * The suppressed cells whose exact value follows from the published cells by any linear
 * combination of lines (adding rows, subtracting columns, year minus quarters, …): a cell is
 * determined exactly when its unit vector lies in the row space of the equations, which the
 * reduced row echelon form shows as a pivot row with no other non-zero coefficient.
 */
export function linearlyDetermined(
  table: ProtectedTable,
  suppressed: readonly boolean[],
): number[] {
  const { unknowns, equations: eqs } = equations(table, suppressed);
  const width = unknowns.length;
  const rows: Float64Array[] = eqs.map((eq) => {
    const row = new Float64Array(width);
    for (const [unknown, coefficient] of eq.coefficients) row[unknown] = coefficient;
    return row;
  });
  const pivotRows: { column: number; row: Float64Array }[] = [];
  let rank = 0;
  for (let column = 0; column < width && rank < rows.length; column += 1) {
    let best = -1;
    for (let r = rank; r < rows.length; r += 1)
      if (Math.abs((rows[r] as Float64Array)[column] as number) > EPSILON) {
        best = r;
        break;
      }
    if (best < 0) continue;
    [rows[rank], rows[best]] = [rows[best] as Float64Array, rows[rank] as Float64Array];
    const pivot = rows[rank] as Float64Array;
    const scale = pivot[column] as number;
    for (let c = 0; c < width; c += 1) pivot[c] = (pivot[c] as number) / scale;
    for (let r = 0; r < rows.length; r += 1) {
      if (r === rank) continue;
      const row = rows[r] as Float64Array;
      const factor = row[column] as number;
      if (Math.abs(factor) <= EPSILON) continue;
      for (let c = 0; c < width; c += 1)
        row[c] = (row[c] as number) - factor * (pivot[c] as number);
    }
    pivotRows.push({ column, row: pivot });
    rank += 1;
  }
  return pivotRows
    .filter(({ column, row }) => row.every((v, c) => c === column || Math.abs(v) <= EPSILON))
    .map(({ column }) => unknowns[column] as number);
}

export interface Bounds {
  lower: number;
  /** Infinity while no equation bounds the cell from above. */
  upper: number;
}

/**
 * Bounds on each suppressed cell from the lines and from counts never being negative, tightened
 * line by line until nothing changes (interval constraint propagation). Catches what linear
 * algebra alone misses, e.g. two hidden cells whose sum is published as 0.
 */
export function intervalBounds(
  table: ProtectedTable,
  suppressed: readonly boolean[],
): Map<number, Bounds> {
  const { unknowns, equations: eqs } = equations(table, suppressed);
  const bounds: Bounds[] = unknowns.map(() => ({ lower: 0, upper: Infinity }));
  // The range of one term c·x: [c·lower, c·upper] turned round when c is negative.
  const termRange = (c: number, b: Bounds): [number, number] =>
    c > 0 ? [c * b.lower, c * b.upper] : [c * b.upper, c * b.lower];
  for (let round = 0, changed = true; changed && round < MAX_ROUNDS; round += 1) {
    changed = false;
    for (const eq of eqs) {
      // Σ c·x = constant, so c_j·x_j = constant − Σ_{k≠j} c_k·x_k. The sums over all terms are
      // taken once; each term's own share is taken out again, infinite ends counted apart.
      let low = 0;
      let high = 0;
      let infiniteLow = 0;
      let infiniteHigh = 0;
      for (const [k, c] of eq.coefficients) {
        const [lo, hi] = termRange(c, bounds[k] as Bounds);
        if (Number.isFinite(lo)) low += lo;
        else infiniteLow += 1;
        if (Number.isFinite(hi)) high += hi;
        else infiniteHigh += 1;
      }
      for (const [j, c] of eq.coefficients) {
        const b = bounds[j] as Bounds;
        const [ownLow, ownHigh] = termRange(c, b);
        const othersLow = Number.isFinite(ownLow)
          ? infiniteLow > 0
            ? -Infinity
            : low - ownLow
          : infiniteLow > 1
            ? -Infinity
            : low;
        const othersHigh = Number.isFinite(ownHigh)
          ? infiniteHigh > 0
            ? Infinity
            : high - ownHigh
          : infiniteHigh > 1
            ? Infinity
            : high;
        // c·x_j lies in [constant − othersHigh, constant − othersLow].
        const termLow = eq.constant - othersHigh;
        const termHigh = eq.constant - othersLow;
        const [lo, hi] = c > 0 ? [termLow / c, termHigh / c] : [termHigh / c, termLow / c];
        if (lo > b.lower + EPSILON) {
          b.lower = Math.ceil(lo - EPSILON);
          changed = true;
        }
        if (hi < b.upper - EPSILON) {
          b.upper = Math.floor(hi + EPSILON);
          changed = true;
        }
      }
    }
  }
  return new Map(unknowns.map((cell, i) => [cell, bounds[i] as Bounds]));
}

/** Suppressed cells an attacker can pin to one value, by linear algebra or by bounds. */
export function disclosedCells(table: ProtectedTable, suppressed: readonly boolean[]): number[] {
  const byBounds = [...intervalBounds(table, suppressed)]
    .filter(([, b]) => b.lower === b.upper)
    .map(([cell]) => cell);
  return [...new Set([...linearlyDetermined(table, suppressed), ...byBounds])].sort(
    (a, b) => a - b,
  );
}
