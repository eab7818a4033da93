import { daysInMonth, formatIsoDate, parseIsoDate } from './local-date';

/**
 * Calendar quarters, written as the API and the dashboard write them: "2025-Q3" is July to
 * September 2025.
 */
export interface Quarter {
  year: number;
  /** 1–4. */
  quarter: number;
}

const QUARTER_LABEL = /^(\d{4})-Q([1-4])$/;

export function parseQuarter(label: string): Quarter {
  const match = QUARTER_LABEL.exec(label);
  if (!match) throw new RangeError(`Not a quarter (YYYY-Qn): '${label}'`);
  return { year: Number(match[1]), quarter: Number(match[2]) };
}

export function formatQuarter({ year, quarter }: Quarter): string {
  return `${year}-Q${quarter}`;
}

/** The quarter of a month (1–12). */
export function quarterOfMonth(month: number): number {
  return Math.ceil(month / 3);
}

/** The quarter an ISO date falls in. */
export function quarterOf(iso: string): Quarter {
  const { year, month } = parseIsoDate(iso);
  return { year, quarter: quarterOfMonth(month) };
}

/** The first and last day of a quarter as ISO dates. */
export function quarterDates({ year, quarter }: Quarter): { from: string; to: string } {
  const lastMonth = quarter * 3;
  return {
    from: formatIsoDate({ year, month: lastMonth - 2, day: 1 }),
    to: formatIsoDate({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }),
  };
}

/** The n quarters ending with this one, oldest first ("2025-Q1", 3 → 2024-Q3, 2024-Q4, 2025-Q1). */
export function quartersEndingWith(label: string, n: number): string[] {
  const { year, quarter } = parseQuarter(label);
  const index = year * 4 + quarter - 1;
  return Array.from({ length: n }, (_, i) => {
    const k = index - (n - 1) + i;
    return formatQuarter({ year: Math.floor(k / 4), quarter: (k % 4) + 1 });
  });
}
