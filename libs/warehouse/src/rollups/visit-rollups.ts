import { rebuildRollups, type Rollup, type RollupRange, type SqlExecutor } from './rollup-range';

/**
 * One row per municipality, day, site, service and booked/walk-in: tickets, served, no-shows,
 * wait and handling sums and counts, from dw.fact_visit.
 */
export const VISIT_DAILY: Rollup = {
  table: 'mart.visit_daily',
  dayColumn: 'date_key',
  byMonth: false,
  insertSql: `INSERT INTO mart.visit_daily (municipality_code, date_key, site_id, service_id, is_booked, count_tickets,
                                   count_served, count_no_show, sum_wait_seconds, count_waits,
                                   sum_handling_seconds, count_handled)
     SELECT municipality_code, date_key, site_id, service_id, is_booked,
            count(*),
            count(*) FILTER (WHERE outcome = 'served'),
            count(*) FILTER (WHERE outcome = 'no_show'),
            coalesce(sum(wait_seconds) FILTER (WHERE outcome = 'served'), 0),
            count(wait_seconds) FILTER (WHERE outcome = 'served'),
            coalesce(sum(handling_seconds), 0),
            count(handling_seconds)
     FROM dw.fact_visit
     WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
     GROUP BY municipality_code, date_key, site_id, service_id, is_booked`,
};

/**
 * mart.visit_daily summed by calendar month: one row per municipality, month, site, service and
 * booked/walk-in.
 */
export const VISIT_MONTHLY: Rollup = {
  table: 'mart.visit_monthly',
  dayColumn: 'month_start_key',
  byMonth: true,
  insertSql: `INSERT INTO mart.visit_monthly (municipality_code, month_start_key, site_id, service_id, is_booked,
                                     count_tickets, count_served, count_no_show, sum_wait_seconds,
                                     count_waits, sum_handling_seconds, count_handled)
     SELECT municipality_code, date_key / 100 * 100 + 1, site_id, service_id, is_booked,
            sum(count_tickets), sum(count_served), sum(count_no_show), sum(sum_wait_seconds),
            sum(count_waits), sum(sum_handling_seconds), sum(count_handled)
     FROM mart.visit_daily
     WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
     GROUP BY 1, 2, 3, 4, 5`,
};

/** One row per municipality, day, 15-minute slot and site: tickets drawn, from dw.fact_visit. */
export const VISIT_ARRIVALS: Rollup = {
  table: 'mart.visit_arrivals',
  dayColumn: 'date_key',
  byMonth: false,
  insertSql: `INSERT INTO mart.visit_arrivals (municipality_code, date_key, time_key, site_id, count_arrivals)
     SELECT municipality_code, date_key, arrival_time_key, site_id, count(*)
     FROM dw.fact_visit
     WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
     GROUP BY municipality_code, date_key, arrival_time_key, site_id`,
};

/**
 * mart.visit_arrivals of opening days summed by calendar month and ISO weekday: one row per
 * municipality, month, weekday, slot and site, beside the divisors of the mean, the opening days
 * of the weekday in the month with arrivals at the site and at any site of the municipality.
 */
export const VISIT_ARRIVALS_MONTHLY: Rollup = {
  table: 'mart.visit_arrivals_monthly',
  dayColumn: 'month_start_key',
  byMonth: true,
  insertSql: `WITH opening AS (
       SELECT a.date_key, a.date_key / 100 * 100 + 1 AS month_start_key, d.weekday, a.time_key,
              a.site_id, a.count_arrivals
       FROM mart.visit_arrivals a
       JOIN dw.dim_date d ON d.date_key = a.date_key AND d.is_opening_day
       WHERE a.municipality_code = $1 AND a.date_key BETWEEN $2 AND $3
     ), site_days AS (
       SELECT month_start_key, weekday, site_id, count(DISTINCT date_key) AS n
       FROM opening GROUP BY 1, 2, 3
     ), municipality_days AS (
       SELECT month_start_key, weekday, count(DISTINCT date_key) AS n
       FROM opening GROUP BY 1, 2
     )
     INSERT INTO mart.visit_arrivals_monthly (municipality_code, month_start_key, weekday, time_key, site_id,
                                              count_arrivals, site_opening_days, municipality_opening_days)
     SELECT $1, o.month_start_key, o.weekday, o.time_key, o.site_id, sum(o.count_arrivals), s.n, m.n
     FROM opening o
     JOIN site_days s USING (month_start_key, weekday, site_id)
     JOIN municipality_days m USING (month_start_key, weekday)
     GROUP BY o.month_start_key, o.weekday, o.time_key, o.site_id, s.n, m.n`,
};

/**
 * One row per municipality, day, age band ('' when unknown), booked/walk-in, how a walk-in was
 * helped ('' when not recorded) and assisted self-service: tickets drawn, from dw.fact_visit.
 */
export const VISIT_AGE_DAILY: Rollup = {
  table: 'mart.visit_age_daily',
  dayColumn: 'date_key',
  byMonth: false,
  insertSql: `INSERT INTO mart.visit_age_daily (municipality_code, date_key, age_band_code, is_booked,
                                       walk_in_resolution, is_assisted_self_service, count_visits)
     SELECT municipality_code, date_key, coalesce(age_band_code, ''), is_booked,
            coalesce(walk_in_resolution, ''), is_assisted_self_service, count(*)
     FROM dw.fact_visit
     WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
     GROUP BY 1, 2, 3, 4, 5, 6`,
};

/**
 * Rebuilds the visit rollups of a range from dw.fact_visit, each monthly one after the daily one
 * it sums.
 */
export async function rebuildVisitRollups(
  executor: SqlExecutor,
  range: RollupRange,
): Promise<void> {
  await rebuildRollups(
    executor,
    [VISIT_DAILY, VISIT_MONTHLY, VISIT_ARRIVALS, VISIT_ARRIVALS_MONTHLY, VISIT_AGE_DAILY],
    range,
  );
}
