import type { StaffingNeedDay } from '../api/get-staffing-need';

/** Rota hours within a minute of the need count as matching it (rota hours have 2 decimals). */
const EVEN = 1 / 60;

export type BalanceKind = 'noRota' | 'short' | 'over' | 'even';

export function balanceKind(balance: number | null): BalanceKind {
  if (balance === null) return 'noRota';
  if (balance < -EVEN) return 'short';
  if (balance > EVEN) return 'over';
  return 'even';
}

export type BalanceTotals = { short: number; shortHours: number; over: number; overHours: number };

/** Days short and over, and their hours, of one activity over the days with a rota. */
export function balanceTotals(balances: readonly (number | null)[]): BalanceTotals {
  const totals: BalanceTotals = { short: 0, shortHours: 0, over: 0, overHours: 0 };
  for (const balance of balances) {
    const kind = balanceKind(balance);
    if (kind === 'short') {
      totals.short += 1;
      totals.shortHours -= balance!;
    } else if (kind === 'over') {
      totals.over += 1;
      totals.overHours += balance!;
    }
  }
  return totals;
}

/** Days the rota covers: a row in dw.fact_staffing for phone or counter. */
export const hasRota = (day: StaffingNeedDay) =>
  day.phoneHoursRota !== null || day.counterHoursRota !== null;
