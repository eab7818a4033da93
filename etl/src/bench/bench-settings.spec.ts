import { DEFAULT_CALL_ROWS, parseCallRows, positiveInteger, sizeLabel } from './bench-settings';

describe(parseCallRows.name, () => {
  it('reads two row counts, smaller first', () => {
    expect(parseCallRows(DEFAULT_CALL_ROWS)).toEqual([1_000_000, 10_000_000]);
    expect(parseCallRows(' 50000 , 200000 ')).toEqual([50_000, 200_000]);
  });

  it.each(['1000000', '1000000,10000000,100', '10000000,1000000', '0,10', '1e3,x', '1.5,10', ''])(
    'refuses "%s", naming the variable',
    (text) => {
      expect(() => parseCallRows(text)).toThrow(/BENCH_CALL_ROWS must be two row counts/);
    },
  );
});

describe(sizeLabel.name, () => {
  it('names millions and thousands short, other counts in full', () => {
    expect(sizeLabel(1_000_000)).toBe('1M');
    expect(sizeLabel(10_000_000)).toBe('10M');
    expect(sizeLabel(50_000)).toBe('50k');
    expect(sizeLabel(1_500_000)).toBe('1500k');
    expect(sizeLabel(1_234)).toBe('1234');
  });
});

describe(positiveInteger.name, () => {
  it('reads a count, or gives the default when the variable is unset', () => {
    expect(positiveInteger('BENCH_OVERLAP_ROWS', ' 200000 ', 7)).toBe(200_000);
    expect(positiveInteger('BENCH_OVERLAP_ROWS', undefined, 7)).toBe(7);
  });

  it.each(['', '0', '-5', '1.5', '1e3x', 'many'])('refuses "%s", naming the variable', (text) => {
    expect(() => positiveInteger('BENCH_DAILY_POPULATION', text, 7)).toThrow(
      /BENCH_DAILY_POPULATION must be a positive whole number/,
    );
  });
});
