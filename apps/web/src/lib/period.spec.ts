import { findPeriod, monthsInRange, periodOptions, periodRange, yearEarlier } from './period';

const coverage = { visitsFrom: '2017-01-01', visitsTo: '2026-10-31' };

function range(id: string, cov = coverage) {
  const option = findPeriod(cov, id);
  if (!option) throw new Error(`no period ${id}`);
  return periodRange(option, cov);
}

describe('period', () => {
  it('offers rolling periods, the whole period and every year, newest first', () => {
    const ids = periodOptions(coverage).map((option) => option.id);
    expect(ids.slice(0, 5)).toEqual(['12m', '3y', 'all', '2026', '2025']);
    expect(ids.slice(12, 15)).toEqual(['2017', '2026-Q4', '2026-Q3']);
    expect(ids.at(-1)).toBe('2025-Q1');
    expect(ids).toHaveLength(3 + 10 + 8);
  });

  it('ends rolling periods at the last day with data and starts them on a month boundary', () => {
    expect(range('12m')).toEqual({ from: '2025-11-01', to: '2026-10-31' });
    expect(range('3y')).toEqual({ from: '2023-11-01', to: '2026-10-31' });
    expect(range('12m', { visitsFrom: '2017-01-01', visitsTo: '2024-01-15' })).toEqual({
      from: '2023-02-01',
      to: '2024-01-15',
    });
  });

  it('clips periods to the data coverage', () => {
    expect(range('all')).toEqual({ from: '2017-01-01', to: '2026-10-31' });
    expect(range('2026')).toEqual({ from: '2026-01-01', to: '2026-10-31' });
    expect(range('2020')).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(range('3y', { visitsFrom: '2025-03-10', visitsTo: '2026-10-31' })).toEqual({
      from: '2025-03-10',
      to: '2026-10-31',
    });
  });

  it('resolves quarters, clipped to the coverage', () => {
    expect(range('2026-Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(range('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(range('2025-Q1')).toEqual({ from: '2025-01-01', to: '2025-03-31' });
  });

  it('offers only whole years and quarters, never clipped, when asked for whole periods', () => {
    const options = periodOptions(coverage, true);
    expect(options.map((option) => option.id).slice(0, 2)).toEqual(['2026', '2025']);
    expect(options.some((option) => option.kind === 'rolling' || option.kind === 'all')).toBe(
      false,
    );
    const year = findPeriod(coverage, '2026', true)!;
    expect(periodRange(year, coverage, true)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    const quarter = findPeriod(coverage, '2026-Q4', true)!;
    expect(periodRange(quarter, coverage, true)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('shifts a range a year back for the comparison, 29 February to 28 February', () => {
    expect(yearEarlier({ from: '2024-02-29', to: '2024-12-31' })).toEqual({
      from: '2023-02-28',
      to: '2023-12-31',
    });
  });

  it('does not know unknown periods', () => {
    expect(findPeriod(coverage, '1999')).toBeUndefined();
    expect(findPeriod(coverage, null)).toBeUndefined();
  });

  it('lists the months of a range', () => {
    expect(monthsInRange({ from: '2025-11-01', to: '2026-02-10' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});
