import {
  capacityMinutes,
  capacityRollupDrift,
  NO_CAPACITY_DRIFT,
} from '../testing/capacity-rollup-drift';
import {
  insertBookings,
  insertBookingSlots,
  insertCalls,
  newBooking as booking,
  newBookingSlot as slot,
  newCall as call,
} from '../testing/fact.factory';
import { QueueBucketsEitherSideOfThresholds1795392000026 } from '../migrations/1795392000026-queue-buckets-either-side-of-thresholds';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { insertVisits, newVisit as visit } from '../testing/visit.factory';
import { rebuildBookingRollups } from './booking-rollups';
import { rebuildCallRollups } from './call-rollups';
import { wholeMonths } from './rollup-range';
import { rebuildVisitRollups } from './visit-rollups';

/**
 * Per rollup built from a daily one: rows of a GROUP BY over the facts (by month, or by day for
 * bookings by status) that the rollup does not hold, and the reverse (every measure read). The
 * arrivals by month, weekday and slot count opening days only, beside the opening days with arrivals.
 */
const DRIFT_SQL = `
  WITH visit_facts AS (
    SELECT municipality_code, date_key / 100 * 100 + 1 AS month, site_id, service_id, is_booked,
           count(*)::int AS tickets, count(*) FILTER (WHERE outcome = 'served')::int AS served,
           count(*) FILTER (WHERE outcome = 'no_show')::int AS no_shows,
           coalesce(sum(wait_seconds) FILTER (WHERE outcome = 'served'), 0)::int AS wait,
           count(wait_seconds) FILTER (WHERE outcome = 'served')::int AS waits,
           coalesce(sum(handling_seconds), 0)::int AS handling, count(handling_seconds)::int AS handled
    FROM dw.fact_visit GROUP BY 1, 2, 3, 4, 5),
  visit_rollup AS (
    SELECT municipality_code, month_start_key, site_id, service_id, is_booked, count_tickets,
           count_served, count_no_show, sum_wait_seconds::int, count_waits,
           sum_handling_seconds::int, count_handled
    FROM mart.visit_monthly),
  call_facts AS (
    SELECT municipality_code, date_key / 100 * 100 + 1 AS month, service_id, handled_by, outcome,
           count(*)::int AS calls, coalesce(sum(queue_seconds), 0)::int AS queue,
           coalesce(sum(talk_seconds), 0)::int AS talk,
           count(*) FILTER (WHERE is_first_contact_resolved)::int AS resolved,
           count(is_first_contact_resolved)::int AS coded
    FROM dw.fact_call GROUP BY 1, 2, 3, 4, 5),
  call_rollup AS (
    SELECT municipality_code, month_start_key, service_id, handled_by, outcome, sum(count_calls)::int,
           sum(sum_queue_seconds)::int, sum(sum_talk_seconds)::int,
           sum(count_first_contact_resolved)::int, sum(count_resolution_coded)::int
    FROM mart.call_monthly GROUP BY 1, 2, 3, 4, 5),
  booking_facts AS (
    SELECT municipality_code, slot_date_key / 100 * 100 + 1 AS month, site_id, service_id,
           booking_channel, status, count(*)::int AS bookings, sum(slot_minutes)::int AS minutes
    FROM dw.fact_booking GROUP BY 1, 2, 3, 4, 5, 6),
  booking_rollup AS (
    SELECT municipality_code, month_start_key, site_id, service_id, booking_channel, status,
           count_bookings, sum_slot_minutes::int
    FROM mart.booking_monthly),
  booking_age_facts AS (
    SELECT municipality_code, slot_date_key / 100 * 100 + 1 AS month, coalesce(age_band_code, ''),
           booking_channel, count(*)::int
    FROM dw.fact_booking GROUP BY 1, 2, 3, 4),
  booking_age_rollup AS (
    SELECT municipality_code, month_start_key, age_band_code, booking_channel, count_bookings
    FROM mart.booking_age_monthly),
  booking_status_facts AS (
    SELECT municipality_code, slot_date_key, status, count(*)::int FROM dw.fact_booking GROUP BY 1, 2, 3),
  booking_status_rollup AS (
    SELECT municipality_code, slot_date_key, status, count_bookings FROM mart.booking_status_daily),
  opening_visits AS (
    SELECT f.municipality_code, f.date_key, f.date_key / 100 * 100 + 1 AS month, d.weekday,
           f.arrival_time_key, f.site_id
    FROM dw.fact_visit f JOIN dw.dim_date d ON d.date_key = f.date_key AND d.is_opening_day),
  visit_arrival_facts AS (
    SELECT o.municipality_code, o.month, o.weekday, o.arrival_time_key, o.site_id, count(*)::int,
           (SELECT count(DISTINCT date_key) FROM opening_visits s
            WHERE (s.municipality_code, s.month, s.weekday, s.site_id)
                = (o.municipality_code, o.month, o.weekday, o.site_id))::int,
           (SELECT count(DISTINCT date_key) FROM opening_visits m
            WHERE (m.municipality_code, m.month, m.weekday) = (o.municipality_code, o.month, o.weekday))::int
    FROM opening_visits o GROUP BY 1, 2, 3, 4, 5),
  visit_arrival_rollup AS (
    SELECT municipality_code, month_start_key, weekday, time_key, site_id, count_arrivals,
           site_opening_days::int, municipality_opening_days::int
    FROM mart.visit_arrivals_monthly),
  opening_calls AS (
    SELECT f.municipality_code, f.date_key, f.date_key / 100 * 100 + 1 AS month, d.weekday,
           f.arrival_time_key
    FROM dw.fact_call f JOIN dw.dim_date d ON d.date_key = f.date_key AND d.is_opening_day),
  call_arrival_facts AS (
    SELECT o.municipality_code, o.month, o.weekday, o.arrival_time_key, count(*)::int,
           (SELECT count(DISTINCT date_key) FROM opening_calls m
            WHERE (m.municipality_code, m.month, m.weekday) = (o.municipality_code, o.month, o.weekday))::int
    FROM opening_calls o GROUP BY 1, 2, 3, 4),
  call_arrival_rollup AS (
    SELECT municipality_code, month_start_key, weekday, time_key, count_calls, opening_days::int
    FROM mart.call_arrivals_monthly)
  SELECT 'visits' AS rollup, count(*)::int AS rows
  FROM ((TABLE visit_facts EXCEPT TABLE visit_rollup) UNION ALL (TABLE visit_rollup EXCEPT TABLE visit_facts)) v
  UNION ALL
  SELECT 'calls', count(*)::int
  FROM ((TABLE call_facts EXCEPT TABLE call_rollup) UNION ALL (TABLE call_rollup EXCEPT TABLE call_facts)) c
  UNION ALL
  SELECT 'bookings', count(*)::int
  FROM ((TABLE booking_facts EXCEPT TABLE booking_rollup) UNION ALL (TABLE booking_rollup EXCEPT TABLE booking_facts)) b
  UNION ALL
  SELECT 'bookings by age band', count(*)::int
  FROM ((TABLE booking_age_facts EXCEPT TABLE booking_age_rollup)
        UNION ALL (TABLE booking_age_rollup EXCEPT TABLE booking_age_facts)) a
  UNION ALL
  SELECT 'bookings by status', count(*)::int
  FROM ((TABLE booking_status_facts EXCEPT TABLE booking_status_rollup)
        UNION ALL (TABLE booking_status_rollup EXCEPT TABLE booking_status_facts)) s
  UNION ALL
  SELECT 'visit arrivals', count(*)::int
  FROM ((TABLE visit_arrival_facts EXCEPT TABLE visit_arrival_rollup)
        UNION ALL (TABLE visit_arrival_rollup EXCEPT TABLE visit_arrival_facts)) va
  UNION ALL
  SELECT 'call arrivals', count(*)::int
  FROM ((TABLE call_arrival_facts EXCEPT TABLE call_arrival_rollup)
        UNION ALL (TABLE call_arrival_rollup EXCEPT TABLE call_arrival_facts)) ca`;

