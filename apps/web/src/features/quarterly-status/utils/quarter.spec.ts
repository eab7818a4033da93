import { periodOptions } from '../../../lib/period';
import {
  latestCompleteQuarter,
  previousQuarter,
  quarterEnd,
  quarterYearEarlier,
  reportedQuarter,
} from './quarter';

describe('quarter helpers', () => {
  it('knows the last day of a quarter, leap years included', () => {
    expect(quarterEnd(2026, 3)).toBe('2026-09-30');
    expect(quarterEnd(2024, 1)).toBe('2024-03-31');
    expect(quarterEnd(2026, 4)).toBe('2026-12-31');
  });

  it('defaults to the newest quarter that the data covers to its last day', () => {
    const coverage = { visitsFrom: '2017-01-01', visitsTo: '2026-10-31' };
    expect(latestCompleteQuarter(periodOptions(coverage), coverage.visitsTo)).toBe('2026-Q3');
    const exact = { visitsFrom: '2020-03-01', visitsTo: '2026-06-30' };
    expect(latestCompleteQuarter(periodOptions(exact), exact.visitsTo)).toBe('2026-Q2');
    const short = { visitsFrom: '2026-10-01', visitsTo: '2026-11-15' };
    expect(latestCompleteQuarter(periodOptions(short), short.visitsTo)).toBeUndefined();
    // The last visits of a year are often on 23 or 30 December: the fourth quarter is complete.
    const christmas = { visitsFrom: '2019-01-01', visitsTo: '2024-12-23' };
    expect(latestCompleteQuarter(periodOptions(christmas), christmas.visitsTo)).toBe('2024-Q4');
    const early = { visitsFrom: '2019-01-01', visitsTo: '2024-12-20' };
    expect(latestCompleteQuarter(periodOptions(early), early.visitsTo)).toBe('2024-Q3');
  });

  it('reports a quarter as itself and any other period by the quarter holding its end', () => {
    expect(
      reportedQuarter(
        { id: '2025-Q2', kind: 'quarter', year: 2025, quarter: 2 },
        { from: '2025-04-01', to: '2025-06-30' },
      ),
    ).toBe('2025-Q2');
    expect(
      reportedQuarter(
        { id: '2024', kind: 'year', year: 2024 },
        { from: '2024-01-01', to: '2024-12-31' },
      ),
    ).toBe('2024-Q4');
    expect(
      reportedQuarter(
        { id: '12m', kind: 'rolling', months: 12 },
        { from: '2025-11-01', to: '2026-10-31' },
      ),
    ).toBe('2026-Q4');
  });

  it('steps back a quarter and a year', () => {
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(previousQuarter('2026-Q3')).toBe('2026-Q2');
    expect(quarterYearEarlier('2026-Q3')).toBe('2025-Q3');
  });
});
