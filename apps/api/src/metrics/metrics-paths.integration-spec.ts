import { rebuildBookingRollups } from '@kanalindsigt/warehouse/rollups/booking-rollups';
import { rebuildCallRollups } from '@kanalindsigt/warehouse/rollups/call-rollups';
import { rebuildVisitRollups } from '@kanalindsigt/warehouse/rollups/visit-rollups';
import {
  insertBookings,
  insertBookingSlots,
  insertCalls,
  newBooking as booking,
  newBookingSlot as slot,
  newCall as call,
} from '@kanalindsigt/warehouse/testing/fact.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { insertVisits, newVisit as visit } from '@kanalindsigt/warehouse/testing/visit.factory';
import { MetricsArgs } from './dto/metrics.args';
import { KPI_CATALOGUE } from './kpis';
import {
  Dimension,
  Grain,
  DEFAULT_KPI_OPTIONS,
  MetricSource,
  ServiceLevelVariant,
} from './kpis/kpi-types';
import { MONTHLY_OF, SOURCES } from './kpis/sources';
import { newMetricsService } from './metrics-test-service';
import { MetricsService } from './metrics.service';
import { keyRange } from './query-plan';
import type { MetricValue } from './models/metric.model';

const count = (n: number): MetricValue => ({ value: n, numerator: n, denominator: null });
const pct = (n: number, d: number): MetricValue => ({
  value: (100 * n) / d,
  numerator: n,
  denominator: d,
});

function args(overrides: Partial<MetricsArgs>): MetricsArgs {
  return Object.assign(new MetricsArgs(), {
    municipalityCodes: ['0169'],
    from: '2024-03-01',
    to: '2024-04-30',
    ...overrides,
  });
}

/** Event KPIs defined on both paths: the rollup must give the facts' numbers. */
const BOTH_PATHS = KPI_CATALOGUE.filter((kpi) => kpi.rollup && kpi.facts);

