/**
 * Dense linear algebra for the small p × p systems of a GLM (p is rarely above 30), hand-written
 * rather than a dependency: a Cholesky factorisation of XᵀWX that also tells which column makes
 * the design rank-deficient, and the inverse the covariance matrix needs.
 */
export type Matrix = number[][];

export function zeros(rows: number, cols: number): Matrix {
  return Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
}

/** Xᵀ diag(w) X and Xᵀ diag(w) z in one pass over the rows. */
export function weightedCrossProducts(
  x: readonly (readonly number[])[],
  w: readonly number[],
  z: readonly number[],
): { xtwx: Matrix; xtwz: number[] } {
  const p = x[0]?.length ?? 0;
  const xtwx = zeros(p, p);
  const xtwz = new Array<number>(p).fill(0);
  x.forEach((row, i) => {
    const wi = w[i]!;
    const zi = z[i]!;
    for (let j = 0; j < p; j += 1) {
      const wxj = wi * row[j]!;
      xtwz[j]! += wxj * zi;
      const target = xtwx[j]!;
      for (let k = 0; k <= j; k += 1) target[k]! += wxj * row[k]!;
    }
  });
  for (let j = 0; j < p; j += 1) for (let k = 0; k < j; k += 1) xtwx[k]![j] = xtwx[j]![k]!;
  return { xtwx, xtwz };
}

/** Relative pivot below which a column counts as a linear combination of the columns before it. */
const RANK_TOLERANCE = 1e-10;

/**
 * Lower-triangular L with A = LLᵀ for a symmetric positive semi-definite A. The matrix is scaled to
 * unit diagonal first so the tolerance means the same for a column of ones and a column of time
 * indices. Returns the index of the first dependent column instead when A is singular.
 */
export function cholesky(a: Matrix): { l: Matrix } | { dependentColumn: number } {
  const p = a.length;
  const scale = a.map((row, i) => Math.sqrt(row[i]!));
  const l = zeros(p, p);
  for (let j = 0; j < p; j += 1) {
    if (!(scale[j]! > 0)) return { dependentColumn: j };
    let diagonal = a[j]![j]! / (scale[j]! * scale[j]!);
    for (let k = 0; k < j; k += 1) diagonal -= l[j]![k]! ** 2;
    if (diagonal < RANK_TOLERANCE) return { dependentColumn: j };
    const ljj = Math.sqrt(diagonal);
    l[j]![j] = ljj;
    for (let i = j + 1; i < p; i += 1) {
      let sum = a[i]![j]! / (scale[i]! * scale[j]!);
      for (let k = 0; k < j; k += 1) sum -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = sum / ljj;
    }
  }
  // Undo the scaling: A = D (L Lᵀ) D = (D L)(D L)ᵀ.
  for (let i = 0; i < p; i += 1) for (let k = 0; k <= i; k += 1) l[i]![k]! *= scale[i]!;
  return { l };
}

/** Solves LLᵀx = b. */
export function choleskySolve(l: Matrix, b: readonly number[]): number[] {
  const p = l.length;
  const y = new Array<number>(p).fill(0);
  for (let i = 0; i < p; i += 1) {
    let sum = b[i]!;
    for (let k = 0; k < i; k += 1) sum -= l[i]![k]! * y[k]!;
    y[i] = sum / l[i]![i]!;
  }
  const x = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i -= 1) {
    let sum = y[i]!;
    for (let k = i + 1; k < p; k += 1) sum -= l[k]![i]! * x[k]!;
    x[i] = sum / l[i]![i]!;
  }
  return x;
}

/** (LLᵀ)⁻¹, column by column. */
export function choleskyInverse(l: Matrix): Matrix {
  const p = l.length;
  const inverse = zeros(p, p);
  for (let j = 0; j < p; j += 1) {
    const unit = new Array<number>(p).fill(0);
    unit[j] = 1;
    const column = choleskySolve(l, unit);
    for (let i = 0; i < p; i += 1) inverse[i]![j] = column[i]!;
  }
  return inverse;
}

export function multiply(a: Matrix, b: Matrix): Matrix {
  const result = zeros(a.length, b[0]?.length ?? 0);
  a.forEach((row, i) =>
    row.forEach((aik, k) => b[k]!.forEach((bkj, j) => (result[i]![j]! += aik * bkj))),
  );
  return result;
}

/** xᵀ A x. */
export function quadraticForm(a: Matrix, x: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < x.length; i += 1) {
    let inner = 0;
    for (let j = 0; j < x.length; j += 1) inner += a[i]![j]! * x[j]!;
    sum += x[i]! * inner;
  }
  return sum;
}

export function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}
