/** Residual autocorrelation: an ITS fitted by GLM assumes independent errors, which these test. */
import { chiSquareUpper } from './distributions';

/** Sample autocorrelations at lags 1..maxLag, as R's `acf()` (mean removed, divisor n). */
export function autocorrelations(values: readonly number[], maxLag: number): number[] {
  const n = values.length;
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  const centred = values.map((v) => v - mean);
  const denominator = centred.reduce((sum, v) => sum + v * v, 0);
  const result: number[] = [];
  for (let lag = 1; lag <= maxLag; lag += 1) {
    let sum = 0;
    for (let t = lag; t < n; t += 1) sum += centred[t]! * centred[t - lag]!;
    result.push(sum / denominator);
  }
  return result;
}

export interface ResidualDiagnostics {
  /** Autocorrelation of the residuals at lags 1..lag. */
  acf: number[];
  /** Ljung–Box Q over lags 1..lag, df = lag, as R's `Box.test(r, lag, type = "Ljung-Box")`. */
  ljungBox: { statistic: number; lag: number; df: number; pValue: number };
  /** Σ(e_t − e_{t−1})² / Σe_t²: near 2 without first-order autocorrelation, below 2 with positive. */
  durbinWatson: number;
}

/** Default lag: a year of monthly data, at most a quarter of the series. */
export function defaultLjungBoxLag(n: number): number {
  return Math.max(1, Math.min(12, Math.floor(n / 4)));
}

export function residualDiagnostics(
  residuals: readonly number[],
  lag = defaultLjungBoxLag(residuals.length),
): ResidualDiagnostics {
  const n = residuals.length;
  const acf = autocorrelations(residuals, lag);
  const statistic = n * (n + 2) * acf.reduce((sum, r, i) => sum + (r * r) / (n - i - 1), 0);
  let numerator = 0;
  for (let t = 1; t < n; t += 1) numerator += (residuals[t]! - residuals[t - 1]!) ** 2;
  const denominator = residuals.reduce((sum, e) => sum + e * e, 0);
  return {
    acf,
    ljungBox: { statistic, lag, df: lag, pValue: chiSquareUpper(statistic, lag) },
    durbinWatson: numerator / denominator,
  };
}