describe(`${MetricsService.name}: rollup and facts`, () => {
  let db: TestDatabase;
  let sut: MetricsService;

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(
      `INSERT INTO dw.dim_site (municipality_code, site_code, name_da) VALUES ('0169', 'bibliotek', 'Biblioteket')`,
    );
    await insertVisits(db.dataSource, [
      // Served waits of 5, 10, 20 and 16 min; one no-show; hours 09, 09, 10, 13, 13
      visit({ createdAt: '2024-03-04 09:10', waitMinutes: 5 }),
      visit({ createdAt: '2024-03-04 09:50', waitMinutes: 10, serviceCode: 'koerekort' }),
      visit({ createdAt: '2024-03-05 10:05', waitMinutes: 20, handlingMinutes: 12 }),
      visit({ createdAt: '2024-03-05 13:00', waitMinutes: 16, isBooked: true, ticketRef: 'A1' }),
      visit({ createdAt: '2024-03-06 13:30', waitMinutes: 30, handlingMinutes: null }),
      visit({ createdAt: '2024-04-02 11:00', waitMinutes: 1 }),
      // Comparison periods
      visit({ createdAt: '2024-02-01 09:00' }),
      visit({ createdAt: '2023-03-15 09:00', waitMinutes: 40 }),
    ]);
    await db.dataSource.query(
      `UPDATE dw.fact_visit SET is_assisted_self_service = true WHERE ticket_ref = 'A1'`,
    );
    await insertCalls(db.dataSource, [
      // Answered after 3, 12, 24, 26 and 70 s in queue
      call({ queueSeconds: 3, arrivedAt: '2024-03-04 09:10' }),
      call({ queueSeconds: 12, arrivedAt: '2024-03-04 09:40', isFirstContactResolved: false }),
      call({ queueSeconds: 24, arrivedAt: '2024-03-04 10:20', holdSeconds: 30 }),
      call({ queueSeconds: 26, arrivedAt: '2024-03-05 13:05', isFirstContactResolved: null }),
      call({ queueSeconds: 70, arrivedAt: '2024-04-03 13:05', serviceCode: 'koerekort' }),
      // Abandoned after 2, 6 and 30 s; one forwarded; one that ended in the IVR
      call({ outcome: 'abandoned', queueSeconds: 2, talkSeconds: null, wrapUpSeconds: null }),
      call({ outcome: 'abandoned', queueSeconds: 6, arrivedAt: '2024-03-04 10:00' }),
      call({ outcome: 'abandoned', queueSeconds: 30, arrivedAt: '2024-04-03 13:30' }),
      call({ outcome: 'forwarded_hotline', queueSeconds: 15, isFirstContactResolved: null }),
      call({ outcome: 'ivr_only', queueSeconds: null, talkSeconds: null }),
      // Comparison periods
      call({ arrivedAt: '2024-02-10 09:00', queueSeconds: 40 }),
      call({ arrivedAt: '2023-04-10 09:00', outcome: 'abandoned', queueSeconds: 4 }),
      // Ballerup: waits on either side of T = 60 s and S = 5 s, for the boundary test
      ...[59, 60, 61].map((queueSeconds) => call({ municipalityCode: '0151', queueSeconds })),
      ...[4, 5, 60, 61].map((queueSeconds) =>
        call({ municipalityCode: '0151', outcome: 'abandoned', queueSeconds }),
      ),
    ]);
    await insertBookings(db.dataSource, [
      booking({ ageBandCode: '18-29' }),
      booking({ ageBandCode: null, bookingChannel: 'phone', status: 'no_show' }),
      booking({ siteCode: 'bibliotek', slotStartAt: '2024-03-07 14:00', status: 'cancelled' }),
      booking({ slotStartAt: '2024-04-10 09:30', bookingChannel: 'counter', status: 'booked' }),
      booking({ slotStartAt: '2024-04-10 09:45', ageBandCode: '80+', serviceCode: 'koerekort' }),
      booking({ bookedAt: '2024-01-02 10:00', slotStartAt: '2024-02-01 10:00' }),
    ]);
    // Offered slots: some booked above, one open to every service, one at the library; the
    // bookings' load below sets them against the bookings (capacity rollups).
    await insertBookingSlots(db.dataSource, [
      slot({ slotStartAt: '2024-03-06 10:00' }),
      slot({ slotStartAt: '2024-03-06 10:15', serviceCode: null }),
      slot({ siteCode: 'bibliotek', slotStartAt: '2024-03-07 14:00', slotMinutes: 30 }),
      slot({ slotStartAt: '2024-04-10 09:30' }),
      slot({ slotStartAt: '2024-04-10 09:45', serviceCode: 'koerekort' }),
      // Comparison periods
      slot({ slotStartAt: '2024-02-01 10:00' }),
      slot({ slotStartAt: '2023-12-31 10:00', slotMinutes: 20 }),
      slot({ slotStartAt: '2023-03-15 09:00', serviceCode: null }),
    ]);
    const tx = db.dataSource.createQueryRunner();
    for (const rebuild of [rebuildVisitRollups, rebuildCallRollups, rebuildBookingRollups])
      await rebuild(tx, { municipalityCode: '0169', fromDateKey: 20230101, toDateKey: 20241231 });
    await rebuildCallRollups(tx, {
      municipalityCode: '0151',
      fromDateKey: 20240301,
      toDateKey: 20240331,
    });
    await tx.release();
    sut = newMetricsService(db.dataSource);
  });
  afterAll(async () => {
    await db.drop();
  });

  /** Every number a result holds, for comparing two paths; the path itself is compared apart. */
  const numbers = (options: Partial<MetricsArgs>, source: MetricSource) =>
    sut.metrics(args({ ...options, source })).then((metrics) =>
      metrics.map((m) => {
        expect(m.source).toBe(source);
        const { kpi, series, periodTotals, dimensionTotals, total } = m;
        return { id: kpi.id, series, periodTotals, dimensionTotals, total, ...m.previousPeriod };
      }),
    );

  it.each(BOTH_PATHS.map((kpi) => kpi.id))(
    '%s: the rollup and the facts agree by day, by month and by each of the rollup’s dimensions',
    async (id) => {
      const kpi = BOTH_PATHS.find((k) => k.id === id);
      const rollupDimensions = Object.keys(
        SOURCES[kpi?.rollup?.source ?? 'visitDaily'].dimensions,
      ) as Dimension[];
      for (const grain of [Grain.DAY, Grain.MONTH])
        for (const dimension of [undefined, ...rollupDimensions]) {
          const options = { kpis: [id], grain, dimension };
          const facts = await numbers(options, MetricSource.FACTS);
          expect({ grain, dimension, facts }).toEqual({
            grain,
            dimension,
            facts: await numbers(options, MetricSource.ROLLUP),
          });
        }
      if (rollupDimensions.includes(Dimension.SERVICE)) {
        const filtered = { kpis: [id], serviceCodes: ['pas'] };
        expect(await numbers(filtered, MetricSource.FACTS)).toEqual(
          await numbers(filtered, MetricSource.ROLLUP),
        );
      }
    },
  );

  /** KPIs whose rollup has a monthly twin: month, quarter and year over whole months. */
  const MONTHLY_PATHS = BOTH_PATHS.filter((kpi) => kpi.rollup && MONTHLY_OF[kpi.rollup.source]);

  it.each(MONTHLY_PATHS.map((kpi) => kpi.id))(
    '%s: the monthly rollup and the facts agree by month, quarter and year and by each of its dimensions',
    async (id) => {
      const kpi = MONTHLY_PATHS.find((k) => k.id === id);
      const monthly = MONTHLY_OF[kpi?.rollup?.source ?? 'visitDaily'] ?? 'visitMonthly';
      const dimensions = Object.keys(SOURCES[monthly].dimensions) as Dimension[];
      // March–April 2024 and the same months a year earlier: whole months, as the level needs.
      const period = { from: '2024-03-01', to: '2024-04-30' };
      const ranges = [
        keyRange('current', period),
        keyRange('lastYear', { from: '2023-03-01', to: '2023-04-30' }),
      ];
      const sums = async (source: MetricSource, grain: Grain, dimension?: Dimension) => {
        const request = {
          kpis: [kpi as (typeof MONTHLY_PATHS)[number]],
          municipalityCodes: ['0169'],
          options: DEFAULT_KPI_OPTIONS,
          filters: dimension === Dimension.SERVICE ? { SERVICE: ['pas'] } : {},
          source,
        };
        const result = (await sut.compute(request, { period, grain, dimension }, ranges)).get(id);
        expect(result?.source).toBe(source);
        return { series: result?.series, totals: Object.fromEntries(result?.totals ?? []) };
      };
      for (const grain of [Grain.MONTH, Grain.QUARTER, Grain.YEAR])
        for (const dimension of [undefined, ...dimensions]) {
          const facts = await sums(MetricSource.FACTS, grain, dimension);
          expect({ grain, dimension, facts }).toEqual({
            grain,
            dimension,
            facts: await sums(MetricSource.MONTHLY_ROLLUP, grain, dimension),
          });
        }
      // By default, with comparison periods that are not whole months (31 December 2023–29 February
      // 2024: the monthly rows of January and February and the daily rows of 31 December).
      const comparisons = async (source?: MetricSource) =>
        (await sut.metrics(args({ kpis: [id], ...(source && { source }) }))).map((m) => [
          m.source,
          m.total,
          m.previousPeriod,
          m.samePeriodLastYear,
        ]);
      const [byDefault] = await comparisons();
      expect(byDefault?.[0]).toBe(MetricSource.MONTHLY_ROLLUP);
      expect(byDefault?.slice(1)).toEqual((await comparisons(MetricSource.FACTS))[0]?.slice(1));
    },
  );

  it('reads the monthly rollup by default for whole months at month grain, the daily one otherwise', async () => {
    const sourceOf = async (options: Partial<MetricsArgs>) =>
      (await sut.metrics(args({ kpis: ['calls_offered'], ...options })))[0]?.source;
    // Two months whose previous period (61 days back) and last year are whole months too.
    const augustSeptember = { from: '2024-08-01', to: '2024-09-30' };
    expect(await sourceOf({ ...augustSeptember, grain: Grain.MONTH })).toBe('MONTHLY_ROLLUP');
    expect(await sourceOf({ ...augustSeptember, grain: Grain.QUARTER })).toBe('MONTHLY_ROLLUP');
    expect(await sourceOf({ ...augustSeptember, grain: Grain.DAY })).toBe('ROLLUP');
    expect(
      await sourceOf({ ...augustSeptember, grain: Grain.MONTH, dimension: Dimension.WEEKDAY }),
    ).toBe('ROLLUP');
    expect(await sourceOf({ from: '2024-08-01', to: '2024-09-15', grain: Grain.MONTH })).toBe(
      'ROLLUP',
    );
    // The series is by whole months; its previous period (3 November 2023–31 January 2024) is read by day.
    const [offered] = await sut.metrics(
      args({ kpis: ['calls_offered'], from: '2024-02-01', to: '2024-04-30', grain: Grain.MONTH }),
    );
    expect(offered?.source).toBe('MONTHLY_ROLLUP');
    expect(offered?.previousPeriod).toMatchObject({
      from: '2023-11-03',
      to: '2024-01-31',
      value: 0,
    });
  });

  it('agrees for every service-level variant at the rollup’s thresholds', async () => {
    for (const serviceLevelVariant of Object.values(ServiceLevelVariant))
      for (const [serviceLevelSeconds, shortAbandonSeconds] of [
        [20, 5],
        [30, 10],
        [60, 0],
      ] as const) {
        const options = {
          kpis: ['service_level', 'short_abandons'],
          serviceLevelVariant,
          serviceLevelSeconds,
          shortAbandonSeconds,
        };
        expect(await numbers(options, MetricSource.FACTS)).toEqual(
          await numbers(options, MetricSource.ROLLUP),
        );
      }
  });

  it('counts a call answered after exactly T as within T and an abandon after exactly T as not after T, on every path', async () => {
    // Ballerup in March: answered after 59, 60 and 61 s; abandoned after 4, 5, 60 and 61 s.
    const totals = async (source: MetricSource, serviceLevelVariant: ServiceLevelVariant) => {
      const metrics = await sut.metrics(
        args({
          kpis: ['service_level', 'short_abandons'],
          municipalityCodes: ['0151'],
          from: '2024-03-01',
          to: '2024-03-31',
          grain: Grain.MONTH,
          serviceLevelVariant,
          source,
        }),
      );
      return metrics.map((m) => [m.source, m.total]);
    };
    const expected = {
      A: pct(2, 3 + 4), // within 60 s: 59 and 60; answered + abandoned
      B: pct(2, 7 - 1), // offered − the one short abandon (4 s; 5 s is not under 5 s)
      C: pct(2, 3 + 1), // answered + abandoned after more than 60 s (61 s only)
    };
    for (const source of [MetricSource.MONTHLY_ROLLUP, MetricSource.ROLLUP, MetricSource.FACTS])
      for (const variant of Object.values(ServiceLevelVariant))
        expect({ source, variant, totals: await totals(source, variant) }).toEqual({
          source,
          variant,
          totals: [
            [source, expected[variant]],
            [source, count(1)],
          ],
        });
  });

  it('answers a threshold between bucket bounds exactly from the calls', async () => {
    const totals = async (options: Partial<MetricsArgs>) => {
      const [serviceLevel, shortAbandons] = await sut.metrics(
        args({ kpis: ['service_level', 'short_abandons'], ...options }),
      );
      return [
        serviceLevel?.source,
        serviceLevel?.total,
        shortAbandons?.source,
        shortAbandons?.total,
      ];
    };
    // Answered in under 25 s: 3, 12, 24. Abandoned: 2, 6, 30 s. Offered: 5 + 3 + 1 forwarded.
    expect(await totals({ serviceLevelSeconds: 25, shortAbandonSeconds: 7 })).toEqual([
      'FACTS',
      pct(3, 5 + 3), // A: answered + abandoned
      'FACTS',
      count(2), // under 7 s: 2 and 6
    ]);
    expect(
      await totals({
        serviceLevelSeconds: 25,
        shortAbandonSeconds: 7,
        serviceLevelVariant: ServiceLevelVariant.B,
      }),
    ).toEqual(['FACTS', pct(3, 9 - 2), 'FACTS', count(2)]);
    expect(
      await totals({ serviceLevelSeconds: 25, serviceLevelVariant: ServiceLevelVariant.C }),
    ).toEqual(['FACTS', pct(3, 5 + 1), 'MONTHLY_ROLLUP', count(1)]); // C: abandoned at 30 s; short: 2 s
    // Variant A does not read the short-abandon threshold, so T at a bound stays on the rollup
    // (by month: the series is March–April)
    expect(await totals({ serviceLevelSeconds: 30, shortAbandonSeconds: 7 })).toEqual([
      'MONTHLY_ROLLUP',
      pct(4, 8),
      'FACTS',
      count(2),
    ]);
  });

  it('splits calls by hour from the facts and tickets drawn by hour from the arrivals rollup', async () => {
    const [offered, drawn] = await sut.metrics(
      args({
        kpis: ['calls_offered', 'tickets_drawn'],
        dimension: Dimension.HOUR,
        grain: Grain.YEAR,
      }),
    );
    expect(offered?.source).toBe('FACTS');
    // Defaults arrive at 09:10: 4 answered/abandoned/forwarded at 09, one at 10 (10:00), 10:20; 13:05 ×2, 13:30
    expect(offered?.dimensionTotals.map((p) => [p.dimensionValue, p.value])).toEqual([
      ['09', 4],
      ['10', 2],
      ['13', 3],
    ]);
    expect(drawn?.source).toBe('ROLLUP');
    expect(drawn?.dimensionTotals.map((p) => [p.dimensionValue, p.value])).toEqual([
      ['09', 2],
      ['10', 1],
      ['11', 1],
      ['13', 2],
    ]);
  });

  it('answers the share that waited over target and assisted self-service from the visits', async () => {
    const over = async (waitTargetSeconds?: number) => {
      const [share] = await sut.metrics(
        args({
          kpis: ['waited_over_target_share'],
          ...(waitTargetSeconds && { waitTargetSeconds }),
        }),
      );
      return [share?.source, share?.total];
    };
    // Served waits: 5, 10, 20, 16 and 1 min
    expect(await over()).toEqual(['FACTS', pct(2, 5)]); // over 15 min: 20 and 16
    expect(await over(300)).toEqual(['FACTS', pct(3, 5)]); // over 5 min: 10, 20, 16
    const [assisted] = await sut.metrics(args({ kpis: ['assisted_self_service'] }));
    expect(assisted?.total).toEqual(count(1));
  });

  it('splits bookings by age band and site from the rollup', async () => {
    const [bookings] = await sut.metrics(
      args({ kpis: ['bookings'], dimension: Dimension.AGE_BAND, grain: Grain.YEAR }),
    );
    expect(bookings?.source).toBe('ROLLUP');
    // Without a CPR number the age band is ''
    expect(bookings?.dimensionTotals.map((p) => [p.dimensionValue, p.value])).toEqual([
      ['', 1],
      ['18-29', 1],
      ['30-49', 2],
      ['80+', 1],
    ]);
    const [bySite] = await sut.metrics(
      args({ kpis: ['bookings'], dimension: Dimension.SITE, bookingChannels: ['web'] }),
    );
    expect(bySite?.dimensionTotals.map((p) => [p.dimensionValue, p.value])).toEqual([
      ['bibliotek', 1],
      ['raadhus', 2],
    ]);
  });

  it('reads booking capacity from the monthly rollup by month, the daily one by weekday, the facts by hour', async () => {
    const utilisation = async (options: Partial<MetricsArgs>) => {
      const [metric] = await sut.metrics(args({ kpis: ['slot_utilisation'], ...options }));
      return metric;
    };
    // March–April: 90 minutes offered, 30 attended (the no-show, cancelled and booked ones not).
    const byMonth = await utilisation({ grain: Grain.MONTH });
    expect([byMonth?.source, byMonth?.total]).toEqual(['MONTHLY_ROLLUP', pct(30, 90)]);
    const byWeekday = await utilisation({ dimension: Dimension.WEEKDAY });
    expect([byWeekday?.source, byWeekday?.total]).toEqual(['ROLLUP', pct(30, 90)]);
    const byHour = await utilisation({ dimension: Dimension.HOUR, grain: Grain.YEAR });
    expect(byHour?.source).toBe('FACTS');
    expect(byHour?.dimensionTotals.map((p) => [p.dimensionValue, p.value])).toEqual([
      ['09', 50],
      ['10', 50],
      ['14', 0],
    ]);
  });

  it('refuses a path that cannot answer', async () => {
    await expect(
      sut.metrics(
        args({ kpis: ['calls_offered'], dimension: Dimension.HOUR, source: MetricSource.ROLLUP }),
      ),
    ).rejects.toThrow(
      'KPI calls_offered cannot be answered from ROLLUP with these dimensions and options',
    );
    await expect(
      sut.metrics(
        args({ kpis: ['calls_offered'], grain: Grain.DAY, source: MetricSource.MONTHLY_ROLLUP }),
      ),
    ).rejects.toThrow(
      'KPI calls_offered cannot be answered from MONTHLY_ROLLUP with these dimensions and options (it needs whole months at grain MONTH, QUARTER or YEAR)',
    );
  });
});
