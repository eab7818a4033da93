import {
  insertBookingSlots,
  insertPopulation,
  insertSelfServiceUsage,
  insertStaffing,
  newBookingSlot as slot,
  newPopulation as population,
  newSelfServiceUsage as usage,
  newStaffing as staffing,
} from '@kanalindsigt/warehouse/testing/fact.factory';
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
import { findKpi, KPI_CATALOGUE } from './kpis';
import { Dimension, Grain } from './kpis/kpi-types';
import { MONTHLY_OF } from './kpis/sources';
import { newMetricsService } from './metrics-test-service';
import { MetricsService } from './metrics.service';
import type { Metric, MetricValue } from './models/metric.model';

const count = (n: number): MetricValue => ({ value: n, numerator: n, denominator: null });
const ratio = (n: number, d: number, scale = 1): MetricValue => ({
  value: d ? (scale * n) / d : null,
  numerator: n,
  denominator: d,
});
const pct = (n: number, d: number) => ratio(n, d, 100);

/** KPIs read from the cross-channel, self-service and booking-capacity sources. */
const SOURCE_KPIS = KPI_CATALOGUE.filter((kpi) =>
  ['channelDaily', 'selfService', 'capacityDaily'].includes(kpi.rollup?.source ?? ''),
).map((kpi) => kpi.id);

function args(overrides: Partial<MetricsArgs>): MetricsArgs {
  return Object.assign(new MetricsArgs(), {
    kpis: SOURCE_KPIS,
    municipalityCodes: ['0169'],
    from: '2024-03-01',
    to: '2024-04-30',
    grain: Grain.MONTH,
    ...overrides,
  });
}

