import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

/**
 * The channels whose arrivals have a 15-minute rollup: the daily rollup and its count column, the
 * monthly weekday rollup with its divisor columns (opening days with arrivals at any site, and at
 * the row's site), and whether they are kept per site (a site asked of a rollup without sites
 * matches nothing).
 */
export const ARRIVALS_ROLLUPS = {
  VISIT: {
    table: 'mart.visit_arrivals',
    monthly: 'mart.visit_arrivals_monthly',
    count: 'count_arrivals',
    openingDays: 'municipality_opening_days',
    siteOpeningDays: 'site_opening_days',
    bySite: true,
  },
  CALL: {
    table: 'mart.call_arrivals',
    monthly: 'mart.call_arrivals_monthly',
    count: 'count_calls',
    openingDays: 'opening_days',
    siteOpeningDays: 'opening_days',
    bySite: false,
  },
} as const;

export type ArrivalsChannel = keyof typeof ARRIVALS_ROLLUPS;

/** One cell of a period's profile; a period without arrivals has one row with null cell fields. */
export interface ProfileRow {
  period: 'current' | 'lastYear';
  from_day: string;
  to_day: string;
  weekday: number | null;
  hour: number | null;
  minute: number | null;
  arrivals: number | null;
  /** Opening days of this weekday in the period on which the channel had arrivals. */
  opening_days: number | null;
}

export interface DayRow {
  date: string;
  weekday: number;
  is_opening_day: boolean;
  holiday_name_da: string | null;
  visits: number;
  calls: number;
  bookings: number;
  /** The weekday (Monday–Friday) before this day was a holiday or closure day. */
  follows_closure: boolean;
  previous_weekday_name_da: string | null;
}

/** Peak-load queries, answered from the mart rollups. */
@Injectable()
export class PeaksRepository {
  constructor(private readonly warehouse: Warehouse) {}

  /**
   * Arrivals per weekday and time slot (hour, or quarter hour when `quarterHours`) summed over
   * the opening days of the period and, when `withLastYear`, of the same period a year earlier
   * (PostgreSQL's `- 1 year` turns 29 February into the 28th), with the number of those days per
   * weekday. An opening day counts only when the channel had arrivals on it, so closures the
   * calendar does not know (the spring 2020 lockdown) do not dilute the means.
   *
   * Each period is cut as `splitByMonths` (metrics.service.ts) cuts a range: its whole months are
   * read from the monthly weekday rollup, which holds their opening days' sums and the days per
   * weekday (one row's value per month and weekday), and only the days before and after them from
   * the daily rollup, where the days per weekday are one probe of the rollup's index per calendar
   * day. The slots are named after aggregating, so dim_time_of_day is joined to at most 96 × 7 rows
   * per period. A site code narrows the arrivals and the days with arrivals to that site of the
   * municipality; null reads every site.
   */
  profile(
    channel: ArrivalsChannel,
    municipalityCode: string,
    from: string,
    to: string,
    options: { quarterHours: boolean; withLastYear: boolean; siteCode: string | null },
  ): Promise<ProfileRow[]> {
    const rollup = ARRIVALS_ROLLUPS[channel];
    const atSite = (alias: string) =>
      rollup.bySite
        ? `($6::text IS NULL OR ${alias}.site_id = (SELECT site_id FROM site))`
        : `$6::text IS NULL`;
    return this.warehouse.query(
      `WITH site AS (
         SELECT site_id FROM dw.dim_site WHERE municipality_code = $1 AND site_code = $6
       ), dates AS (
         SELECT 'current' AS period, $2::date AS from_date, $3::date AS to_date
         UNION ALL
         SELECT 'lastYear', ($2::date - interval '1 year')::date, ($3::date - interval '1 year')::date
         WHERE $5::boolean
       ), cuts AS (
         -- The whole months inside the period: from the first month starting on or after its first
         -- day to the month before the one holding the day after its last.
         SELECT d.*, (date_trunc('month', d.from_date - 1) + interval '1 month')::date AS months_from,
                date_trunc('month', d.to_date + 1)::date AS months_end
         FROM dates d
       ), periods AS (
         -- Date keys, so that the rollups are read by their (municipality, day or month) index
         -- ranges; a period without a whole month has an empty month range (1 to 0).
         SELECT period, from_date, to_date,
                to_char(from_date, 'YYYYMMDD')::int AS from_key, to_char(to_date, 'YYYYMMDD')::int AS to_key,
                CASE WHEN months_from < months_end THEN to_char(months_from, 'YYYYMMDD')::int ELSE 1 END AS months_from_key,
                CASE WHEN months_from < months_end THEN to_char(months_end - 1, 'YYYYMMDD')::int ELSE 0 END AS months_to_key,
                to_char(CASE WHEN months_from < months_end THEN months_from - 1 ELSE to_date END, 'YYYYMMDD')::int AS head_to_key,
                to_char(CASE WHEN months_from < months_end THEN months_end ELSE to_date + 1 END, 'YYYYMMDD')::int AS tail_from_key
         FROM cuts
       ), day_ranges AS (
         -- The days before and after the whole months (all of a period without one).
         SELECT period, from_key, head_to_key AS to_key FROM periods
         UNION ALL
         SELECT period, tail_from_key, to_key FROM periods
       ), months AS (
         SELECT p.period, m.month_start_key, m.weekday, m.time_key, m.${rollup.count} AS arrivals,
                CASE WHEN $6::text IS NULL THEN m.${rollup.openingDays} ELSE m.${rollup.siteOpeningDays} END AS opening_days
         FROM periods p
         JOIN ${rollup.monthly} m ON m.municipality_code = $1
           AND m.month_start_key BETWEEN p.months_from_key AND p.months_to_key AND ${atSite('m')}
       ), slots AS (
         SELECT period, weekday, time_key, sum(arrivals) AS arrivals
         FROM (
           SELECT period, weekday, time_key, arrivals FROM months
           UNION ALL
           SELECT r.period, d.weekday, a.time_key, a.${rollup.count}
           FROM day_ranges r
           JOIN ${rollup.table} a ON a.municipality_code = $1 AND a.date_key BETWEEN r.from_key AND r.to_key
             AND ${atSite('a')}
           JOIN dw.dim_date d ON d.date_key = a.date_key AND d.is_opening_day
         ) arrivals
         GROUP BY period, weekday, time_key
       ), weekdays AS (
         SELECT period, weekday, sum(days)::int AS opening_days
         FROM (
           -- A month's days per weekday repeat on each of its slots (and sites): one of them.
           SELECT period, weekday, max(opening_days) AS days FROM months
           GROUP BY period, month_start_key, weekday
           UNION ALL
           -- Opening days with arrivals, per weekday: one probe of the rollup per day of the calendar.
           SELECT r.period, d.weekday, count(*)
           FROM day_ranges r
           JOIN dw.dim_date d ON d.date_key BETWEEN r.from_key AND r.to_key AND d.is_opening_day
           WHERE EXISTS (
             SELECT FROM ${rollup.table} a
             WHERE a.municipality_code = $1 AND a.date_key = d.date_key AND ${atSite('a')}
           )
           GROUP BY r.period, d.weekday
         ) days
         GROUP BY period, weekday
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
       ORDER BY p.period, c.weekday, t.hour, 6`,
      [municipalityCode, from, to, options.quarterHours, options.withLastYear, options.siteCode],
    );
  }

