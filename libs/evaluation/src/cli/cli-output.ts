/** What `npm run evaluate` prints: one JSON object (--json) or a table for reading. */
import { normalTwoSided } from '../distributions';
import type { Evaluation } from '../interrupted-time-series';

export interface CliTerm {
  name: string;
  coef: number;
  se: number;
  /** Rate ratio exp(coef) for poisson families; null for gaussian. */
  ratio: number | null;
  /** On the rate-ratio scale for poisson families, on the coefficient scale for gaussian. */
  ciLow: number;
  ciHigh: number;
  p: number;
}

export function toJson(result: Evaluation, label: (time: number) => string, file: string) {
  const terms = result.terms.map((term): CliTerm => ({
    name: term.name,
    coef: term.estimate,
    se: term.standardError,
    ratio: term.ratio,
    ciLow: term.ratioLow ?? term.ciLow,
    ciHigh: term.ratioHigh ?? term.ciHigh,
    p: term.pValue,
  }));
  return {
    file,
    family: result.family,
    dispersion: result.dispersion,
    n: result.n,
    p: result.p,
    dfResidual: result.dfResidual,
    deviance: result.deviance,
    standardErrors: result.standardErrors,
    ...(result.neweyWestLag === undefined ? {} : { neweyWestLag: result.neweyWestLag }),
    z: result.z,
    terms,
    counterfactual: result.counterfactual.map(({ time, ...point }) => ({
      period: label(time),
      ...point,
    })),
    diagnostics: result.diagnostics,
  };
}

const fixed = (value: number, digits: number) =>
  Number.isFinite(value) ? value.toFixed(digits) : String(value);
const pValue = (p: number) => (p < 0.0001 ? '<0.0001' : p.toFixed(4));
const pad = (text: string, width: number) => text.padStart(width);
const confidence = (z: number) => Math.round(1000 * (1 - normalTwoSided(z))) / 10;

export function toTable(result: Evaluation, label: (time: number) => string): string {
  const poisson = result.family !== 'gaussian';
  const lines = [
    `Model: ${result.family}, n = ${result.n}, p = ${result.p}, dispersion = ${fixed(result.dispersion, 4)}` +
      (result.neweyWestLag === undefined ? '' : `, Newey–West lag ${result.neweyWestLag}`),
    '',
    [
      'term'.padEnd(24),
      pad('coef', 10),
      pad('se', 9),
      pad(poisson ? 'rate ratio' : 'change', 11),
      pad(`${confidence(result.z)} % CI`, 22),
      pad('p', 8),
    ].join(' '),
  ];
  for (const term of result.terms) {
    const [estimate, low, high] = poisson
      ? [term.ratio!, term.ratioLow!, term.ratioHigh!]
      : [term.estimate, term.ciLow, term.ciHigh];
    lines.push(
      [
        term.name.padEnd(24),
        pad(fixed(term.estimate, 5), 10),
        pad(fixed(term.standardError, 5), 9),
        pad(fixed(estimate, 4), 11),
        pad(`${fixed(low, 4)} – ${fixed(high, 4)}`, 22),
        pad(pValue(term.pValue), 8),
      ].join(' '),
    );
  }
  const post = result.counterfactual;
  if (post.length > 0) {
    lines.push(
      '',
      `After go-live: observed, counterfactual (no intervention) with its ${confidence(result.z)} % band, cumulative difference`,
      [
        'period'.padEnd(12),
        pad('observed', 12),
        pad('counterfactual', 15),
        pad('band', 24),
        pad('cumulative', 12),
      ].join(' '),
    );
    for (const point of post)
      lines.push(
        [
          label(point.time).padEnd(12),
          pad(fixed(point.observed, 2), 12),
          pad(fixed(point.counterfactual, 2), 15),
          pad(`${fixed(point.low, 2)} – ${fixed(point.high, 2)}`, 24),
          pad(fixed(point.cumulativeDifference, 2), 12),
        ].join(' '),
      );
  }
  const d = result.diagnostics;
  lines.push(
    '',
    `Residuals: Durbin–Watson ${fixed(d.durbinWatson, 3)}, lag-1 autocorrelation ${fixed(d.acf[0] ?? NaN, 3)}, ` +
      `Ljung–Box Q(${d.ljungBox.lag}) = ${fixed(d.ljungBox.statistic, 2)}, p = ${pValue(d.ljungBox.pValue)}`,
  );
  return lines.join('\n');
}
