import type { Translate } from '../../../lib/i18n';
import type { DateRange, PeriodOption } from '../../../lib/period';

/** 'YYYY-Qn' of a year and quarter. */
export function quarterId(year: number, quarter: number): string {
  return `${year}-Q${quarter}`;
}

/** The last day of a quarter, 'YYYY-MM-DD'. */
export function quarterEnd(year: number, quarter: number): string {
  const month = quarter * 3;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Days at the end of a quarter that may pass without any visit: the last day with data of a
 * complete fourth quarter is often 23 or 30 December (Christmas, New Year's Eve, a weekend).
 */
const CLOSED_DAYS_AT_QUARTER_END = 10;

/**
 * The default period of the quarterly status: the newest quarter the data covers to its end (give
 * or take the closed days at its end), so directors never see a half-finished quarter by default.
 */
export function latestCompleteQuarter(
  options: readonly PeriodOption[],
  coverageEnd: string,
): string | undefined {
  const covered = (year: number, quarter: number) => {
    const end = new Date(`${quarterEnd(year, quarter)}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() - CLOSED_DAYS_AT_QUARTER_END);
    return end.toISOString().slice(0, 10) <= coverageEnd;
  };
  return options.find((option) => option.kind === 'quarter' && covered(option.year, option.quarter))
    ?.id;
}

/** The quarter to report for the chosen period: the quarter itself, else the one holding its end. */
export function reportedQuarter(period: PeriodOption, range: DateRange): string {
  if (period.kind === 'quarter') return quarterId(period.year, period.quarter);
  const year = Number(range.to.slice(0, 4));
  const month = Number(range.to.slice(5, 7));
  return quarterId(year, Math.floor((month - 1) / 3) + 1);
}

/** The same quarter a year earlier: '2026-Q3' → '2025-Q3'. */
export function quarterYearEarlier(quarter: string): string {
  return `${Number(quarter.slice(0, 4)) - 1}${quarter.slice(4)}`;
}

/** The quarter before: '2026-Q1' → '2025-Q4'. */
export function previousQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return q === 1 ? quarterId(year - 1, 4) : quarterId(year, q - 1);
}

/** '2026-Q3' → "3. kvartal 2026" / "Q3 2026". */
export function quarterLabel(quarter: string, t: Translate): string {
  return t('period.quarter', { quarter: Number(quarter.slice(6)), year: quarter.slice(0, 4) });
}
