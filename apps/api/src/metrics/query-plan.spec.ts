import { findKpi } from './kpis';
import type { KpiDefinition } from './kpis/kpi-definition';
import { DEFAULT_KPI_OPTIONS, Dimension, Grain, MetricSource } from './kpis/kpi-types';
import {
  isWholeMonths,
  type KpiRequest,
  oneYearEarlier,
  previousPeriod,
  seriesPath,
  splitByMonths,
  totalsPath,
} from './query-plan';

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

describe(isWholeMonths.name, () => {
  const range = (fromKey: number, toKey: number) => ({ name: 'r', fromKey, toKey });

  it('is true from a first to a last day of a month, leap days included', () => {
    expect(isWholeMonths(range(20240101, 20240229))).toBe(true);
    expect(isWholeMonths(range(20230101, 20230228))).toBe(true);
  });

  it('is false when either end cuts a month', () => {
    expect(isWholeMonths(range(20240102, 20240229))).toBe(false);
    expect(isWholeMonths(range(20240101, 20240228))).toBe(false);
  });
});

describe('the comparison periods', () => {
  it('takes the previous period of as many days, ending the day before', () => {
    expect(previousPeriod({ from: '2025-01-01', to: '2025-12-31' })).toEqual({
      from: '2024-01-02',
      to: '2024-12-31',
    });
    expect(previousPeriod({ from: '2024-03-01', to: '2024-03-31' })).toEqual({
      from: '2024-01-30',
      to: '2024-02-29',
    });
  });

  it('moves to the same dates a year earlier, 29 February to the 28th', () => {
    expect(oneYearEarlier({ from: '2024-02-29', to: '2024-03-31' })).toEqual({
      from: '2023-02-28',
      to: '2023-03-31',
    });
  });
});

describe('choosing the path', () => {
  const kpi = (id: string) => findKpi(id) as KpiDefinition;
  const request = (overrides: Partial<KpiRequest> = {}): KpiRequest => ({
    kpis: [],
    municipalityCodes: ['0169'],
    options: DEFAULT_KPI_OPTIONS,
    filters: {},
    ...overrides,
  });
  const quarter = { name: 'series', fromKey: 20240101, toKey: 20240331 };
  const sourceOf = (path: ReturnType<typeof seriesPath>) => [path[0], path[1].source];

  it('reads the monthly rollup by month over whole months, else the daily rollup', () => {
    expect(sourceOf(seriesPath(kpi('visits'), [], request(), Grain.MONTH, quarter))).toEqual([
      MetricSource.MONTHLY_ROLLUP,
      'visitMonthly',
    ]);
    expect(sourceOf(seriesPath(kpi('visits'), [], request(), Grain.DAY, quarter))).toEqual([
      MetricSource.ROLLUP,
      'visitDaily',
    ]);
    const cut = { ...quarter, toKey: 20240330 };
    expect(sourceOf(seriesPath(kpi('visits'), [], request(), Grain.MONTH, cut))).toEqual([
      MetricSource.ROLLUP,
      'visitDaily',
    ]);
  });

  it('reads the facts for a dimension or an option the rollup does not keep', () => {
    expect(
      sourceOf(seriesPath(kpi('calls_offered'), [Dimension.HOUR], request(), Grain.MONTH, quarter)),
    ).toEqual([MetricSource.FACTS, 'callFacts']);
    const between = request({ options: { ...DEFAULT_KPI_OPTIONS, serviceLevelSeconds: 25 } });
    expect(sourceOf(seriesPath(kpi('service_level'), [], between, Grain.MONTH, quarter))).toEqual([
      MetricSource.FACTS,
      'callFacts',
    ]);
  });

  it('takes a forced path or refuses it', () => {
    const forced = request({ source: MetricSource.FACTS });
    expect(sourceOf(seriesPath(kpi('visits'), [], forced, Grain.MONTH, quarter))).toEqual([
      MetricSource.FACTS,
      'visitFacts',
    ]);
    expect(() => seriesPath(kpi('contacts'), [], forced, Grain.MONTH, quarter)).toThrow(
      'KPI contacts cannot be answered from FACTS',
    );
  });

  it('reads totals that cut a month from the monthly rollup when the KPI is a plain sum', () => {
    const cut = [{ name: 'previous', fromKey: 20240102, toKey: 20241231 }];
    expect(sourceOf(totalsPath(kpi('visits'), [], request(), cut))).toEqual([
      MetricSource.MONTHLY_ROLLUP,
      'visitMonthly',
    ]);
    // Population is a mean over days: the cross-channel source is not split by month.
    expect(sourceOf(totalsPath(kpi('contacts_per_1000_inhabitants'), [], request(), cut))).toEqual([
      MetricSource.ROLLUP,
      'channelDaily',
    ]);
  });
});
