import {
  formatQuarter,
  parseQuarter,
  quarterDates,
  quarterOf,
  quarterOfMonth,
  quartersEndingWith,
} from './quarter';

describe('quarters', () => {
  it('reads and writes "YYYY-Qn" and refuses anything else', () => {
    expect(parseQuarter('2025-Q3')).toEqual({ year: 2025, quarter: 3 });
    expect(formatQuarter({ year: 2025, quarter: 3 })).toBe('2025-Q3');
    expect(() => parseQuarter('2025-Q5')).toThrow("Not a quarter (YYYY-Qn): '2025-Q5'");
    expect(() => parseQuarter('2025Q1')).toThrow(RangeError);
  });

  it('puts each month and date in its quarter', () => {
    expect([1, 3, 4, 6, 7, 9, 10, 12].map(quarterOfMonth)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(quarterOf('2024-12-31')).toEqual({ year: 2024, quarter: 4 });
    expect(quarterOf('2025-04-01')).toEqual({ year: 2025, quarter: 2 });
  });

  it('spans a quarter from its first to its last day, leap day included', () => {
    expect(quarterDates({ year: 2024, quarter: 1 })).toEqual({
      from: '2024-01-01',
      to: '2024-03-31',
    });
    expect(quarterDates({ year: 2025, quarter: 3 })).toEqual({
      from: '2025-07-01',
      to: '2025-09-30',
    });
  });

  it('lists the quarters ending with one, across a year boundary', () => {
    expect(quartersEndingWith('2025-Q1', 3)).toEqual(['2024-Q3', '2024-Q4', '2025-Q1']);
    expect(quartersEndingWith('2025-Q4', 1)).toEqual(['2025-Q4']);
  });
});
