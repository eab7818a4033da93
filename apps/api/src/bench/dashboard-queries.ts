/**
 * Every query the dashboard asks, as `npm run bench:api` measures it: the GraphQL document and
 * variables, and the raw SQL that computes the same answer with a GROUP BY straight over the facts
 * (dw.fact_*), which is what the API would cost without the mart rollups.
 *
 * The documents are the dashboard's own (dashboardDocument); the API's queries no view asks
 * (metrics, bookingCapacity) keep theirs here.
 *
 * Adding a view's query is one entry in DASHBOARD_QUERIES: a name, the document, the variables for a
 * municipality and period, and the raw SQL with its bind parameters ($1 the municipality code, $2
 * and $3 the first and last date key of the period unless the entry says otherwise).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateKey } from '@kanalindsigt/calendar/local-date';
import { formatQuarter, quarterOf } from '@kanalindsigt/calendar/quarter';
import { REPOSITORY_ROOT } from '@kanalindsigt/warehouse/repository-root';

/**
 * One of the dashboard's own GraphQL documents (apps/web/src/features/…/api/*.graphql), read from
 * the source tree when the bench runs, so it measures what the dashboard sends and the API's build
 * holds no web code.
 */
function dashboardDocument(path: string): string {
  return readFileSync(join(REPOSITORY_ROOT, 'apps/web/src/features', path), 'utf8');
}

