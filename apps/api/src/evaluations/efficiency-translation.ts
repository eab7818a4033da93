import type { StoredPoint, StoredTerm } from './fit-evaluation';

export interface EfficiencySettings {
  hoursPerFte: number;
  costPerFteDkk: number;
  /** FTE a year the budget counts on saving from `targetFrom`; null without a target. */
  targetFte: number | null;
  /** YYYY-MM-DD; the month the budgeted saving starts to accrue. */
  targetFrom: string | null;
  investmentDkk: number | null;
}

export type TargetTrackingStatus = 'ON_TRACK' | 'BEHIND';

export interface EfficiencyMonth {
  period: string;
  hoursSaved: number;
  /** The month's saving as a yearly rate: hours × 12 ÷ hours per FTE. */
  fteRate: number;
  dkkSaved: number;
  cumulativeDkkSaved: number;
  /** The budget's saving accrued pro rata by this month; null without a target. */
  cumulativeTargetDkk: number | null;
  status: TargetTrackingStatus | null;
}

export interface EfficiencyTranslation extends EfficiencySettings {
  /** The step on a year's hours (opening days of the post months, scaled to 12 months), in FTE. */
  annualFte: number;
  annualFteLow: number;
  annualFteHigh: number;
  annualDkk: number;
  annualDkkLow: number;
  annualDkkHigh: number;
  months: EfficiencyMonth[];
  /** The latest month's status. */
  status: TargetTrackingStatus | null;
  /** First month whose cumulative saving covers the investment; null before it does. */
  paybackPeriod: string | null;
}

const monthsFrom = (from: string, period: string) =>
  (Number(period.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
  Number(period.slice(5, 7)) -
  Number(from.slice(5, 7)) +
  1;

/**
 * Staff hours saved → FTE → DKK. Hours saved in a month are counterfactual − observed, times the
 * month's opening days when the model is per opening day (`exposure`), so the month-by-month
 * tracking uses what the rota actually shows; the yearly figure and its interval come from the
 * step. Months left out of the fit (a phase-in) count no saving.
 */
export function translateEfficiency(
  step: StoredTerm,
  points: readonly StoredPoint[],
  settings: EfficiencySettings,
): EfficiencyTranslation {
  const perFteDkk = settings.costPerFteDkk / settings.hoursPerFte;
  const post = points.filter((p) => p.difference !== null);
  let cumulative = 0;
  let paybackPeriod: string | null = null;
  const months = post.map((p): EfficiencyMonth => {
    const hoursSaved = -(p.difference ?? 0) * (p.exposure ?? 1);
    const dkkSaved = hoursSaved * perFteDkk;
    cumulative += dkkSaved;
    if (
      paybackPeriod === null &&
      settings.investmentDkk !== null &&
      cumulative >= settings.investmentDkk
    )
      paybackPeriod = p.period;
    const cumulativeTargetDkk =
      settings.targetFte === null
        ? null
        : (settings.targetFte *
            settings.costPerFteDkk *
            Math.max(0, monthsFrom(settings.targetFrom ?? post[0]!.period, p.period))) /
          12;
    return {
      period: p.period,
      hoursSaved,
      fteRate: (hoursSaved * 12) / settings.hoursPerFte,
      dkkSaved,
      cumulativeDkkSaved: cumulative,
      cumulativeTargetDkk,
      status:
        cumulativeTargetDkk === null
          ? null
          : cumulative >= cumulativeTargetDkk
            ? 'ON_TRACK'
            : 'BEHIND',
    };
  });
  // A year's worth of the step: per opening day × the mean opening days of a post month × 12.
  const unitsPerYear =
    (12 * post.reduce((sum, p) => sum + (p.exposure ?? 1), 0)) / Math.max(post.length, 1);
  const fte = (stepValue: number) => (-stepValue * unitsPerYear) / settings.hoursPerFte;
  const [annualFte, annualFteLow, annualFteHigh] = [
    fte(step.estimate),
    fte(step.ciHigh),
    fte(step.ciLow),
  ];
  return {
    ...settings,
    annualFte,
    annualFteLow,
    annualFteHigh,
    annualDkk: annualFte * settings.costPerFteDkk,
    annualDkkLow: annualFteLow * settings.costPerFteDkk,
    annualDkkHigh: annualFteHigh * settings.costPerFteDkk,
    months,
    status: months.at(-1)?.status ?? null,
    paybackPeriod,
  };
}
