import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

/**
 * The channels whose arrivals have a 15-minute rollup: the rollup, its count column and whether it
 * is kept per site (a site asked of a rollup without sites matches nothing).
 */
export const ARRIVALS_ROLLUPS = {
  VISIT: { table: 'mart.visit_arrivals', count: 'count_arrivals', bySite: true },
  CALL: { table: 'mart.call_arrivals', count: 'count_calls', bySite: false },
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
   * calendar does not know (the spring 2020 lockdown) do not dilute the means. The slot sums are a
   * plain hashed GROUP BY (no distinct count to sort for), the days per weekday one probe of the
   * rollup's index per calendar day, and the slots are named after aggregating, so dim_time_of_day
   * is joined to at most 96 × 7 rows per period. A site code narrows the arrivals and the days
   * with arrivals to that site of the municipality; null reads every site.
   */
  profile(
    channel: ArrivalsChannel,
    municipalityCode: string,
    from: string,
    to: string,
    options: { quarterHours: boolean; withLastYear: boolean; siteCode: string | null },
  ): Promise<ProfileRow[]> {
    const rollup = ARRIVALS_ROLLUPS[channel];
    const atSite = rollup.bySite
      ? `($6::text IS NULL OR a.site_id = (SELECT site_id FROM site))`
      : `$6::text IS NULL`;
    return this.warehouse.query(
      `WITH site AS (
         SELECT site_id FROM dw.dim_site WHERE municipality_code = $1 AND site_code = $6
       ), dates AS (
         SELECT 'current' AS period, $2::date AS from_date, $3::date AS to_date
         UNION ALL
         SELECT 'lastYear', ($2::date - interval '1 year')::date, ($3::date - interval '1 year')::date
         WHERE $5::boolean
       ), periods AS (
         -- Date keys, so that the rollup is read by its (municipality, day) index range.
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
         -- Opening days with arrivals, per weekday: one probe of the rollup per day of the calendar.
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
