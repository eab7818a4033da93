/** Reads the data sets and R's results committed under libs/evaluation/fixtures (see reference.R). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../csv';

export const FIXTURES = join(__dirname, '../../fixtures');

export function readFixture(file: string): Record<string, number>[] {
  const table = parseCsv(readFileSync(join(FIXTURES, file), 'utf8'));
  return table.rows.map((row) =>
    Object.fromEntries(table.header.map((name, i) => [name, Number(row.cells[i])])),
  );
}

export interface RTerm {
  estimate: number;
  se: number;
  statistic: number;
  p: number;
  ciLow: number;
  ciHigh: number;
}

/** R's coefficient table keyed by the engine's term names (`rename` maps R's names). */
export function readRTerms(file: string, rename: Record<string, string>): Map<string, RTerm> {
  const table = parseCsv(readFileSync(join(FIXTURES, file), 'utf8'));
  return new Map(
    table.rows.map(({ cells: [name = '', ...values] }) => {
      const [estimate, se, statistic, p, ciLow, ciHigh] = values.map(Number);
      return [rename[name] ?? name, { estimate, se, statistic, p, ciLow, ciHigh } as RTerm];
    }),
  );
}

export function readRSummary(file: string): Record<string, number> {
  const table = parseCsv(readFileSync(join(FIXTURES, file), 'utf8'));
  return Object.fromEntries(table.rows.map(({ cells }) => [cells[0], Number(cells[1])]));
}

/** True when `actual` equals `expected` to `digits` significant digits. */
export function sameSignificant(actual: number, expected: number, digits = 4): boolean {
  if (expected === 0) return Math.abs(actual) < 10 ** -12;
  return Math.abs(actual - expected) <= 0.5 * 10 ** (1 - digits) * Math.abs(expected);
}
