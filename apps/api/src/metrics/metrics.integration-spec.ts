import {
  insertBookingDaily,
  insertCallDaily,
  insertVisitDaily,
  newBookingDaily as booking,
  newCallDaily as call,
  newVisitDaily as visit,
} from '@kanalindsigt/warehouse/testing/rollup.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { MetricsArgs } from './dto/metrics.args';
import { KPI_CATALOGUE } from './kpis';
import { Dimension, Grain, ServiceLevelVariant } from './kpis/kpi-types';
import { newMetricsService } from './metrics-test-service';
import { MetricsService } from './metrics.service';
import type { Metric, MetricValue } from './models/metric.model';

/** Expected sums of one cell; a count has no denominator, a percent is 100 × n ÷ d. */
const count = (n: number): MetricValue => ({ value: n, numerator: n, denominator: null });
const pct = (n: number, d: number): MetricValue => ({
  value: d ? (100 * n) / d : null,
  numerator: n,
  denominator: d,
});
const mean = (n: number, d: number): MetricValue => ({
  value: n / d,
  numerator: n,
  denominator: d,
});

/** The KPIs this file's rollup rows answer: those read from the three daily event rollups. */
const ROLLUP_KPIS = KPI_CATALOGUE.filter((kpi) =>
  ['visitDaily', 'callDaily', 'bookingDaily'].includes(kpi.rollup?.source ?? ''),
).map((kpi) => kpi.id);

function args(overrides: Partial<MetricsArgs>): MetricsArgs {
  return Object.assign(new MetricsArgs(), {
    kpis: ROLLUP_KPIS,
    municipalityCodes: ['0169'],
    from: '2024-03-01',
    to: '2024-04-30',
    ...overrides,
  });
}

