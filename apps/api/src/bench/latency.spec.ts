import { median, percentile, speedup } from './latency';

describe(percentile.name, () => {
  const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];

  it('takes the nearest rank, whatever the order of the samples', () => {
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile(samples, 90)).toBe(9);
    expect(percentile(samples, 0)).toBe(1);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 95)).toBeNaN();
  });
});

describe(speedup.name, () => {
  it('divides the raw time by the API p95', () => {
    expect(speedup(200, 8)).toBe(25);
  });
});