  /**
   * Every day of the period with its contacts per channel: tickets drawn, calls arriving, and
   * bookings due (slot that day, neither cancelled nor moved), and whether the weekday before it
   * was closed. Bookings come from their rollup by day and status: a few rows a day rather than
   * every site, service, channel and age band. A site code narrows the visits and bookings to that
   * site of the municipality (bookings then come from the daily rollup, the one kept per site);
   * calls are not kept per site and stay the municipality's.
   */
  days(
    municipalityCode: string,
    fromKey: number,
    toKey: number,
    siteCode: string | null,
  ): Promise<DayRow[]> {
    return this.warehouse.query(
      `WITH site AS (
         SELECT site_id FROM dw.dim_site WHERE municipality_code = $1 AND site_code = $4
       ), visits AS (
         SELECT date_key, sum(count_arrivals) AS n FROM mart.visit_arrivals
         WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
           AND ($4::text IS NULL OR site_id = (SELECT site_id FROM site))
         GROUP BY date_key
       ), calls AS (
         SELECT date_key, sum(count_calls) AS n FROM mart.call_arrivals
         WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3 GROUP BY date_key
       ), bookings AS (
         SELECT slot_date_key AS date_key, sum(count_bookings) AS n FROM mart.booking_status_daily
         WHERE $4::text IS NULL AND municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3
           AND status IN ('booked', 'attended', 'no_show')
         GROUP BY slot_date_key
         UNION ALL
         SELECT slot_date_key, sum(count_bookings) FROM mart.booking_daily
         WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3
           AND site_id = (SELECT site_id FROM site) AND status IN ('booked', 'attended', 'no_show')
         GROUP BY slot_date_key
       )
       SELECT to_char(d.date, 'YYYY-MM-DD') AS date, d.weekday::int, d.is_opening_day, d.holiday_name_da,
              coalesce(v.n, 0)::int AS visits, coalesce(c.n, 0)::int AS calls, coalesce(b.n, 0)::int AS bookings,
              coalesce(NOT prev.is_opening_day, false) AS follows_closure, prev.holiday_name_da AS previous_weekday_name_da
       FROM dw.dim_date d
       LEFT JOIN visits v USING (date_key)
       LEFT JOIN calls c USING (date_key)
       LEFT JOIN bookings b USING (date_key)
       LEFT JOIN LATERAL (
         SELECT p.is_opening_day, p.holiday_name_da FROM dw.dim_date p
         WHERE p.date < d.date AND p.weekday <= 5
         ORDER BY p.date DESC LIMIT 1
       ) prev ON true
       WHERE d.date_key BETWEEN $2 AND $3
       ORDER BY d.date`,
      [municipalityCode, fromKey, toKey, siteCode],
    );
  }
}
