import type { Dimension } from './kpi-types';

export interface DimensionSql {
  join?: string;
  value: string;
  /** The value reads dw.dim_date (alias d), which the query then joins. */
  usesDate?: boolean;
}

export interface Source {
  /** A table, or a parenthesised query, read as alias r. */
  table: string;
  /** The source's day column, joined to dw.dim_date.date_key. */
  dateKeyColumn: string;
  /** SQL of each dimension the source can be split or filtered by (r = the source, d = dw.dim_date). */
  dimensions: Partial<Record<Dimension, DimensionSql>>;
}

// Left joins: the cross-channel and capacity sources have rows without a service (rota hours,
// population, slots open to any service) that still count in a period's total.
const serviceDimension = {
  join: 'LEFT JOIN dw.dim_service s ON s.service_id = r.service_id',
  value: 's.service_code',
};
const siteDimension = {
  join: 'LEFT JOIN dw.dim_site site ON site.site_id = r.site_id',
  value: 'site.site_code',
};
/** Hours written 00–23 so that they sort as text. */
const hourOfSlot = (timeKey: string) => ({ value: `lpad((r.${timeKey} / 4)::text, 2, '0')` });

/** Every source has a day and a municipality. */
function source(table: string, dateKeyColumn: string, dimensions: Source['dimensions']): Source {
  return monthlySource(table, dateKeyColumn, {
    WEEKDAY: { value: 'd.weekday::text', usesDate: true },
    ...dimensions,
  });
}

/**
 * A monthly source keys its rows by the first day of their month, so it has no weekday and serves
 * only periods of whole months at month, quarter or year grain.
 */
function monthlySource(
  table: string,
  dateKeyColumn: string,
  dimensions: Source['dimensions'],
): Source {
  return {
    table,
    dateKeyColumn,
    dimensions: { MUNICIPALITY: { value: 'r.municipality_code::text' }, ...dimensions },
  };
}

/**
 * Contacts, staff hours and inhabitants side by side, one row per day (a monthly self-service
 * figure is dated by its period's first day, so a range or grain that cuts a month counts it where
 * it starts). Staffed channels: the counter serves visits, the phone rota answers calls; back
 * office hours have no channel. Population is a stock: each day of a year carries that year's
 * inhabitants, so the mean over a period's days is the period's population.
 */
const channelContacts = (visits: string, calls: string, dayKey: string) => `(
  SELECT municipality_code, ${dayKey} AS date_key, service_id, 'visit'::text AS channel_code,
         count_served::float8 AS count_contacts, NULL::float8 AS staff_hours, NULL::float8 AS inhabitants
  FROM ${visits}
  UNION ALL
  SELECT municipality_code, ${dayKey}, service_id, 'call', count_calls, NULL, NULL
  FROM ${calls} WHERE outcome <> 'ivr_only'
  UNION ALL
  SELECT municipality_code, to_char(period_start, 'YYYYMMDD')::int, service_id,
         CASE usage_kind WHEN 'chatbot_session' THEN 'chatbot' WHEN 'pickup_box' THEN 'pickup_box' ELSE 'digital' END,
         count_uses, NULL, NULL
  FROM dw.fact_self_service_usage
  WHERE usage_kind IN ('digital', 'assisted_digital', 'chatbot_session', 'pickup_box')
  UNION ALL
  SELECT municipality_code, date_key, NULL,
         CASE activity WHEN 'counter' THEN 'visit' WHEN 'phone' THEN 'call' END, NULL, staff_hours, NULL
  FROM dw.fact_staffing
  UNION ALL
  SELECT p.municipality_code, d.date_key, NULL, NULL, NULL, NULL, sum(p.count_inhabitants)
  FROM dw.fact_population p JOIN dw.dim_date d ON d.year = p.year
  GROUP BY p.municipality_code, d.date_key
)`;
/**
 * The monthly level reads the monthly visit and call rollups; rota hours and inhabitants stay by
 * day (a whole month of them sums and averages the same), self-service is monthly already.
 */
const CHANNEL_DAILY = channelContacts('mart.visit_daily', 'mart.call_daily', 'date_key');
const CHANNEL_MONTHLY = channelContacts(
  'mart.visit_monthly',
  'mart.call_monthly',
  'month_start_key',
);

/**
 * Offered slots and bookings as the capacity rollups are built from them: each slot offers its
 * minutes, each booking holds its slot's minutes under its status.
 */
