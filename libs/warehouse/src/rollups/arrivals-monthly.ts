/**
 * How the monthly arrivals rollups are built from the daily ones (migration 019 states the grain):
 * the opening days' arrivals of a municipality's whole months, summed per weekday and slot, beside
 * the divisor of their mean, the opening days of the weekday in the month with arrivals. Shared by
 * the ETL loads and the test factories so both build the same rows. Parameters: $1 municipality,
 * $2 first and $3 last day key of whole months (rollup-range.ts `wholeMonths`).
 */
export const ARRIVALS_MONTHLY_ROLLUPS = {
  visits: {
    table: 'mart.visit_arrivals_monthly',
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
  },
  calls: {
    table: 'mart.call_arrivals_monthly',
    insertSql: `WITH opening AS (
         SELECT a.date_key, a.date_key / 100 * 100 + 1 AS month_start_key, d.weekday, a.time_key,
                a.count_calls
         FROM mart.call_arrivals a
         JOIN dw.dim_date d ON d.date_key = a.date_key AND d.is_opening_day
         WHERE a.municipality_code = $1 AND a.date_key BETWEEN $2 AND $3
       ), days AS (
         SELECT month_start_key, weekday, count(DISTINCT date_key) AS n
         FROM opening GROUP BY 1, 2
       )
       INSERT INTO mart.call_arrivals_monthly (municipality_code, month_start_key, weekday, time_key,
                                               count_calls, opening_days)
       SELECT $1, o.month_start_key, o.weekday, o.time_key, sum(o.count_calls), days.n
       FROM opening o
       JOIN days USING (month_start_key, weekday)
       GROUP BY o.month_start_key, o.weekday, o.time_key, days.n`,
  },
} as const;
