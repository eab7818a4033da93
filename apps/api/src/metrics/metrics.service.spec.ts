import { splitByMonths } from './metrics.service';

describe(splitByMonths.name, () => {
  const range = (fromKey: number, toKey: number) => ({ name: 'r', fromKey, toKey });

  it('keeps a range of whole months whole', () => {
    expect(splitByMonths(range(20240101, 20240229))).toEqual({
      months: range(20240101, 20240229),
      days: [],
    });
  });

  it('reads the whole months inside a range by month and the days around them by day', () => {
    // The previous period of 2025: 365 days back from 1 January is 2 January 2024.
    expect(splitByMonths(range(20240102, 20241231))).toEqual({
      months: range(20240201, 20241231),
      days: [range(20240102, 20240131)],
    });
    expect(splitByMonths(range(20231231, 20240302))).toEqual({
      months: range(20240101, 20240229),
      days: [range(20231231, 20231231), range(20240301, 20240302)],
    });
  });

  it('reads a range without a whole month by day', () => {
    expect(splitByMonths(range(20240115, 20240214))).toEqual({
      days: [range(20240115, 20240214)],
    });
  });
});