const CAPACITY_FACTS = `(
  SELECT municipality_code, date_key, time_key, site_id, service_id, 'offered'::text AS status,
         slot_minutes::float8 AS minutes
  FROM dw.fact_booking_slot
  UNION ALL
  SELECT municipality_code, slot_date_key, slot_time_key, site_id, service_id, status, slot_minutes
  FROM dw.fact_booking
)`;

export const SOURCES = {
  visitDaily: source('mart.visit_daily', 'date_key', {
    SERVICE: serviceDimension,
    SITE: siteDimension,
  }),
  visitMonthly: monthlySource('mart.visit_monthly', 'month_start_key', {
    SERVICE: serviceDimension,
    SITE: siteDimension,
  }),
  visitArrivals: source('mart.visit_arrivals', 'date_key', {
    SITE: siteDimension,
    HOUR: hourOfSlot('time_key'),
  }),
  visitFacts: source('dw.fact_visit', 'date_key', {
    SERVICE: serviceDimension,
    SITE: siteDimension,
    HOUR: hourOfSlot('arrival_time_key'),
  }),
  callDaily: source('mart.call_daily', 'date_key', { SERVICE: serviceDimension }),
  callMonthly: monthlySource('mart.call_monthly', 'month_start_key', {
    SERVICE: serviceDimension,
  }),
  callFacts: source('dw.fact_call', 'date_key', {
    SERVICE: serviceDimension,
    HOUR: hourOfSlot('arrival_time_key'),
  }),
  bookingDaily: source('mart.booking_daily', 'slot_date_key', {
    SERVICE: serviceDimension,
    SITE: siteDimension,
    BOOKING_CHANNEL: { value: 'r.booking_channel' },
    AGE_BAND: { value: 'r.age_band_code' },
  }),
  bookingMonthly: monthlySource('mart.booking_monthly', 'month_start_key', {
    SERVICE: serviceDimension,
    SITE: siteDimension,
    BOOKING_CHANNEL: { value: 'r.booking_channel' },
  }),
  bookingFacts: source('dw.fact_booking', 'slot_date_key', {
    SERVICE: serviceDimension,
    SITE: siteDimension,
    BOOKING_CHANNEL: { value: 'r.booking_channel' },
    // The rollup writes '' for a booking without a CPR number; the facts keep null.
    AGE_BAND: { value: `coalesce(r.age_band_code, '')` },
    HOUR: hourOfSlot('slot_time_key'),
  }),
  selfService: source(
    `(SELECT *, to_char(period_start, 'YYYYMMDD')::int AS date_key FROM dw.fact_self_service_usage)`,
    'date_key',
    { SERVICE: serviceDimension },
  ),
  channelDaily: source(CHANNEL_DAILY, 'date_key', {
    SERVICE: serviceDimension,
    CHANNEL: { value: 'r.channel_code' },
  }),
  capacityDaily: source('mart.booking_slot_daily', 'date_key', {
    SERVICE: serviceDimension,
    SITE: siteDimension,
  }),
  capacityFacts: source(CAPACITY_FACTS, 'date_key', {
    SERVICE: serviceDimension,
    SITE: siteDimension,
    HOUR: hourOfSlot('time_key'),
  }),
  channelMonthly: monthlySource(CHANNEL_MONTHLY, 'date_key', {
    SERVICE: serviceDimension,
    CHANNEL: { value: 'r.channel_code' },
  }),
  capacityMonthly: monthlySource('mart.booking_slot_monthly', 'month_start_key', {
    SERVICE: serviceDimension,
    SITE: siteDimension,
  }),
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/**
 * The monthly source of each daily rollup that has one: the same columns summed by month, so a
 * KPI's rollup SQL reads either (aggregate awareness picks the coarsest that can serve).
 */
export const MONTHLY_OF: Partial<Record<SourceId, SourceId>> = {
  visitDaily: 'visitMonthly',
  callDaily: 'callMonthly',
  bookingDaily: 'bookingMonthly',
  channelDaily: 'channelMonthly',
  capacityDaily: 'capacityMonthly',
};

/**
 * Daily sources whose KPIs are all plain sums, so that a range's total is the monthly rows of its
 * whole months plus the daily rows of the days around them. Not the cross-channel source: its
 * population is a mean over days and FTE divides by a constant.
 */
export const SUMS_SPLIT_BY_MONTH: ReadonlySet<SourceId> = new Set<SourceId>([
  'visitDaily',
  'callDaily',
  'bookingDaily',
  'capacityDaily',
]);