describe(`${MetricsService.name}: channels, self-service, staffing and capacity`, () => {
  let db: TestDatabase;
  let sut: MetricsService;

  beforeAll(async () => {
    db = await createTestDatabase();
    const ds = db.dataSource;
    await insertVisitDaily(ds, [
      visit({ day: '2024-03-04', countServed: 8 }),
      visit({ day: '2024-03-05', serviceCode: 'koerekort', countServed: 4 }),
      visit({ day: '2024-04-02', countServed: 6 }),
    ]);
    await insertCallDaily(ds, [
      call({ day: '2024-03-04', countCalls: 10 }),
      call({ day: '2024-03-04', outcome: 'abandoned', countCalls: 2 }),
      call({ day: '2024-03-04', outcome: 'ivr_only', countCalls: 5 }), // not a contact
      call({ day: '2024-04-03', countCalls: 6 }),
    ]);
    await insertSelfServiceUsage(ds, [
      usage({ countUses: 30 }),
      usage({ usageKind: 'assisted_digital', countUses: 5 }),
      usage({ usageKind: 'paper', countUses: 15 }), // a submission, not a contact channel
      usage({ serviceCode: 'koerekort', solutionLabel: 'Kørekort', countUses: 20 }),
      usage({ usageKind: 'chatbot_session', countUses: 7 }),
      usage({ usageKind: 'digital_post_exemption', countUses: 3 }),
      usage({ periodStart: '2024-04-01', periodEnd: '2024-04-30', countUses: 40 }),
      usage({ periodStart: '2024-04-01', periodEnd: '2024-04-30', usageKind: 'paper' }),
      usage({
        periodStart: '2024-04-01',
        periodEnd: '2024-04-30',
        usageKind: 'digital_post_exemption',
        countUses: 2,
      }),
      // Months outside the period, dated by their first day
      usage({ periodStart: '2024-02-01', periodEnd: '2024-02-29', countUses: 99 }),
      usage({ periodStart: '2024-05-01', periodEnd: '2024-05-31', countUses: 99 }),
    ]);
    await insertStaffing(ds, [
      staffing({ day: '2024-03-04', activity: 'counter', staffHours: 7.5 }),
      staffing({ day: '2024-03-04', activity: 'phone', staffHours: 10 }),
      staffing({ day: '2024-03-04', activity: 'back_office', staffHours: 4 }),
      staffing({ day: '2024-04-02', activity: 'counter', staffHours: 6 }),
      staffing({ day: '2024-04-02', activity: 'phone', staffHours: 8 }),
    ]);
    await insertPopulation(ds, [
      population({ year: 2024, ageBandCode: '30-49', countInhabitants: 12_000 }),
      population({ year: 2024, ageBandCode: '65-79', countInhabitants: 8_000 }),
      population({ year: 2023, countInhabitants: 19_000 }),
    ]);
    await insertBookingSlots(ds, [
      ...[10, 11, 12, 13].map((h) => slot({ slotStartAt: `2024-03-06 ${h}:00` })),
      slot({ slotStartAt: '2024-04-10 10:00', slotMinutes: 30 }),
      slot({ slotStartAt: '2024-04-10 11:00', slotMinutes: 30 }),
    ]);
    await insertBookingDaily(ds, [
      booking({ slotDay: '2024-03-06', countBookings: 2, sumSlotMinutes: 30 }),
      booking({ slotDay: '2024-03-06', status: 'no_show', sumSlotMinutes: 15 }),
      booking({ slotDay: '2024-03-06', status: 'cancelled', sumSlotMinutes: 15 }),
      booking({ slotDay: '2024-04-10', sumSlotMinutes: 30 }),
      booking({ slotDay: '2024-04-10', status: 'cancelled', sumSlotMinutes: 30 }),
    ]);
    sut = newMetricsService(ds);
  });
  afterAll(async () => {
    await db.drop();
  });

  const staffCost = (hours: number) => hours * 400_000;
  // March, April and both, with the default options (1,628 h and DKK 400,000 per FTE).
  // Contacts: March visits 12, calls 12, digital 30 + 5 + 20, chatbot 7; April 6, 6, 40.
  // Staff hours: March counter 7.5, phone 10, back office 4; April counter 6, phone 8.
  const expected: Record<string, [MetricValue, MetricValue, MetricValue]> = {
    contacts: [count(86), count(52), count(138)],
    visit_share: [pct(12, 86), pct(6, 52), pct(18, 138)],
    call_share: [pct(12, 86), pct(6, 52), pct(18, 138)],
    digital_share: [pct(55, 86), pct(40, 52), pct(95, 138)],
    contacts_per_1000_inhabitants: [
      ratio(86, 20_000, 1000),
      ratio(52, 20_000, 1000),
      ratio(138, 20_000, 1000),
    ],
    staff_hours: [count(21.5), count(14), count(35.5)],
    contacts_per_staff_hour: [ratio(24, 17.5), ratio(12, 14), ratio(36, 31.5)],
    fte: [ratio(21.5, 1628), ratio(14, 1628), ratio(35.5, 1628)],
    staff_cost_dkk: [
      ratio(staffCost(21.5), 1628),
      ratio(staffCost(14), 1628),
      ratio(staffCost(35.5), 1628),
    ],
    cost_per_contact: [
      ratio(staffCost(17.5), 24 * 1628),
      ratio(staffCost(14), 12 * 1628),
      ratio(staffCost(31.5), 36 * 1628),
    ],
    digital_take_up: [pct(55, 70), pct(40, 50), pct(95, 120)],
    digital_post_exemptions: [count(3), count(2), count(5)],
    // Slots: March 4 × 15 min, April 2 × 30 min. Bookings: March attended 30 min, no-show 15,
    // cancelled 15 (frees its slot); April attended 30, cancelled 30.
    offered_slot_minutes: [count(60), count(60), count(120)],
    booked_slot_minutes: [count(45), count(30), count(75)],
    attended_slot_minutes: [count(30), count(30), count(60)],
    idle_minutes: [count(30), count(30), count(60)],
    idle_unbooked_minutes: [count(15), count(30), count(45)],
    idle_no_show_minutes: [count(15), count(0), count(15)],
    slot_utilisation: [pct(30, 60), pct(30, 60), pct(60, 120)],
  };

  it('has an expectation for every KPI of these sources', () => {
    expect(Object.keys(expected).sort()).toEqual([...SOURCE_KPIS].sort());
  });

  const byId = (metrics: Metric[]) => new Map(metrics.map((m) => [m.kpi.id, m]));

  it('computes every KPI by month and over the whole period', async () => {
    const metrics = byId(await sut.metrics(args({})));
    for (const [id, [march, april, total]] of Object.entries(expected)) {
      const metric = metrics.get(id);
      expect({ id, source: metric?.source, series: metric?.series, total: metric?.total }).toEqual({
        id,
        // March–April by month: the monthly level where the daily source has one.
        source: MONTHLY_OF[findKpi(id)?.rollup?.source ?? 'selfService']
          ? 'MONTHLY_ROLLUP'
          : 'ROLLUP',
        series: [
          { period: '2024-03', dimensionValue: null, ...march },
          { period: '2024-04', dimensionValue: null, ...april },
        ],
        total,
      });
    }
  });

  it('splits contacts, hours and cost per contact by channel', async () => {
    const [contacts, hours, perHour, cost] = await sut.metrics(
      args({
        kpis: ['contacts', 'staff_hours', 'contacts_per_staff_hour', 'cost_per_contact'],
        dimension: Dimension.CHANNEL,
      }),
    );
    const totals = (m?: Metric) => m?.dimensionTotals.map((p) => [p.dimensionValue, p.value]);
    // Rows without a channel (back-office hours, population) form a null channel
    expect(totals(contacts)).toEqual([
      ['call', 18],
      ['chatbot', 7],
      ['digital', 95],
      ['visit', 18],
      [null, 0],
    ]);
    // Back-office hours have no channel; digital channels have no rota hours
    expect(totals(hours)).toEqual([
      ['call', 18],
      ['chatbot', 0],
      ['digital', 0],
      ['visit', 13.5],
      [null, 4],
    ]);
    expect(totals(perHour)).toEqual([
      ['call', 18 / 18],
      ['chatbot', null],
      ['digital', null],
      ['visit', 18 / 13.5],
      [null, null],
    ]);
    expect(totals(cost)).toEqual([
      ['call', staffCost(18) / (18 * 1628)],
      ['chatbot', null],
      ['digital', null],
      ['visit', staffCost(13.5) / (18 * 1628)],
      [null, null],
    ]);
  });

  it('takes the hours and cost of an FTE as options', async () => {
    const [fte, dkk] = await sut.metrics(
      args({ kpis: ['fte', 'staff_cost_dkk'], hoursPerFte: 1924, costPerFte: 500_000 }),
    );
    expect(fte?.total).toEqual(ratio(35.5, 1924));
    expect(dkk?.total).toEqual(ratio(35.5 * 500_000, 1924));
  });

  it('splits digital take-up and channel mix by service and slot use by site', async () => {
    const [takeUp, digitalShare] = await sut.metrics(
      args({ kpis: ['digital_take_up', 'digital_share'], dimension: Dimension.SERVICE }),
    );
    expect(takeUp?.dimensionTotals).toEqual([
      { dimensionValue: 'koerekort', ...pct(20, 20) },
      { dimensionValue: 'pas', ...pct(75, 100) },
    ]);
    // koerekort: 4 visits + 20 digital; pas: 14 visits + 18 calls + 75 digital + 7 chatbot
    expect(digitalShare?.dimensionTotals).toEqual([
      { dimensionValue: 'koerekort', ...pct(20, 24) },
      { dimensionValue: 'pas', ...pct(75, 114) },
      { dimensionValue: null, ...pct(0, 0) }, // rota hours and population have no service
    ]);
    const [utilisation] = await sut.metrics(
      args({ kpis: ['slot_utilisation'], dimension: Dimension.SITE, grain: Grain.QUARTER }),
    );
    expect(utilisation?.dimensionTotals).toEqual([{ dimensionValue: 'raadhus', ...pct(60, 120) }]);
  });
});