const NO_DRIFT = [
  { rollup: 'visits', rows: 0 },
  { rollup: 'calls', rows: 0 },
  { rollup: 'bookings', rows: 0 },
  { rollup: 'bookings by age band', rows: 0 },
  { rollup: 'bookings by status', rows: 0 },
  { rollup: 'visit arrivals', rows: 0 },
  { rollup: 'call arrivals', rows: 0 },
];

describe('rollups built from the daily rollups', () => {
  let db: TestDatabase;
  const refresh = async (fromDateKey: number, toDateKey: number) => {
    const tx = db.dataSource.createQueryRunner();
    await tx.startTransaction();
    for (const rebuild of [rebuildVisitRollups, rebuildCallRollups, rebuildBookingRollups])
      await rebuild(tx, { municipalityCode: '0169', fromDateKey, toDateKey });
    await tx.commitTransaction();
    await tx.release();
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('widens a load range to the whole months it touches', () => {
    expect(
      wholeMonths({ municipalityCode: '0169', fromDateKey: 20240215, toDateKey: 20240303 }),
    ).toEqual({
      municipalityCode: '0169',
      fromDateKey: 20240201,
      toDateKey: 20240331,
    });
  });

  it('sums the daily rollups by month as the facts do, rebuilding a whole month after a load of some of its days', async () => {
    await insertVisits(db.dataSource, [
      visit({ createdAt: '2024-03-04 09:10', waitMinutes: 5 }),
      visit({ createdAt: '2024-03-11 09:05' }),
      visit({ createdAt: '2024-03-05 10:05', isBooked: true, handlingMinutes: null }),
      visit({ createdAt: '2024-03-31 23:30', serviceCode: 'koerekort' }),
      visit({ createdAt: '2024-04-02 11:00' }),
    ]);
    await insertCalls(db.dataSource, [
      call({ queueSeconds: 3, arrivedAt: '2024-03-04 09:10' }),
      // A second slot the same Monday: still one opening day.
      call({ arrivedAt: '2024-03-04 14:00' }),
      call({ outcome: 'abandoned', queueSeconds: 30, arrivedAt: '2024-03-05 13:30' }),
      call({
        outcome: 'forwarded_hotline',
        arrivedAt: '2024-04-03 09:00',
        isFirstContactResolved: null,
      }),
    ]);
    await insertBookings(db.dataSource, [
      booking({ slotStartAt: '2024-03-06 10:00', ageBandCode: '18-29' }),
      booking({ slotStartAt: '2024-03-06 10:15', ageBandCode: '80+' }),
      booking({ slotStartAt: '2024-04-10 09:30', status: 'no_show' }),
    ]);
    // Slots of the booked times and an unbooked one open to every service, inserted (with the
    // test's rebuild of every rollup) before the bookings' load below sets them against the bookings.
    await insertBookingSlots(db.dataSource, [
      slot({ slotStartAt: '2024-03-06 10:00' }),
      slot({ slotStartAt: '2024-03-06 10:15' }),
      slot({ slotStartAt: '2024-03-06 10:30', serviceCode: null }),
      slot({ slotStartAt: '2024-04-10 09:30' }),
    ]);
    await refresh(20240301, 20240430);
    expect(await db.dataSource.query(DRIFT_SQL)).toEqual(NO_DRIFT);
    expect(await capacityRollupDrift(db.dataSource)).toEqual(NO_CAPACITY_DRIFT);
    expect(await capacityMinutes(db.dataSource)).toEqual({
      offered: 60,
      booked: 45,
      attended: 30,
      noShow: 15,
    });
    // Bookings of two age bands share one monthly row: the month leaves the age band out.
    expect(
      await db.dataSource.query(
        `SELECT month_start_key, count_bookings FROM mart.booking_monthly ORDER BY 1`,
      ),
    ).toEqual([
      { month_start_key: 20240301, count_bookings: 2 },
      { month_start_key: 20240401, count_bookings: 1 },
    ]);

    // Two Mondays in March share a slot (09:00–09:15) and its divisor; Easter Sunday is left out.
    expect(
      await db.dataSource.query(
        `SELECT weekday, time_key, count_arrivals, municipality_opening_days
         FROM mart.visit_arrivals_monthly WHERE month_start_key = 20240301 ORDER BY 1, 2`,
      ),
    ).toEqual([
      { weekday: 1, time_key: 36, count_arrivals: 2, municipality_opening_days: 2 },
      { weekday: 2, time_key: 40, count_arrivals: 1, municipality_opening_days: 1 },
    ]);

    // A later file of one day in March: the whole month is summed again, not just that day.
    await insertVisits(db.dataSource, [visit({ createdAt: '2024-03-20 09:00' })]);
    await insertCalls(db.dataSource, [call({ arrivedAt: '2024-03-20 09:00' })]);
    await insertBookings(db.dataSource, [booking({ slotStartAt: '2024-03-20 09:00' })]);
    await refresh(20240320, 20240320);
    expect(await db.dataSource.query(DRIFT_SQL)).toEqual(NO_DRIFT);
    expect(await capacityRollupDrift(db.dataSource)).toEqual(NO_CAPACITY_DRIFT);
    expect(await capacityMinutes(db.dataSource)).toMatchObject({ booked: 60, attended: 45 });
  });

  it('puts waits of exactly a threshold in a bucket of their own, also when the migration rebuilds existing rollups', async () => {
    // Ballerup in May: answered after 4, 5, 6, 59, 60, 61 and 89 s, one with no queue time
    await insertCalls(
      db.dataSource,
      [4, 5, 6, 59, 60, 61, 89, null].map((queueSeconds) =>
        call({ municipalityCode: '0151', arrivedAt: '2024-05-06 09:00', queueSeconds }),
      ),
    );
    const buckets = (table: string) =>
      db.dataSource.query(
        `SELECT queue_bucket_seconds AS bucket, sum(count_calls)::int AS calls FROM ${table}
         WHERE municipality_code = '0151' GROUP BY 1 ORDER BY 1`,
      );
    const eitherSide = [
      { bucket: 0, calls: 1 },
      { bucket: 1, calls: 1 },
      { bucket: 5, calls: 1 },
      { bucket: 6, calls: 1 },
      { bucket: 46, calls: 1 },
      { bucket: 60, calls: 1 },
      { bucket: 61, calls: 2 },
    ];
    const tx = db.dataSource.createQueryRunner();
    await rebuildCallRollups(tx, {
      municipalityCode: '0151',
      fromDateKey: 20240501,
      toDateKey: 20240531,
    });
    expect(await buckets('mart.call_daily')).toEqual(eitherSide);
    expect(await buckets('mart.call_monthly')).toEqual(eitherSide);

    // Down rebuilds every municipality's rows with the former bounds, up with the new ones.
    const migration = new QueueBucketsEitherSideOfThresholds1795392000026();
    await migration.down(tx);
    expect(await buckets('mart.call_monthly')).toEqual([
      { bucket: 0, calls: 2 },
      { bucket: 5, calls: 2 },
      { bucket: 45, calls: 1 },
      { bucket: 60, calls: 3 },
    ]);
    await migration.up(tx);
    expect(await buckets('mart.call_daily')).toEqual(eitherSide);
    expect(await buckets('mart.call_monthly')).toEqual(eitherSide);
    expect(await db.dataSource.query(DRIFT_SQL)).toEqual(NO_DRIFT);
    await tx.release();
  });
});