export interface BenchPeriod {
  municipalityCode: string;
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

export interface GraphqlRequest {
  name: string;
  document: string;
  variables(period: BenchPeriod): Record<string, unknown>;
}

export interface DashboardQuery extends GraphqlRequest {
  rawSql: string;
  rawParams(period: BenchPeriod): unknown[];
  /** A query about every municipality at once is measured once, not per municipality. */
  national?: boolean;
}

/** The municipalities every query is asked about: the biggest (København) and the sample's. */
export const BENCH_MUNICIPALITIES = ['0101', '0169'] as const;

const municipalityAndPeriod = (period: BenchPeriod) => ({
  municipalityCode: period.municipalityCode,
  from: period.from,
  to: period.to,
});
const municipalityAndKeys = (period: BenchPeriod) => [
  period.municipalityCode,
  dateKey(period.from),
  dateKey(period.to),
];

const METRICS_DOCUMENT = /* GraphQL */ `
  query Metrics(
    $municipalityCodes: [String!]!
    $from: String!
    $to: String!
    $kpis: [String!]!
    $grain: MetricGrain
    $dimension: MetricDimension
  ) {
    metrics(
      municipalityCodes: $municipalityCodes
      from: $from
      to: $to
      kpis: $kpis
      grain: $grain
      dimension: $dimension
    ) {
      kpi {
        id
        unit
      }
      series {
        period
        dimensionValue
        value
        numerator
        denominator
      }
      total {
        value
        numerator
        denominator
      }
      previousPeriod {
        from
        to
        value
      }
      samePeriodLastYear {
        from
        to
        value
      }
    }
  }
`;

const metrics =
  (kpis: string[], grain: string, dimension?: string) =>
  (period: BenchPeriod): Record<string, unknown> => ({
    municipalityCodes: [period.municipalityCode],
    from: period.from,
    to: period.to,
    kpis,
    grain,
    ...(dimension ? { dimension } : {}),
  });

const ANNOTATIONS = 'annotations { code kind dateFrom dateTo }';
const TARGETS = 'targets { kpiId comparator value validFrom }';

/** A period's month as an integer (20250315 → 202503), as the raw queries group by it. */
const MONTH = (key: string) => `${key} / 100`;
/** A day key's quarter as an integer (20250315 → 20251), no calendar join. */
const QUARTER = (key: string) => `${key} / 10000 * 10 + (${key} / 100 % 100 + 2) / 3`;

/** The quarter a bench period ends in ("2025-Q4" for a year): what quarterlyStatus reports. */
function lastQuarter(period: BenchPeriod): string {
  return formatQuarter(quarterOf(period.to));
}

const QUARTERLY_STATUS: DashboardQuery = {
  name: 'quarterlyStatus',
  document: dashboardDocument('quarterly-status/api/get-quarterly-status.graphql'),
  variables: (period) => ({
    municipalityCode: period.municipalityCode,
    quarter: lastQuarter(period),
  }),
  // The eleven tiles' numerators and denominators for the 8 quarters of the sparkline.
  rawSql: `SELECT 'visit' AS source, ${QUARTER('date_key')} AS quarter,
                  count(*) FILTER (WHERE outcome = 'served') AS a,
                  count(*) FILTER (WHERE outcome = 'served' AND NOT is_booked) AS b,
                  sum(wait_seconds) FILTER (WHERE outcome = 'served') AS c,
                  count(wait_seconds) FILTER (WHERE outcome = 'served') AS d
           FROM dw.fact_visit WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3 GROUP BY 2
           UNION ALL
           SELECT 'call', ${QUARTER('date_key')}, count(*) FILTER (WHERE outcome <> 'ivr_only'),
                  count(*) FILTER (WHERE outcome = 'answered'),
                  count(*) FILTER (WHERE outcome = 'answered' AND coalesce(queue_seconds, 0) < 60),
                  count(*) FILTER (WHERE outcome IN ('answered', 'abandoned'))
           FROM dw.fact_call WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3 GROUP BY 2
           UNION ALL
           SELECT 'booking', ${QUARTER('slot_date_key')}, count(*),
                  count(*) FILTER (WHERE status = 'no_show'),
                  count(*) FILTER (WHERE status IN ('attended', 'no_show')),
                  sum(slot_minutes) FILTER (WHERE status = 'attended')
           FROM dw.fact_booking WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3 GROUP BY 2
           UNION ALL
           SELECT 'slot', ${QUARTER('date_key')}, sum(slot_minutes), NULL, NULL, NULL
           FROM dw.fact_booking_slot WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3 GROUP BY 2
           UNION ALL
           SELECT 'self_service', extract(year FROM period_start) * 10 + extract(quarter FROM period_start),
                  sum(count_uses) FILTER (WHERE usage_kind IN ('digital', 'assisted_digital')),
                  sum(count_uses) FILTER (WHERE usage_kind IN ('digital', 'assisted_digital', 'paper')),
                  sum(count_uses) FILTER (WHERE usage_kind IN ('digital', 'assisted_digital', 'chatbot_session', 'pickup_box')),
                  NULL
           FROM dw.fact_self_service_usage
           WHERE municipality_code = $1 AND period_start BETWEEN to_date($2::text, 'YYYYMMDD') AND to_date($3::text, 'YYYYMMDD')
           GROUP BY 2`,
  // The 8 quarters ending with the period's last: the year before it too.
  rawParams: (period) => [
    period.municipalityCode,
    dateKey(period.from) - 10000,
    dateKey(period.to),
  ],
};

/** Contacts per month, service and channel from the facts (served visits, calls offered, self-service). */
const CONTACTS_BY_MONTH_SERVICE_CHANNEL = `
  SELECT ${MONTH('date_key')} AS month, service_id, 'visit' AS channel, count(*)::float8 AS n
  FROM dw.fact_visit WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3 AND outcome = 'served'
  GROUP BY 1, 2
  UNION ALL
  SELECT ${MONTH('date_key')}, service_id, 'call', count(*)
  FROM dw.fact_call WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3 AND outcome <> 'ivr_only'
  GROUP BY 1, 2
  UNION ALL
  SELECT to_char(period_start, 'YYYYMM')::int, service_id,
         CASE usage_kind WHEN 'chatbot_session' THEN 'chatbot' WHEN 'pickup_box' THEN 'pickup_box' ELSE 'digital' END,
         sum(count_uses)
  FROM dw.fact_self_service_usage
  WHERE municipality_code = $1 AND period_start BETWEEN to_date($2::text, 'YYYYMMDD') AND to_date($3::text, 'YYYYMMDD')
    AND usage_kind IN ('digital', 'assisted_digital', 'chatbot_session', 'pickup_box')
  GROUP BY 1, 2, 3`;

const CONTACT_PATTERNS: DashboardQuery = {
  name: 'contactPatterns',
  document: dashboardDocument('contact-patterns/api/get-contact-patterns.graphql'),
  variables: (period) => ({ ...municipalityAndPeriod(period), grain: 'MONTH' }),
  // Contacts by month × service × channel with their margins, and the year's inhabitants.
  rawSql: `SELECT c.month, s.service_code, c.channel, sum(c.n) AS contacts
           FROM (${CONTACTS_BY_MONTH_SERVICE_CHANNEL}) c
           LEFT JOIN dw.dim_service s USING (service_id)
           GROUP BY GROUPING SETS ((1, 2, 3), (1, 3), (1), (3), ())
           UNION ALL
           SELECT NULL, NULL, 'inhabitants', sum(count_inhabitants)
           FROM dw.fact_population WHERE municipality_code = $1 AND year = $2 / 10000`,
  rawParams: municipalityAndKeys,
};

const EFFICIENCY: DashboardQuery = {
  name: 'efficiency',
  document: dashboardDocument('efficiency/api/get-efficiency.graphql'),
  variables: (period) => ({ ...municipalityAndPeriod(period), grain: 'MONTH' }),
  // Staff hours and staffed contacts by month × channel, by month, by channel and over the year.
  rawSql: `SELECT month, channel, sum(contacts) AS contacts, sum(hours) AS staff_hours
           FROM (
             SELECT ${MONTH('date_key')} AS month, 'visit' AS channel, count(*)::float8 AS contacts, 0::float8 AS hours
             FROM dw.fact_visit WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3 AND outcome = 'served'
             GROUP BY 1
             UNION ALL
             SELECT ${MONTH('date_key')}, 'call', count(*), 0
             FROM dw.fact_call WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3 AND outcome <> 'ivr_only'
             GROUP BY 1
             UNION ALL
             SELECT ${MONTH('date_key')},
                    CASE activity WHEN 'counter' THEN 'visit' WHEN 'phone' THEN 'call' ELSE 'back_office' END,
                    0, sum(staff_hours)
             FROM dw.fact_staffing WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
             GROUP BY 1, 2
           ) x
           GROUP BY GROUPING SETS ((month, channel), (month), (channel), ())`,
  rawParams: municipalityAndKeys,
};

const BOOKING_CAPACITY: DashboardQuery = {
  name: 'bookingCapacity',
  document: /* GraphQL */ `
    query BookingCapacity($municipalityCode: String!, $from: String!, $to: String!) {
      bookingCapacity(municipalityCode: $municipalityCode, from: $from, to: $to, grain: MONTH) {
        series { period offeredMinutes bookedMinutes attendedMinutes noShowMinutes idleMinutes idleUnbookedMinutes utilisation }
        total { period offeredMinutes bookedMinutes attendedMinutes noShowMinutes idleMinutes idleUnbookedMinutes utilisation }
        ${TARGETS}
        ${ANNOTATIONS}
      }
    }
  `,
  variables: municipalityAndPeriod,
  // Offered slot minutes and booked minutes by status, by month and over the year.
  rawSql: `SELECT month, sum(offered) AS offered, sum(booked) AS booked, sum(attended) AS attended,
                  sum(no_show) AS no_show
           FROM (
             SELECT ${MONTH('date_key')} AS month, sum(slot_minutes) AS offered, 0 AS booked, 0 AS attended, 0 AS no_show
             FROM dw.fact_booking_slot WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
             GROUP BY 1
             UNION ALL
             SELECT ${MONTH('slot_date_key')}, 0,
                    sum(slot_minutes) FILTER (WHERE status IN ('booked', 'attended', 'no_show')),
                    sum(slot_minutes) FILTER (WHERE status = 'attended'),
                    sum(slot_minutes) FILTER (WHERE status = 'no_show')
             FROM dw.fact_booking WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3
             GROUP BY 1
           ) x
           GROUP BY ROLLUP (month)`,
  rawParams: municipalityAndKeys,
};

const DIGITAL_EXCLUSION: DashboardQuery = {
  name: 'digitalExclusion',
  document: dashboardDocument('digital-exclusion/api/get-digital-exclusion.graphql'),
  variables: municipalityAndPeriod,
  // The unsuppressed counts: visits by quarter × age band × booked × walk-in help × assisted
  // self-service, bookings by quarter × age band × channel, inhabitants and Digital Post exemptions.
  rawSql: `SELECT 'visits' AS part, ${QUARTER('date_key')} AS quarter, coalesce(age_band_code, '') AS age_band,
                  is_booked::text AS a, coalesce(walk_in_resolution, '') AS b, is_assisted_self_service::text AS c,
                  count(*) AS n
           FROM dw.fact_visit WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
           GROUP BY 2, 3, 4, 5, 6
           UNION ALL
           SELECT 'bookings', ${QUARTER('slot_date_key')}, coalesce(age_band_code, ''), booking_channel, NULL, NULL, count(*)
           FROM dw.fact_booking WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3
           GROUP BY 2, 3, 4
           UNION ALL
           SELECT 'inhabitants', year, age_band_code, NULL, NULL, NULL, sum(count_inhabitants)
           FROM dw.fact_population WHERE municipality_code = $1 AND year = $2 / 10000
           GROUP BY 2, 3
           UNION ALL
           SELECT 'exemptions', extract(year FROM period_start) * 10 + extract(quarter FROM period_start), NULL, NULL, NULL, NULL, sum(count_uses)
           FROM dw.fact_self_service_usage
           WHERE municipality_code = $1 AND usage_kind = 'digital_post_exemption'
             AND period_start BETWEEN to_date($2::text, 'YYYYMMDD') AND to_date($3::text, 'YYYYMMDD')
           GROUP BY 2`,
  rawParams: municipalityAndKeys,
};

/**
 * The metrics query reads the period, the previous period and the same period last year; a one-year
 * build holds facts for the period only, so the raw side computes the period's series and total
 * (GROUP BY ROLLUP) and the comparison periods cost neither side anything.
 */
export const DASHBOARD_QUERIES: readonly DashboardQuery[] = [
  {
    name: 'metrics: visits KPI set by month',
    document: METRICS_DOCUMENT,
    variables: metrics(
      ['visits', 'walk_in_share', 'mean_wait', 'mean_handling_time', 'no_show_tickets'],
      'MONTH',
    ),
    rawSql: `SELECT to_char(d.date, 'YYYY-MM') AS month,
                    count(*) FILTER (WHERE f.outcome = 'served') AS visits,
                    count(*) FILTER (WHERE f.outcome = 'served' AND NOT f.is_booked) AS walk_ins,
                    sum(f.wait_seconds) AS sum_wait, count(f.wait_seconds) AS waits,
                    sum(f.handling_seconds) AS sum_handling, count(f.handling_seconds) AS handled,
                    count(*) FILTER (WHERE f.outcome = 'no_show') AS no_shows
             FROM dw.fact_visit f JOIN dw.dim_date d USING (date_key)
             WHERE f.municipality_code = $1 AND f.date_key BETWEEN $2 AND $3
             GROUP BY ROLLUP (1)`,
    rawParams: municipalityAndKeys,
  },
  {
    name: 'metrics: calls KPI set by month (service level A, 60 s)',
    document: METRICS_DOCUMENT,
    variables: metrics(
      [
        'calls_offered',
        'calls_answered',
        'answer_rate',
        'service_level',
        'asa',
        'aht',
        'first_contact_resolution',
        'forwarded_to_hotline_share',
      ],
      'MONTH',
    ),
    rawSql: `SELECT to_char(d.date, 'YYYY-MM') AS month,
                    count(*) FILTER (WHERE f.outcome <> 'ivr_only') AS offered,
                    count(*) FILTER (WHERE f.outcome = 'answered') AS answered,
                    count(*) FILTER (WHERE f.outcome = 'answered' AND f.queue_seconds < 60) AS within_60,
                    count(*) FILTER (WHERE f.outcome IN ('answered', 'abandoned')) AS answered_or_abandoned,
                    sum(f.queue_seconds) FILTER (WHERE f.outcome = 'answered') AS sum_queue,
                    sum(f.talk_seconds + f.hold_seconds + f.wrap_up_seconds) FILTER (WHERE f.outcome = 'answered') AS sum_handling,
                    count(*) FILTER (WHERE f.outcome = 'answered' AND f.is_first_contact_resolved) AS resolved,
                    count(f.is_first_contact_resolved) FILTER (WHERE f.outcome = 'answered') AS coded,
                    count(*) FILTER (WHERE f.outcome = 'forwarded_hotline') AS forwarded
             FROM dw.fact_call f JOIN dw.dim_date d USING (date_key)
             WHERE f.municipality_code = $1 AND f.date_key BETWEEN $2 AND $3
             GROUP BY ROLLUP (1)`,
    rawParams: municipalityAndKeys,
  },
  {
    name: 'metrics: bookings KPI set by month and booking channel',
    document: METRICS_DOCUMENT,
    variables: metrics(
      ['bookings', 'booking_no_show_rate', 'cancellation_rate'],
      'MONTH',
      'BOOKING_CHANNEL',
    ),
    rawSql: `SELECT to_char(d.date, 'YYYY-MM') AS month, f.booking_channel,
                    count(*) AS bookings,
                    count(*) FILTER (WHERE f.status = 'no_show') AS no_shows,
                    count(*) FILTER (WHERE f.status IN ('attended', 'no_show')) AS held,
                    count(*) FILTER (WHERE f.status = 'cancelled') AS cancelled
             FROM dw.fact_booking f JOIN dw.dim_date d ON d.date_key = f.slot_date_key
             WHERE f.municipality_code = $1 AND f.slot_date_key BETWEEN $2 AND $3
             GROUP BY GROUPING SETS ((1, 2), ())`,
    rawParams: municipalityAndKeys,
  },
  {
    name: 'visitsByServiceMonth',
    document: dashboardDocument('visits/api/get-visits-by-service-month.graphql'),
    variables: municipalityAndPeriod,
    rawSql: `SELECT to_char(d.date, 'YYYY-MM') AS month, s.service_code, s.name_da, s.name_en,
                    count(*) AS visits
             FROM dw.fact_visit f
             JOIN dw.dim_date d USING (date_key)
             JOIN dw.dim_service s USING (service_id)
             WHERE f.municipality_code = $1 AND f.date_key BETWEEN $2 AND $3 AND f.outcome = 'served'
             GROUP BY 1, 2, 3, 4
             ORDER BY 1, 2`,
    rawParams: municipalityAndKeys,
  },
  {
    name: 'arrivalsHeatmap',
    document: dashboardDocument('visits/api/get-arrivals-heatmap.graphql'),
    variables: municipalityAndPeriod,
    rawSql: `WITH per_day AS (
               SELECT f.date_key, d.weekday, t.hour, count(*) AS arrivals
               FROM dw.fact_visit f
               JOIN dw.dim_date d USING (date_key)
               JOIN dw.dim_time_of_day t ON t.time_key = f.arrival_time_key
               WHERE f.municipality_code = $1 AND f.date_key BETWEEN $2 AND $3 AND d.is_opening_day
               GROUP BY 1, 2, 3
             ), days AS (
               SELECT weekday, count(DISTINCT date_key) AS opening_days FROM per_day GROUP BY weekday
             )
             SELECT p.weekday, p.hour, sum(p.arrivals)::float8 / min(w.opening_days) AS mean_arrivals
             FROM per_day p JOIN days w USING (weekday)
             GROUP BY 1, 2 ORDER BY 1, 2`,
    rawParams: municipalityAndKeys,
  },
  {
    name: 'dataQuality',
    document: dashboardDocument('data-quality/api/get-data-quality.graphql'),
    variables: (period) => ({ municipalityCode: period.municipalityCode }),
    // Rows loaded per source kind and file, counted in the facts instead of read from etl.source_file.
    rawSql: `SELECT 'visits' AS source_kind, source_file_id, count(*) FROM dw.fact_visit WHERE municipality_code = $1 GROUP BY 2
             UNION ALL
             SELECT 'calls', source_file_id, count(*) FROM dw.fact_call WHERE municipality_code = $1 GROUP BY 2
             UNION ALL
             SELECT 'bookings', source_file_id, count(*) FROM dw.fact_booking WHERE municipality_code = $1 GROUP BY 2`,
    rawParams: (period) => [period.municipalityCode],
  },
  {
    name: 'peaks',
    document: dashboardDocument('peaks/api/get-peaks.graphql'),
    // The peaks page's defaults: by the hour, its ten busiest days.
    variables: (period) => ({ ...municipalityAndPeriod(period), resolution: 'HOUR', topDays: 10 }),
    // Profiles of visits and calls (opening days only) and contacts per day of the three channels.
    rawSql: `WITH arrivals AS (
               SELECT 'visit' AS channel, date_key, arrival_time_key AS time_key FROM dw.fact_visit
               WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
               UNION ALL
               SELECT 'call', date_key, arrival_time_key FROM dw.fact_call
               WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
             ), per_slot AS (
               SELECT a.channel, a.date_key, d.weekday, t.hour, count(*) AS n
               FROM arrivals a JOIN dw.dim_date d USING (date_key)
               JOIN dw.dim_time_of_day t USING (time_key)
               WHERE d.is_opening_day
               GROUP BY 1, 2, 3, 4
             ), days AS (
               SELECT channel, weekday, count(DISTINCT date_key) AS opening_days FROM per_slot GROUP BY 1, 2
             )
             SELECT 'profile' AS part, p.channel, p.weekday, p.hour, NULL::int AS date_key,
                    sum(p.n)::float8 / min(w.opening_days) AS value
             FROM per_slot p JOIN days w USING (channel, weekday) GROUP BY 2, 3, 4
             UNION ALL
             SELECT 'day', channel, NULL, NULL, date_key, count(*) FROM arrivals GROUP BY 2, 5
             UNION ALL
             SELECT 'day', 'booking', NULL, NULL, slot_date_key, count(*) FROM dw.fact_booking
             WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3
               AND status IN ('booked', 'attended', 'no_show')
             GROUP BY 2, 5`,
    rawParams: municipalityAndKeys,
  },
  {
    name: 'municipalities',
    national: true,
    document: dashboardDocument('filters/api/get-municipalities.graphql'),
    variables: () => ({}),
    rawSql: `SELECT m.municipality_code, m.name_da, m.region, min(f.date_key), max(f.date_key)
             FROM dw.fact_visit f JOIN dw.dim_municipality m USING (municipality_code)
             GROUP BY 1, 2, 3 ORDER BY 2`,
    rawParams: () => [],
  },
  QUARTERLY_STATUS,
  CONTACT_PATTERNS,
  EFFICIENCY,
  BOOKING_CAPACITY,
  DIGITAL_EXCLUSION,
];

/** The load test's query: the quarterly status report, the dashboard's landing page. */
export const LOAD_TEST_QUERY: GraphqlRequest & { standsInFor: string | null } = {
  ...QUARTERLY_STATUS,
  standsInFor: null,
};