describe(MetricsService.name, () => {
  let db: TestDatabase;
  let sut: MetricsService;

  beforeAll(async () => {
    db = await createTestDatabase();
    await insertVisitDaily(db.dataSource, [
      // March: Monday 4 (walk-in) and Tuesday 5 (booked)
      visit({
        day: '2024-03-04',
        countTickets: 10,
        countServed: 8,
        countNoShow: 2,
        sumWaitSeconds: 4800,
        countWaits: 8,
        sumHandlingSeconds: 2400,
        countHandled: 8,
      }),
      visit({
        day: '2024-03-05',
        serviceCode: 'koerekort',
        isBooked: true,
        countTickets: 4,
        countServed: 4,
        sumWaitSeconds: 480,
        countWaits: 4,
        sumHandlingSeconds: 1200,
        countHandled: 4,
      }),
      // April: Tuesday 2 (booked)
      visit({
        day: '2024-04-02',
        isBooked: true,
        countTickets: 5,
        countServed: 4,
        countNoShow: 1,
        sumWaitSeconds: 1200,
        countWaits: 4,
        sumHandlingSeconds: 1600,
        countHandled: 4,
      }),
      // The previous 61 days (31 Dec 2023 – 29 Feb 2024) and the same period of 2023
      visit({ day: '2024-02-29', countTickets: 3, countServed: 3, countWaits: 3, countHandled: 3 }),
      visit({ day: '2023-12-31', countTickets: 1, countServed: 1 }),
      visit({
        day: '2023-03-15',
        countTickets: 6,
        countServed: 5,
        countNoShow: 1,
        countWaits: 5,
        countHandled: 5,
      }),
      // Neither another municipality nor a day after the period counts
      visit({ municipalityCode: '0151', countServed: 100 }),
      visit({ day: '2024-05-01', countServed: 50 }),
    ]);
    await insertCallDaily(db.dataSource, [
      // March
      // Buckets hold waits from their lower bound to the next: 1 = 1–4 s, 60 = exactly 60 s, 61 = 61–89 s
      call({
        queueBucketSeconds: 1,
        countCalls: 10,
        sumQueueSeconds: 20,
        sumTalkSeconds: 1000,
        sumHoldSeconds: 100,
        sumWrapUpSeconds: 200,
        countFirstContactResolved: 6,
        countResolutionCoded: 8,
      }),
      call({
        queueBucketSeconds: 31,
        countCalls: 5,
        sumQueueSeconds: 175,
        sumTalkSeconds: 600,
        sumWrapUpSeconds: 150,
        countFirstContactResolved: 2,
        countResolutionCoded: 5,
      }),
      // Answered after exactly T = 60 s: within T
      call({
        queueBucketSeconds: 60,
        countCalls: 1,
        sumQueueSeconds: 60,
        sumTalkSeconds: 80,
        sumHoldSeconds: 10,
        sumWrapUpSeconds: 10,
        countResolutionCoded: 1,
      }),
      call({
        queueBucketSeconds: 61,
        countCalls: 4,
        sumQueueSeconds: 340,
        sumTalkSeconds: 320,
        sumHoldSeconds: 40,
        sumWrapUpSeconds: 40,
        countFirstContactResolved: 1,
        countResolutionCoded: 1,
      }),
      call({ outcome: 'abandoned', queueBucketSeconds: 1, countCalls: 3, sumQueueSeconds: 6 }),
      call({ outcome: 'abandoned', queueBucketSeconds: 11, countCalls: 2, sumQueueSeconds: 25 }),
      call({ outcome: 'abandoned', queueBucketSeconds: 91, countCalls: 4, sumQueueSeconds: 400 }),
      call({
        outcome: 'forwarded_hotline',
        queueBucketSeconds: 21,
        countCalls: 2,
        sumQueueSeconds: 50,
      }),
      call({ outcome: 'ivr_only', countCalls: 7 }),
      call({
        outcome: 'transferred',
        queueBucketSeconds: 6,
        countCalls: 1,
        sumQueueSeconds: 6,
        sumTalkSeconds: 60,
      }),
      call({ outcome: 'callback', queueBucketSeconds: 121, countCalls: 1, sumQueueSeconds: 130 }),
      // April
      call({
        day: '2024-04-03',
        queueBucketSeconds: 11,
        countCalls: 4,
        sumQueueSeconds: 48,
        sumTalkSeconds: 400,
        sumWrapUpSeconds: 40,
        countFirstContactResolved: 3,
        countResolutionCoded: 4,
      }),
      call({
        day: '2024-04-03',
        outcome: 'abandoned',
        queueBucketSeconds: 46,
        countCalls: 1,
        sumQueueSeconds: 50,
      }),
      // Abandons exactly at the thresholds: 60 s (T) is not after T, 5 s is not short by default
      call({
        day: '2024-04-03',
        outcome: 'abandoned',
        queueBucketSeconds: 60,
        countCalls: 1,
        sumQueueSeconds: 60,
      }),
      call({
        day: '2024-04-03',
        outcome: 'abandoned',
        queueBucketSeconds: 5,
        countCalls: 1,
        sumQueueSeconds: 5,
      }),
      // Comparison periods; another municipality
      call({ day: '2024-02-01', countCalls: 2 }),
      call({ day: '2023-03-10', countCalls: 3 }),
      call({ municipalityCode: '0151', countCalls: 100 }),
    ]);
    await insertBookingDaily(db.dataSource, [
      // March: Wednesday 6 and Thursday 7
      booking({ slotDay: '2024-03-06', countBookings: 6 }),
      booking({
        slotDay: '2024-03-06',
        bookingChannel: 'phone',
        status: 'no_show',
        countBookings: 2,
      }),
      booking({ slotDay: '2024-03-07', status: 'cancelled', countBookings: 1 }),
      booking({
        slotDay: '2024-03-07',
        serviceCode: 'koerekort',
        bookingChannel: 'counter',
        status: 'booked',
        countBookings: 3,
      }),
      // April: Wednesday 10 and Thursday 11
      booking({ slotDay: '2024-04-10', countBookings: 3 }),
      booking({ slotDay: '2024-04-10', status: 'no_show', countBookings: 1 }),
      booking({ slotDay: '2024-04-11', status: 'rescheduled', countBookings: 2 }),
      // Comparison periods
      booking({ slotDay: '2024-01-15', countBookings: 7 }),
      booking({ slotDay: '2023-04-30', countBookings: 9 }),
    ]);
    sut = newMetricsService(db.dataSource);
  });
  afterAll(async () => {
    await db.drop();
  });

  // Per KPI: March (ISO week 10), April (ISO weeks 14/15) and the whole period, with default options
  // (service level variant A, T = 60 s, short abandons < 5 s).
  const expected: Record<string, [MetricValue, MetricValue, MetricValue]> = {
    visits: [count(12), count(4), count(16)],
    walk_in_share: [pct(8, 12), pct(0, 4), pct(8, 16)],
    mean_wait: [mean(5280, 12), mean(1200, 4), mean(6480, 16)],
    mean_handling_time: [mean(3600, 12), mean(1600, 4), mean(5200, 16)],
    no_show_tickets: [count(2), count(1), count(3)],
    calls_offered: [count(33), count(7), count(40)],
    calls_answered: [count(20), count(4), count(24)],
    calls_abandoned: [count(9), count(3), count(12)],
    short_abandons: [count(3), count(0), count(3)],
    answer_rate: [pct(20, 33), pct(4, 7), pct(24, 40)],
    service_level: [pct(16, 29), pct(4, 7), pct(20, 36)],
    asa: [mean(595, 20), mean(48, 4), mean(643, 24)],
    aht: [mean(2550, 20), mean(440, 4), mean(2990, 24)],
    first_contact_resolution: [pct(9, 15), pct(3, 4), pct(12, 19)],
    forwarded_to_hotline_share: [pct(2, 33), pct(0, 7), pct(2, 40)],
    bookings: [count(12), count(6), count(18)],
    booking_no_show_rate: [pct(2, 8), pct(1, 4), pct(3, 12)],
    cancellation_rate: [pct(1, 12), pct(0, 6), pct(1, 18)],
  };

  it('has an expectation for every KPI of the daily event rollups', () => {
    expect(Object.keys(expected).sort()).toEqual([...ROLLUP_KPIS].sort());
  });

  const byId = (metrics: Metric[]) => new Map(metrics.map((m) => [m.kpi.id, m]));

  it('computes every KPI by month and over the whole period', async () => {
    const metrics = byId(await sut.metrics(args({ grain: Grain.MONTH })));
    for (const [id, [march, april, total]] of Object.entries(expected)) {
      const metric = metrics.get(id);
      expect({ id, series: metric?.series, total: metric?.total }).toEqual({
        id,
        series: [
          { period: '2024-03', dimensionValue: null, ...march },
          { period: '2024-04', dimensionValue: null, ...april },
        ],
        total,
      });
    }
  });

  it('computes every KPI by ISO week', async () => {
    const metrics = byId(await sut.metrics(args({ grain: Grain.ISO_WEEK })));
    const aprilWeek = { visitDaily: '2024-W14', callDaily: '2024-W14', bookingDaily: '2024-W15' };
    for (const [id, [march, april]] of Object.entries(expected)) {
      const metric = metrics.get(id);
      const rollup = id.match(/^(visits|walk_in|mean_|no_show_tickets)/)
        ? 'visitDaily'
        : id.match(/^(bookings|booking_|cancellation)/)
          ? 'bookingDaily'
          : 'callDaily';
      expect({ id, series: metric?.series }).toEqual({
        id,
        series: [
          { period: '2024-W10', dimensionValue: null, ...march },
          { period: aprilWeek[rollup], dimensionValue: null, ...april },
        ],
      });
    }
  });

  it('splits by service and compares with the previous period and the same period last year', async () => {
    const [visits, offered, bookings] = await sut.metrics(
      args({ kpis: ['visits', 'calls_offered', 'bookings'], dimension: Dimension.SERVICE }),
    );
    expect(visits?.series).toEqual([
      { period: '2024-03', dimensionValue: 'koerekort', ...count(4) },
      { period: '2024-03', dimensionValue: 'pas', ...count(8) },
      { period: '2024-04', dimensionValue: 'pas', ...count(4) },
    ]);
    expect(visits?.total).toEqual(count(16));
    expect(visits?.previousPeriod).toEqual({ from: '2023-12-31', to: '2024-02-29', ...count(4) });
    expect(visits?.samePeriodLastYear).toEqual({
      from: '2023-03-01',
      to: '2023-04-30',
      ...count(5),
    });
    expect(offered?.previousPeriod).toEqual({ from: '2023-12-31', to: '2024-02-29', ...count(2) });
    expect(offered?.samePeriodLastYear).toEqual({
      from: '2023-03-01',
      to: '2023-04-30',
      ...count(3),
    });
    expect(bookings?.series.map((p) => [p.period, p.dimensionValue, p.value])).toEqual([
      ['2024-03', 'koerekort', 3],
      ['2024-03', 'pas', 9],
      ['2024-04', 'pas', 6],
    ]);
    expect(bookings?.previousPeriod.value).toBe(7);
    expect(bookings?.samePeriodLastYear.value).toBe(9);
  });

  it('splits bookings by booking channel and calls by weekday', async () => {
    const [bookings, answered] = await sut.metrics(
      args({
        kpis: ['bookings', 'calls_answered'],
        dimension: Dimension.WEEKDAY,
        grain: Grain.QUARTER,
      }),
    );
    expect(bookings?.series.map((p) => [p.period, p.dimensionValue, p.value])).toEqual([
      ['2024-Q1', '3', 8],
      ['2024-Q1', '4', 4],
      ['2024-Q2', '3', 4],
      ['2024-Q2', '4', 2],
    ]);
    expect(answered?.series.map((p) => [p.period, p.dimensionValue, p.value])).toEqual([
      ['2024-Q1', '1', 20],
      ['2024-Q2', '3', 4],
    ]);
    const [byChannel] = await sut.metrics(
      args({ kpis: ['bookings'], dimension: Dimension.BOOKING_CHANNEL, grain: Grain.YEAR }),
    );
    expect(byChannel?.series.map((p) => [p.period, p.dimensionValue, p.value])).toEqual([
      ['2024', 'counter', 3],
      ['2024', 'phone', 2],
      ['2024', 'web', 13],
    ]);
  });

  it('reads dimension: null as no dimension', async () => {
    const asked = { kpis: ['visits', 'service_level'], grain: Grain.MONTH };
    const withNull = await sut.metrics(args({ ...asked, dimension: null }));
    expect(withNull.map((m) => m.series.length)).toEqual([2, 2]);
    expect(withNull).toEqual(await sut.metrics(args(asked)));
  });

  it('offers the service-level variants and thresholds as options', async () => {
    const totals = async (options: Partial<MetricsArgs>) => {
      const [serviceLevel, shortAbandons] = await sut.metrics(
        args({ kpis: ['service_level', 'short_abandons'], ...options }),
      );
      return [serviceLevel?.total, shortAbandons?.total];
    };
    // Answered within 60 s (a wait of at most 60 s): 16 in March + 4 in April
    expect(await totals({ serviceLevelVariant: ServiceLevelVariant.A })).toEqual([
      pct(20, 24 + 12), // answered + abandoned
      count(3),
    ]);
    expect(await totals({ serviceLevelVariant: ServiceLevelVariant.B })).toEqual([
      pct(20, 40 - 3), // offered − short abandons (< 5 s)
      count(3),
    ]);
    expect(await totals({ serviceLevelVariant: ServiceLevelVariant.C })).toEqual([
      pct(20, 24 + 4), // answered + abandoned after more than 60 s (the 91 s bucket)
      count(3),
    ]);
    // Short abandons below 20 s: the 1, 5 and 11 s buckets; variant B then excludes all six
    expect(
      await totals({ serviceLevelVariant: ServiceLevelVariant.B, shortAbandonSeconds: 20 }),
    ).toEqual([pct(20, 40 - 6), count(6)]);
    // T = 30 s: only the 1 and 11 s buckets of answered calls (10 + 4); C adds abandons after 30 s (46, 60, 91)
    expect(
      await totals({ serviceLevelVariant: ServiceLevelVariant.C, serviceLevelSeconds: 30 }),
    ).toEqual([pct(14, 24 + 6), count(3)]);
  });

  it('returns the catalogue entry, the path that answered, targets and annotations', async () => {
    const [serviceLevel] = await sut.metrics(args({ kpis: ['service_level'] }));
    expect(serviceLevel?.kpi).toMatchObject({
      id: 'service_level',
      labelDa: 'Serviceniveau',
      unit: 'PERCENT',
      definitionVersion: 2,
      dimensions: ['SERVICE', 'WEEKDAY', 'HOUR', 'MUNICIPALITY'],
    });
    // By month over whole months: the monthly rollup.
    expect(serviceLevel?.source).toBe('MONTHLY_ROLLUP');
    // The reference data seeds 0169's targets and events; none of the events is in spring 2024.
    const [wait] = await sut.metrics(
      args({ kpis: ['mean_wait'], from: '2020-01-01', to: '2020-12-31' }),
    );
    expect(wait?.targets.map((t) => [t.municipalityCode, t.kpiId, t.value])).toEqual([
      ['0169', 'mean_wait', 900],
    ]);
    expect(wait?.annotations.length).toBeGreaterThan(0);
    expect(wait?.annotations.every((a) => a.dateFrom <= '2020-12-31')).toBe(true);
  });

  it('sums several municipalities, splits them apart and filters by service, site and booking channel', async () => {
    const [visits] = await sut.metrics(
      args({
        kpis: ['visits'],
        municipalityCodes: ['0169', '0151'],
        dimension: Dimension.MUNICIPALITY,
        grain: Grain.YEAR,
      }),
    );
    // 0151's 100 visits fall on the default day, 4 March 2024
    expect(visits?.series.map((p) => [p.period, p.dimensionValue, p.value])).toEqual([
      ['2024', '0151', 100],
      ['2024', '0169', 16],
    ]);
    expect(visits?.total.value).toBe(116);
    expect(visits?.periodTotals.map((p) => [p.period, p.dimensionValue, p.value])).toEqual([
      ['2024', null, 116],
    ]);
    expect(visits?.dimensionTotals.map((p) => [p.dimensionValue, p.value])).toEqual([
      ['0151', 100],
      ['0169', 16],
    ]);

    const [pasVisits, pasOffered] = await sut.metrics(
      args({ kpis: ['visits', 'calls_offered'], serviceCodes: ['pas'], siteCodes: undefined }),
    );
    expect(pasVisits?.total.value).toBe(12);
    expect(pasOffered?.total.value).toBe(40);

    const [bookings] = await sut.metrics(
      args({
        kpis: ['bookings'],
        siteCodes: ['raadhus'],
        bookingChannels: ['web', 'counter'],
        dimension: Dimension.SITE,
      }),
    );
    expect(bookings?.source).toBe('MONTHLY_ROLLUP');
    expect(bookings?.dimensionTotals).toEqual([{ dimensionValue: 'raadhus', ...count(16) }]);
    // 12 − 2 by phone in March; all 6 of April are web
    expect(bookings?.periodTotals.map((p) => [p.period, p.value])).toEqual([
      ['2024-03', 10],
      ['2024-04', 6],
    ]);
  });

  it('refuses a split or filter a KPI has on neither path', async () => {
    await expect(
      sut.metrics(args({ kpis: ['calls_offered'], dimension: Dimension.SITE })),
    ).rejects.toThrow('KPI calls_offered cannot be split by SITE');
    await expect(sut.metrics(args({ kpis: ['visits'], bookingChannels: ['web'] }))).rejects.toThrow(
      'KPI visits cannot be filtered by bookingChannels; it has no BOOKING_CHANNEL',
    );
    await expect(sut.metrics(args({ kpis: ['contacts'], grain: Grain.DAY }))).rejects.toThrow(
      'KPI contacts cannot be asked at grain DAY',
    );
  });
});
