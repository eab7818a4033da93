import { addDays, eachDay, isoWeekday } from '@kanalindsigt/calendar/local-date';
import { Warehouse } from '../database/warehouse';
import { rebuildVisitRollups } from '@kanalindsigt/warehouse/rollups/visit-rollups';
import {
  insertBookingDaily,
  insertCallArrivals,
  newBookingDaily,
  newCallArrivals,
} from '@kanalindsigt/warehouse/testing/rollup.factory';
import { insertSite, insertVisits, newVisit } from '@kanalindsigt/warehouse/testing/visit.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { PeakResolution, type PeaksArgs } from './dto/peaks.args';
import { ContactChannel, type Peaks } from './models/peaks.model';
import { ARRIVALS_ROLLUPS, type ArrivalsChannel, PeaksRepository } from './peaks.repository';
import { PeaksService } from './peaks.service';

describe(PeaksService.name, () => {
  let db: TestDatabase;
  let sut: PeaksService;
  // March and April 2024: Easter Monday (2. påskedag) is 1 April, so Tuesday 2 April follows a closure.
  const args: PeaksArgs = {
    municipalityCode: '0169',
    from: '2024-03-01',
    to: '2024-04-30',
    resolution: PeakResolution.HOUR,
    topDays: 10,
  };
  const channel = (peaks: Peaks, which: ContactChannel) => {
    const found = peaks.channels.find((c) => c.channel === which);
    if (!found) throw new Error(`no ${which}`);
    return found;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await insertVisits(db.dataSource, [
      // Monday 4 March: three arrivals 09–10, one at 10
      newVisit({ createdAt: '2024-03-04 09:05' }),
      newVisit({ createdAt: '2024-03-04 09:20' }),
      newVisit({ createdAt: '2024-03-04 09:59' }),
      newVisit({ createdAt: '2024-03-04 10:00' }),
      // Tuesday 5 March: one at 10:30
      newVisit({ createdAt: '2024-03-05 10:30' }),
      // Monday 11 March: one 09–10
      newVisit({ createdAt: '2024-03-11 09:45' }),
      // Easter Monday: counted in the calendar, never in the profile
      newVisit({ createdAt: '2024-04-01 11:00' }),
      // Tuesday 2 April, after Easter: two 09–10, one at 14
      newVisit({ createdAt: '2024-04-02 09:00' }),
      newVisit({ createdAt: '2024-04-02 09:15' }),
      newVisit({ createdAt: '2024-04-02 14:40' }),
      // A year earlier: Monday 6 March 2023
      newVisit({ createdAt: '2023-03-06 09:10' }),
      // Another municipality must not count
      newVisit({ municipalityCode: '0151', createdAt: '2024-03-04 09:05' }),
    ]);
    const tx = db.dataSource.createQueryRunner();
    for (const code of ['0169', '0151'])
      await rebuildVisitRollups(tx, {
        municipalityCode: code,
        fromDateKey: 20230101,
        toDateKey: 20241231,
      });
    await tx.release();
    await insertCallArrivals(db.dataSource, [
      newCallArrivals({ day: '2024-03-04', time: '09:00', countCalls: 10 }),
      newCallArrivals({ day: '2024-03-04', time: '09:15', countCalls: 4 }),
      // Saturday: in the calendar, not in the profile
      newCallArrivals({ day: '2024-03-09', time: '10:00', countCalls: 2 }),
      newCallArrivals({ day: '2024-04-02', time: '09:00', countCalls: 20 }),
    ]);
    await insertBookingDaily(db.dataSource, [
      newBookingDaily({ slotDay: '2024-03-06', status: 'attended', countBookings: 3 }),
      // Cancelled and moved bookings are not due
      newBookingDaily({ slotDay: '2024-03-06', status: 'cancelled', countBookings: 5 }),
      newBookingDaily({ slotDay: '2024-03-08', status: 'rescheduled', countBookings: 9 }),
      newBookingDaily({ slotDay: '2024-03-07', status: 'no_show', countBookings: 1 }),
      newBookingDaily({ slotDay: '2024-03-07', status: 'booked', countBookings: 2 }),
    ]);
    sut = new PeaksService(new PeaksRepository(new Warehouse(db.dataSource)));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('averages visits per weekday and hour over the opening days with arrivals, this year and last', async () => {
    const visits = channel(await sut.peaks(args), ContactChannel.VISIT);
    expect(visits.profile).toEqual({
      from: '2024-03-01',
      to: '2024-04-30',
      openingDays: 4, // Mondays 4 and 11 March, Tuesdays 5 March and 2 April; not Easter Monday
      openingDaysByWeekday: [
        { weekday: 1, openingDays: 2 },
        { weekday: 2, openingDays: 2 },
      ],
      cells: [
        { weekday: 1, hour: 9, minute: 0, meanArrivals: 2 }, // (3 + 1) ÷ 2 Mondays
        { weekday: 1, hour: 10, minute: 0, meanArrivals: 0.5 },
        { weekday: 2, hour: 9, minute: 0, meanArrivals: 1 }, // 2 ÷ 2 Tuesdays
        { weekday: 2, hour: 10, minute: 0, meanArrivals: 0.5 },
        { weekday: 2, hour: 14, minute: 0, meanArrivals: 0.5 },
      ],
    });
    expect(visits.profileLastYear).toEqual({
      from: '2023-03-01',
      to: '2023-04-30',
      openingDays: 1,
      openingDaysByWeekday: [{ weekday: 1, openingDays: 1 }],
      cells: [{ weekday: 1, hour: 9, minute: 0, meanArrivals: 1 }],
    });
  });

  it('splits hours into quarter hours when asked', async () => {
    const peaks = await sut.peaks({ ...args, resolution: PeakResolution.QUARTER_HOUR });
    expect(
      channel(peaks, ContactChannel.VISIT).profile?.cells.filter((c) => c.weekday === 1),
    ).toEqual([
      { weekday: 1, hour: 9, minute: 0, meanArrivals: 0.5 },
      { weekday: 1, hour: 9, minute: 15, meanArrivals: 0.5 },
      { weekday: 1, hour: 9, minute: 45, meanArrivals: 1 }, // 09:59 and 09:45 a week later
      { weekday: 1, hour: 10, minute: 0, meanArrivals: 0.5 },
    ]);
  });

  it('profiles calls over opening days only, and has no profile a year earlier without calls', async () => {
    const calls = channel(await sut.peaks(args), ContactChannel.CALL);
    expect(calls.profile?.openingDays).toBe(2);
    expect(calls.profile?.cells).toEqual([
      { weekday: 1, hour: 9, minute: 0, meanArrivals: 14 },
      { weekday: 2, hour: 9, minute: 0, meanArrivals: 20 },
    ]);
    expect(calls.profileLastYear).toEqual({
      from: '2023-03-01',
      to: '2023-04-30',
      openingDays: 0,
      openingDaysByWeekday: [],
      cells: [],
    });
  });

  it('ranks the busiest days per channel and says which follow a closure', async () => {
    const peaks = await sut.peaks({ ...args, topDays: 2 });
    expect(channel(peaks, ContactChannel.CALL).peakDays).toEqual([
      {
        rank: 1,
        date: '2024-04-02',
        weekday: 2,
        contacts: 20,
        followsClosure: true,
        closureNameDa: '2. påskedag',
      },
      {
        rank: 2,
        date: '2024-03-04',
        weekday: 1,
        contacts: 14,
        followsClosure: false,
        closureNameDa: null,
      },
    ]);
    expect(channel(peaks, ContactChannel.VISIT).peakDays.map((d) => [d.date, d.contacts])).toEqual([
      ['2024-03-04', 4],
      ['2024-04-02', 3],
    ]);
    // A tie goes to the earlier day; cancelled and moved bookings are not due.
    expect(
      channel(peaks, ContactChannel.BOOKING).peakDays.map((d) => [d.date, d.contacts]),
    ).toEqual([
      ['2024-03-06', 3],
      ['2024-03-07', 3],
    ]);
    expect(channel(peaks, ContactChannel.BOOKING).profile).toBeNull();
  });

  it('lists every day of the period with its contacts per channel', async () => {
    const { calendar } = await sut.peaks(args);
    expect(calendar).toHaveLength(61);
    expect(calendar.find((d) => d.date === '2024-04-01')).toEqual({
      date: '2024-04-01',
      weekday: 1,
      isOpeningDay: false,
      holidayNameDa: '2. påskedag',
      visits: 1,
      calls: 0,
      bookings: 0,
    });
    expect(calendar.find((d) => d.date === '2024-03-09')).toMatchObject({ calls: 2, visits: 0 });
    expect(calendar.reduce((sum, d) => sum + d.visits, 0)).toBe(10);
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(sut.peaks({ ...args, from: '2024-05-01' })).rejects.toThrow(
      'from (2024-05-01) is after to (2024-04-30)',
    );
  });
});

describe(`${PeaksService.name} at one site`, () => {
  let db: TestDatabase;
  let sut: PeaksService;
  const args: PeaksArgs = {
    municipalityCode: '0169',
    from: '2024-03-01',
    to: '2024-03-31',
    resolution: PeakResolution.HOUR,
    topDays: 10,
  };
  const channel = (peaks: Peaks, which: ContactChannel) => {
    const found = peaks.channels.find((c) => c.channel === which);
    if (!found) throw new Error(`no ${which}`);
    return found;
  };
  const peakDays = (peaks: Peaks, which: ContactChannel) =>
    channel(peaks, which).peakDays.map((day) => [day.date, day.contacts]);

  beforeAll(async () => {
    db = await createTestDatabase();
    await insertSite(db.dataSource, {
      municipalityCode: '0169',
      code: 'bibliotek',
      nameDa: 'Biblioteket',
    });
    await insertVisits(db.dataSource, [
      // The town hall: Monday 4 March at 09, Tuesday 5 March at 10
      newVisit({ createdAt: '2024-03-04 09:05' }),
      newVisit({ createdAt: '2024-03-05 10:30' }),
      // The library: two on Monday 4 March at 09, and one a year earlier (Monday 6 March 2023)
      newVisit({ siteCode: 'bibliotek', createdAt: '2024-03-04 09:30' }),
      newVisit({ siteCode: 'bibliotek', createdAt: '2024-03-04 09:40' }),
      newVisit({ siteCode: 'bibliotek', createdAt: '2023-03-06 09:10' }),
    ]);
    const tx = db.dataSource.createQueryRunner();
    await rebuildVisitRollups(tx, {
      municipalityCode: '0169',
      fromDateKey: 20230101,
      toDateKey: 20241231,
    });
    await tx.release();
    await insertCallArrivals(db.dataSource, [
      newCallArrivals({ day: '2024-03-04', time: '09:00', countCalls: 10 }),
    ]);
    await insertBookingDaily(db.dataSource, [
      newBookingDaily({ slotDay: '2024-03-06', status: 'attended', countBookings: 3 }),
      newBookingDaily({
        siteCode: 'bibliotek',
        slotDay: '2024-03-06',
        status: 'booked',
        countBookings: 2,
      }),
      newBookingDaily({
        siteCode: 'bibliotek',
        slotDay: '2024-03-07',
        status: 'no_show',
        countBookings: 1,
      }),
      newBookingDaily({
        siteCode: 'bibliotek',
        slotDay: '2024-03-07',
        status: 'cancelled',
        countBookings: 4,
      }),
    ]);
    sut = new PeaksService(new PeaksRepository(new Warehouse(db.dataSource)));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('profiles one site’s visits, this year and last', async () => {
    const visits = channel(
      await sut.peaks({ ...args, siteCode: 'bibliotek' }),
      ContactChannel.VISIT,
    );
    expect(visits.profile).toMatchObject({
      openingDays: 1,
      cells: [{ weekday: 1, hour: 9, minute: 0, meanArrivals: 2 }],
    });
    expect(visits.profileLastYear).toMatchObject({
      openingDays: 1,
      cells: [{ weekday: 1, hour: 9, minute: 0, meanArrivals: 1 }],
    });
    const townHall = channel(
      await sut.peaks({ ...args, siteCode: 'raadhus' }),
      ContactChannel.VISIT,
    );
    expect(townHall.profile).toMatchObject({
      openingDays: 2,
      cells: [
        { weekday: 1, hour: 9, minute: 0, meanArrivals: 1 },
        { weekday: 2, hour: 10, minute: 0, meanArrivals: 1 },
      ],
    });
    expect(townHall.profileLastYear).toMatchObject({ openingDays: 0, cells: [] });
    expect(channel(await sut.peaks(args), ContactChannel.VISIT).profile).toMatchObject({
      openingDays: 2,
      cells: [
        { weekday: 1, hour: 9, minute: 0, meanArrivals: 3 },
        { weekday: 2, hour: 10, minute: 0, meanArrivals: 1 },
      ],
    });
  });

  it('ranks one site’s visit and booking days, and the whole municipality’s calls', async () => {
    const library = await sut.peaks({ ...args, siteCode: 'bibliotek' });
    expect(peakDays(library, ContactChannel.VISIT)).toEqual([['2024-03-04', 2]]);
    expect(peakDays(library, ContactChannel.BOOKING)).toEqual([
      ['2024-03-06', 2],
      ['2024-03-07', 1],
    ]);
    expect(peakDays(library, ContactChannel.CALL)).toEqual([['2024-03-04', 10]]);
    expect(channel(library, ContactChannel.CALL).profile?.cells).toEqual([
      { weekday: 1, hour: 9, minute: 0, meanArrivals: 10 },
    ]);

    const townHall = await sut.peaks({ ...args, siteCode: 'raadhus' });
    expect(peakDays(townHall, ContactChannel.VISIT)).toEqual([
      ['2024-03-04', 1],
      ['2024-03-05', 1],
    ]);
    expect(peakDays(townHall, ContactChannel.BOOKING)).toEqual([['2024-03-06', 3]]);

    const all = await sut.peaks(args);
    expect(peakDays(all, ContactChannel.VISIT)).toEqual([
      ['2024-03-04', 3],
      ['2024-03-05', 1],
    ]);
    expect(peakDays(all, ContactChannel.BOOKING)).toEqual([
      ['2024-03-06', 5],
      ['2024-03-07', 1],
    ]);
  });

  it('lists one site’s visits and bookings in the calendar, beside all calls', async () => {
    const { calendar } = await sut.peaks({ ...args, siteCode: 'bibliotek' });
    expect(calendar).toHaveLength(31);
    expect(calendar.find((d) => d.date === '2024-03-04')).toMatchObject({
      visits: 2,
      calls: 10,
      bookings: 0,
    });
    expect(calendar.find((d) => d.date === '2024-03-06')).toMatchObject({ visits: 0, bookings: 2 });
    const unknown = await sut.peaks({ ...args, siteCode: 'ukendt' });
    expect(unknown.calendar.reduce((sum, d) => sum + d.visits + d.bookings, 0)).toBe(0);
    expect(peakDays(unknown, ContactChannel.CALL)).toEqual([['2024-03-04', 10]]);
  });
});

/**
 * The profile as it was read before the monthly rollups: every day from the daily arrivals. Kept
 * here as the reference the month-cut reading must match to the row.
 */
function dailyProfileSql(channel: ArrivalsChannel): string {
  const rollup = ARRIVALS_ROLLUPS[channel];
  const atSite = rollup.bySite
    ? `($6::text IS NULL OR a.site_id = (SELECT site_id FROM site))`
    : `$6::text IS NULL`;
  return `WITH site AS (
      SELECT site_id FROM dw.dim_site WHERE municipality_code = $1 AND site_code = $6
    ), dates AS (
      SELECT 'current' AS period, $2::date AS from_date, $3::date AS to_date
      UNION ALL
      SELECT 'lastYear', ($2::date - interval '1 year')::date, ($3::date - interval '1 year')::date
      WHERE $5::boolean
    ), periods AS (
      SELECT *, to_char(from_date, 'YYYYMMDD')::int AS from_key, to_char(to_date, 'YYYYMMDD')::int AS to_key
      FROM dates
    ), slots AS (
      SELECT p.period, d.weekday, a.time_key, sum(a.${rollup.count}) AS arrivals
      FROM periods p
      JOIN ${rollup.table} a ON a.municipality_code = $1 AND a.date_key BETWEEN p.from_key AND p.to_key
        AND ${atSite}
      JOIN dw.dim_date d ON d.date_key = a.date_key AND d.is_opening_day
      GROUP BY p.period, d.weekday, a.time_key
    ), weekdays AS (
      SELECT p.period, d.weekday, count(*)::int AS opening_days
      FROM periods p
      JOIN dw.dim_date d ON d.date_key BETWEEN p.from_key AND p.to_key AND d.is_opening_day
      WHERE EXISTS (
        SELECT FROM ${rollup.table} a
        WHERE a.municipality_code = $1 AND a.date_key = d.date_key AND ${atSite}
      )
      GROUP BY p.period, d.weekday
    )
    SELECT p.period, to_char(p.from_date, 'YYYY-MM-DD') AS from_day,
           to_char(p.to_date, 'YYYY-MM-DD') AS to_day, c.weekday::int, t.hour::int,
           (CASE WHEN $4::boolean THEN t.minute ELSE 0 END)::int AS minute,
           sum(c.arrivals)::int AS arrivals, w.opening_days
    FROM periods p
    LEFT JOIN slots c ON c.period = p.period
    LEFT JOIN dw.dim_time_of_day t ON t.time_key = c.time_key
    LEFT JOIN weekdays w ON w.period = c.period AND w.weekday = c.weekday
    GROUP BY p.period, p.from_date, p.to_date, c.weekday, t.hour, 6, w.opening_days
    ORDER BY p.period, c.weekday, t.hour, 6`;
}

describe(`${PeaksRepository.name} profile over whole and partial months`, () => {
  let db: TestDatabase;
  let sut: PeaksRepository;
  // February to May of 2023 and 2024: Easter and the leap day fall inside, weekends are closed.
  const days = [...eachDay('2023-02-01', '2023-05-31'), ...eachDay('2024-02-01', '2024-05-31')];

  beforeAll(async () => {
    db = await createTestDatabase();
    await insertSite(db.dataSource, {
      municipalityCode: '0169',
      code: 'bibliotek',
      nameDa: 'Biblioteket',
    });
    // Arrivals on most days at a few times that move with the day; the library on fewer days,
    // so that its opening days with arrivals differ from the municipality's.
    await insertVisits(
      db.dataSource,
      days.flatMap((day, i) => [
        ...(i % 5 === 0
          ? []
          : [
              newVisit({
                createdAt: `${day} 0${8 + (i % 2)}:${String((i * 7) % 60).padStart(2, '0')}`,
              }),
              newVisit({ createdAt: `${day} ${10 + (i % 4)}:15` }),
            ]),
        ...(i % 3 === 0
          ? [
              newVisit({
                siteCode: 'bibliotek',
                createdAt: `${day} 11:${String(i % 60).padStart(2, '0')}`,
              }),
            ]
          : []),
      ]),
    );
    const tx = db.dataSource.createQueryRunner();
    await rebuildVisitRollups(tx, {
      municipalityCode: '0169',
      fromDateKey: 20230101,
      toDateKey: 20241231,
    });
    await tx.release();
    await insertCallArrivals(
      db.dataSource,
      days
        .filter((day, i) => i % 4 !== 1 && isoWeekday(day) !== 7)
        .map((day, i) =>
          newCallArrivals({ day, time: i % 2 ? '09:00' : '13:45', countCalls: 1 + (i % 6) }),
        ),
    );
    sut = new PeaksRepository(new Warehouse(db.dataSource));
  });
  afterAll(async () => {
    await db.drop();
  });

  const reference = (
    channel: ArrivalsChannel,
    from: string,
    to: string,
    quarterHours: boolean,
    siteCode: string | null,
  ) =>
    db.dataSource.query(dailyProfileSql(channel), ['0169', from, to, quarterHours, true, siteCode]);

  // Partial months at both ends, whole months only, no whole month, the leap day a year on.
  const periods = [
    ['2024-02-15', '2024-05-10'],
    ['2024-03-01', '2024-04-30'],
    ['2024-02-20', '2024-03-10'],
    ['2024-02-29', '2024-05-31'],
  ] as const;
  const cases = periods.flatMap(([from, to]) =>
    (
      [
        ['VISIT', null],
        ['VISIT', 'bibliotek'],
        ['VISIT', 'ukendt'],
        ['CALL', null],
      ] as const
    ).flatMap(([channel, siteCode]) =>
      [false, true].map((quarterHours) => ({ from, to, channel, siteCode, quarterHours })),
    ),
  );

  it.each(cases)(
    'reads $channel $from–$to at $siteCode (quarter hours: $quarterHours) as every day would',
    async ({ from, to, channel, siteCode, quarterHours }) => {
      const expected = await reference(channel, from, to, quarterHours, siteCode);
      // A profile with cells in both periods (the unknown site has none: one row a period).
      expect(expected.length).toBeGreaterThan(siteCode === 'ukendt' ? 1 : 4);
      expect(
        await sut.profile(channel, '0169', from, to, {
          quarterHours,
          withLastYear: true,
          siteCode,
        }),
      ).toEqual(expected);
    },
  );

  it('reads the whole months from the monthly rollup, not the daily one', async () => {
    const options = { quarterHours: false, withLastYear: true, siteCode: null };
    const before = await sut.profile('VISIT', '0169', '2024-02-15', '2024-05-10', options);
    // The daily rows of the whole months gone, the profile stands; the partial days' rows count.
    await db.dataSource.query(
      `DELETE FROM mart.visit_arrivals WHERE date_key BETWEEN 20240301 AND 20240430 OR date_key BETWEEN 20230301 AND 20230430`,
    );
    expect(await sut.profile('VISIT', '0169', '2024-02-15', '2024-05-10', options)).toEqual(before);
    await db.dataSource.query(
      `DELETE FROM mart.visit_arrivals WHERE date_key = ${addDays('2024-02-15', 5).replaceAll('-', '')}`,
    );
    expect(await sut.profile('VISIT', '0169', '2024-02-15', '2024-05-10', options)).not.toEqual(
      before,
    );
  });
});
