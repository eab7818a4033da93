import { findPeriod, monthsInRange, periodOptions, periodRange } from './period';

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
    expect(ids.at(-1)).toBe('2017');
    expect(ids).toHaveLength(3 + 10);
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
