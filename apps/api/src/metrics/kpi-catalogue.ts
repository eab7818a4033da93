import { QUEUE_BUCKET_SECONDS } from '@kanalindsigt/warehouse/reference/rollup-buckets';

/**
 * The KPI catalogue (docs KPIS.md): every KPI defined once, as a numerator and an optional
 * denominator that are SQL aggregates over ONE source table. Because both are sums, any grain or
 * dimension re-aggregates them exactly: a mean or a rate is always Σ numerator ÷ Σ denominator over
 * the rows of its cell, never an average of averages.
 *
 * Event and capacity KPIs (visits, calls, bookings, booking capacity) are defined twice, over a
 * mart rollup and over the facts it is built from. The repository answers from the rollup whenever
 * the rollup holds every dimension, filter and option asked for (aggregate awareness), and from the
 * facts otherwise: an hour of the day, or a service-level threshold between two queue-time
 * buckets, is then still exact. A daily
 * rollup with a monthly twin (MONTHLY_OF) is read at the monthly level when the request is by month,
 * quarter or year over whole months and needs nothing the month does not keep.
 */

export enum Grain {
  DAY = 'DAY',
  ISO_WEEK = 'ISO_WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

export enum Dimension {
  SERVICE = 'SERVICE',
  WEEKDAY = 'WEEKDAY',
  BOOKING_CHANNEL = 'BOOKING_CHANNEL',
  SITE = 'SITE',
  AGE_BAND = 'AGE_BAND',
  HOUR = 'HOUR',
  CHANNEL = 'CHANNEL',
  MUNICIPALITY = 'MUNICIPALITY',
}

/** Which table answered: a monthly or a daily mart rollup, or the facts they are built from. */
export enum MetricSource {
  MONTHLY_ROLLUP = 'MONTHLY_ROLLUP',
  ROLLUP = 'ROLLUP',
  FACTS = 'FACTS',
}

export enum KpiUnit {
  COUNT = 'COUNT',
  PERCENT = 'PERCENT',
  SECONDS = 'SECONDS',
  MINUTES = 'MINUTES',
  HOURS = 'HOURS',
  FTE = 'FTE',
  DKK = 'DKK',
  PER_THOUSAND = 'PER_THOUSAND',
  PER_HOUR = 'PER_HOUR',
}

/** value = scale × numerator ÷ denominator. */
export const UNIT_SCALE: Partial<Record<KpiUnit, number>> = {
  PERCENT: 100,
  PER_THOUSAND: 1000,
};

export enum ServiceLevelVariant {
  A = 'A',
  B = 'B',
  C = 'C',
}

/** Queue-time thresholds the call rollup answers exactly: the bounds of its buckets. */
export const QUEUE_BUCKET_BOUNDS: readonly number[] = QUEUE_BUCKET_SECONDS;

/**
 * Annual hours of one full-time equivalent (årsværk): 37 h a week over the 44 weeks left of a
 * year's 52.14 once the 6 weeks of paid holiday (5 weeks' ferie + 5 feriefridage) and the ~2.1
 * weeks of public holidays on weekdays are taken out: 44 × 37 = 1,628 h. The gross norm
 * (52 × 37 = 1,924 h) would count holiday as productive time and understate the FTE a rota uses.
 */
export const DEFAULT_HOURS_PER_FTE = 1628;
/** Cost of one FTE in DKK: the 0.4 mio. kr. per årsværk the municipality's budget papers use. */
export const DEFAULT_COST_PER_FTE = 400_000;

export interface KpiOptions {
  serviceLevelVariant: ServiceLevelVariant;
  /** T: answered within T seconds counts towards the service level. */
  serviceLevelSeconds: number;
  /** Abandons after less than this many seconds in queue are short abandons. */
  shortAbandonSeconds: number;
  /** A served visit waited over target when its wait is longer than this. */
  waitTargetSeconds: number;
  hoursPerFte: number;
  costPerFte: number;
}

export const DEFAULT_KPI_OPTIONS: KpiOptions = {
  serviceLevelVariant: ServiceLevelVariant.A,
  serviceLevelSeconds: 60,
  shortAbandonSeconds: 5,
  waitTargetSeconds: 15 * 60,
  hoursPerFte: DEFAULT_HOURS_PER_FTE,
  costPerFte: DEFAULT_COST_PER_FTE,
};

export type NumericOption = Exclude<keyof KpiOptions, 'serviceLevelVariant'>;

/**
 * What a KPI's SQL may use: the chosen variant (it picks an expression) and a bind parameter per
 * numeric option, so no user value is ever written into the SQL text.
 */
export interface KpiSql {
  variant: ServiceLevelVariant;
  param(option: NumericOption): string;
}

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

export interface Aggregates {
  /** SQL aggregate over the source's rows (alias r). */
  numerator(sql: KpiSql): string;
  /** SQL aggregate over the same rows; absent for counts, whose value is the numerator. */
  denominator?(sql: KpiSql): string;
}

export interface KpiPath extends Aggregates {
  source: SourceId;
}

export interface KpiDefinition {
  id: string;
  labelDa: string;
  labelEn: string;
  descriptionDa: string;
  descriptionEn: string;
  unit: KpiUnit;
  definitionVersion: number;
  grains: readonly Grain[];
  /** What the KPI can be split and filtered by: on its rollup or, failing that, its facts. */
  dimensions: readonly Dimension[];
  /** The aggregate the KPI is answered from when it can be. */
  rollup?: KpiPath & {
    /** False when the options ask for more detail than the rollup keeps. */
    answers?(options: KpiOptions): boolean;
  };
  /** The KPI over the facts: exact for any dimension or option the facts hold. */
  facts?: KpiPath;
}

interface KpiText {
  id: string;
  labelDa: string;
  labelEn: string;
  descriptionDa: string;
  descriptionEn: string;
  unit: KpiUnit;
  definitionVersion: number;
}

const ALL_GRAINS = Object.values(Grain);
/** Monthly self-service figures cannot be split into days or weeks. */
const MONTH_AND_LONGER = [Grain.MONTH, Grain.QUARTER, Grain.YEAR];

function dimensionsOf(...paths: (KpiPath | undefined)[]): Dimension[] {
  const all = new Set(paths.flatMap((p) => (p ? Object.keys(SOURCES[p.source].dimensions) : [])));
  return Object.values(Dimension).filter((dimension) => all.has(dimension));
}

/**
 * An event KPI written once against a kind's vocabulary (`E`), which each of its two sources
 * spells in its own columns: the rollup sums pre-counted columns, the facts count rows.
 */
interface EventKind<E> {
  rollup: SourceId;
  facts: SourceId;
  rollupSql: E;
  factsSql: E;
}

function eventKpi<E>(
  kind: EventKind<E>,
  spec: KpiText & {
    numerator(e: E, sql: KpiSql): string;
    denominator?(e: E, sql: KpiSql): string;
    rollupAnswers?(options: KpiOptions): boolean;
    /** Facts-only KPIs: the rollup does not keep what they need. */
    factsOnly?: boolean;
  },
): KpiDefinition {
  const { numerator, denominator, rollupAnswers, factsOnly, ...text } = spec;
  const path = (sourceId: SourceId, e: E): KpiPath => ({
    source: sourceId,
    numerator: (sql) => numerator(e, sql),
    ...(denominator && { denominator: (sql: KpiSql) => denominator(e, sql) }),
  });
  const rollup = factsOnly
    ? undefined
    : { ...path(kind.rollup, kind.rollupSql), ...(rollupAnswers && { answers: rollupAnswers }) };
  const facts = path(kind.facts, kind.factsSql);
  return { ...text, grains: ALL_GRAINS, dimensions: dimensionsOf(rollup, facts), rollup, facts };
}

/** A KPI with a single source (cross-channel, self-service, staffing). */
function sourceKpi(
  spec: KpiText &
    Aggregates & { source: SourceId; grains?: readonly Grain[]; dimensions: readonly Dimension[] },
): KpiDefinition {
  const { source: sourceId, numerator, denominator, grains, dimensions, ...text } = spec;
  const rollup = { source: sourceId, numerator, ...(denominator && { denominator }) };
  return { ...text, grains: grains ?? ALL_GRAINS, dimensions, rollup };
}

// ── Visits ────────────────────────────────────────────────────────────────────────────────────

interface VisitSql {
  /** Served tickets matching an optional condition. */
  served(filter?: string): string;
  sumWait: string;
  countWaits: string;
  sumHandling: string;
  countHandled: string;
  noShows: string;
}

const SERVED = `r.outcome = 'served'`;
const and = (a: string, b?: string) => (b ? `${a} AND ${b}` : a);

const VISITS: EventKind<VisitSql> = {
  rollup: 'visitDaily',
  facts: 'visitFacts',
  rollupSql: {
    served: (filter) => `sum(r.count_served)${filter ? ` FILTER (WHERE ${filter})` : ''}`,
    sumWait: 'sum(r.sum_wait_seconds)',
    countWaits: 'sum(r.count_waits)',
    sumHandling: 'sum(r.sum_handling_seconds)',
    countHandled: 'sum(r.count_handled)',
    noShows: 'sum(r.count_no_show)',
  },
  // As VISIT_DAILY (libs/warehouse/src/rollups/visit-rollups.ts) builds mart.visit_daily from dw.fact_visit.
  factsSql: {
    served: (filter) => `count(*) FILTER (WHERE ${and(SERVED, filter)})`,
    sumWait: `sum(r.wait_seconds) FILTER (WHERE ${SERVED})`,
    countWaits: `count(r.wait_seconds) FILTER (WHERE ${SERVED})`,
    sumHandling: 'sum(r.handling_seconds)',
    countHandled: 'count(r.handling_seconds)',
    noShows: `count(*) FILTER (WHERE r.outcome = 'no_show')`,
  },
};

const VISIT_KPIS: KpiDefinition[] = [
  eventKpi(VISITS, {
    id: 'visits',
    labelDa: 'Personlige henvendelser',
    labelEn: 'Visits',
    descriptionDa: 'Betjente køsedler; en seddel kaldt igen efter udeblivelse tæller én gang.',
    descriptionEn: 'Served tickets; a ticket recalled after a no-show counts once.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: (v) => v.served(),
  }),
  eventKpi(VISITS, {
    id: 'walk_in_share',
    labelDa: 'Andel uden tidsbestilling',
    labelEn: 'Walk-in share',
    descriptionDa: 'Betjente besøg uden tidsbestilling ÷ betjente besøg.',
    descriptionEn: 'Served visits without a booking ÷ served visits.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (v) => v.served('NOT r.is_booked'),
    denominator: (v) => v.served(),
  }),
  eventKpi(VISITS, {
    id: 'mean_wait',
    labelDa: 'Gennemsnitlig ventetid',
    labelEn: 'Mean wait',
    descriptionDa:
      'Summen af ventetider ÷ antal målte ventetider (betjening start − seddel trukket). Median og 90-percentil kræver de enkelte besøg og er ikke med i denne version.',
    descriptionEn:
      'Sum of waits ÷ number of waits measured (service start − ticket drawn). Median and 90th percentile need the individual visits and are not in this version.',
    unit: KpiUnit.SECONDS,
    definitionVersion: 1,
    numerator: (v) => v.sumWait,
    denominator: (v) => v.countWaits,
  }),
  eventKpi(VISITS, {
    id: 'waited_over_target_share',
    labelDa: 'Andel der ventede over målet',
    labelEn: 'Waited over target',
    descriptionDa:
      'Betjente besøg med ventetid over målet (standard 15 min) ÷ betjente besøg med målt ventetid. Læses fra de enkelte besøg, da rollup-tabellen kun har summer.',
    descriptionEn:
      'Served visits that waited longer than the target (default 15 min) ÷ served visits with a measured wait. Read from the individual visits: the rollup keeps only sums.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    factsOnly: true,
    numerator: (_v, sql) =>
      `count(*) FILTER (WHERE ${SERVED} AND r.wait_seconds > ${sql.param('waitTargetSeconds')})`,
    denominator: (v) => v.countWaits,
  }),
  eventKpi(VISITS, {
    id: 'mean_handling_time',
    labelDa: 'Gennemsnitlig betjeningstid',
    labelEn: 'Mean handling time',
    descriptionDa: 'Summen af betjeningstider (slut − start) ÷ antal betjeninger med sluttid.',
    descriptionEn: 'Sum of handling times (end − start) ÷ number of visits with a service end.',
    unit: KpiUnit.SECONDS,
    definitionVersion: 1,
    numerator: (v) => v.sumHandling,
    denominator: (v) => v.countHandled,
  }),
  eventKpi(VISITS, {
    id: 'no_show_tickets',
    labelDa: 'Udeblevne køsedler',
    labelEn: 'No-show tickets',
    descriptionDa: 'Køsedler uden betjeningsslut: borgeren kom ikke, da sedlen blev kaldt.',
    descriptionEn: 'Tickets without a service end: the citizen did not come when called.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: (v) => v.noShows,
  }),
  eventKpi(VISITS, {
    id: 'assisted_self_service',
    labelDa: 'Hjælp til selvbetjening',
    labelEn: 'Assisted self-service',
    descriptionDa: 'Besøg hvor en medarbejder hjalp borgeren gennem en selvbetjeningsløsning.',
    descriptionEn: 'Visits where staff helped a citizen through a self-service solution.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    factsOnly: true,
    numerator: (v) => v.served('r.is_assisted_self_service'),
  }),
  eventKpi(
    {
      rollup: 'visitArrivals',
      facts: 'visitFacts',
      rollupSql: 'sum(r.count_arrivals)',
      factsSql: 'count(*)',
    },
    {
      id: 'tickets_drawn',
      labelDa: 'Trukne køsedler',
      labelEn: 'Tickets drawn',
      descriptionDa: 'Alle trukne køsedler, betjente og udeblevne; kan deles på time.',
      descriptionEn: 'Every ticket drawn, served or not; can be split by hour.',
      unit: KpiUnit.COUNT,
      definitionVersion: 1,
      numerator: (count) => count,
    },
  ),
];

// ── Calls ─────────────────────────────────────────────────────────────────────────────────────

interface CallSql {
  calls(filter: string): string;
  /** Seconds in queue, by bucket lower bound in the rollup and exactly in the facts. */
  queue: string;
  sum(measure: 'queue_seconds' | 'talk_seconds' | 'hold_seconds' | 'wrap_up_seconds'): string;
  resolved(filter: string): string;
  coded(filter: string): string;
}

// As CALL_DAILY (libs/warehouse/src/rollups/call-rollups.ts) builds mart.call_daily from dw.fact_call.
const CALLS: EventKind<CallSql> = {
  rollup: 'callDaily',
  facts: 'callFacts',
  rollupSql: {
    calls: (filter) => `sum(r.count_calls) FILTER (WHERE ${filter})`,
    queue: 'r.queue_bucket_seconds',
    sum: (measure) => `sum(r.sum_${measure})`,
    resolved: (filter) => `sum(r.count_first_contact_resolved) FILTER (WHERE ${filter})`,
    coded: (filter) => `sum(r.count_resolution_coded) FILTER (WHERE ${filter})`,
  },
  factsSql: {
    calls: (filter) => `count(*) FILTER (WHERE ${filter})`,
    queue: 'coalesce(r.queue_seconds, 0)',
    sum: (measure) => `sum(r.${measure})`,
    resolved: (filter) => `count(*) FILTER (WHERE ${filter} AND r.is_first_contact_resolved)`,
    coded: (filter) => `count(r.is_first_contact_resolved) FILTER (WHERE ${filter})`,
  },
};

// Answered means the 'answered' outcome only: a transferred, forwarded or called-back call is
// offered but not answered by the municipality's queue.
const ANSWERED = `r.outcome = 'answered'`;
const ABANDONED = `r.outcome = 'abandoned'`;
const OFFERED = `r.outcome <> 'ivr_only'`;
const shortAbandon = (c: CallSql, sql: KpiSql) =>
  `${ABANDONED} AND ${c.queue} < ${sql.param('shortAbandonSeconds')}`;

const SERVICE_LEVEL_DENOMINATORS: Record<ServiceLevelVariant, (c: CallSql, sql: KpiSql) => string> =
  {
    A: (c) => c.calls(`${ANSWERED} OR ${ABANDONED}`),
    B: (c, sql) => c.calls(`${OFFERED} AND NOT (${shortAbandon(c, sql)})`),
    C: (c, sql) =>
      c.calls(
        `${ANSWERED} OR (${ABANDONED} AND ${c.queue} >= ${sql.param('serviceLevelSeconds')})`,
      ),
  };

const atBucketBound = (seconds: number) => QUEUE_BUCKET_BOUNDS.includes(seconds);

const CALL_KPIS: KpiDefinition[] = [
  eventKpi(CALLS, {
    id: 'calls_offered',
    labelDa: 'Tilbudte opkald',
    labelEn: 'Calls offered',
    descriptionDa: 'Opkald der nåede en kø; opkald der sluttede i talemenuen tælles ikke med.',
    descriptionEn: 'Calls that reached a queue; calls that ended in the IVR are not counted.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: (c) => c.calls(OFFERED),
  }),
  eventKpi(CALLS, {
    id: 'calls_answered',
    labelDa: 'Besvarede opkald',
    labelEn: 'Calls answered',
    descriptionDa: 'Opkald besvaret i kommunens kø (udfald "answered").',
    descriptionEn: "Calls answered in the municipality's queue (outcome 'answered').",
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: (c) => c.calls(ANSWERED),
  }),
  eventKpi(CALLS, {
    id: 'calls_abandoned',
    labelDa: 'Opgivne opkald',
    labelEn: 'Calls abandoned',
    descriptionDa: 'Opkald hvor borgeren lagde på i køen, inklusive korte opgivelser.',
    descriptionEn: 'Calls where the caller hung up in the queue, short abandons included.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: (c) => c.calls(ABANDONED),
  }),
  eventKpi(CALLS, {
    id: 'short_abandons',
    labelDa: 'Korte opgivelser',
    labelEn: 'Short abandons',
    descriptionDa:
      'Opgivne opkald med kortere køtid end grænsen (standard 5 s). En grænse mellem køtidsintervallerne læses fra de enkelte opkald.',
    descriptionEn:
      'Abandoned calls that queued less than the threshold (default 5 s). A threshold between queue-time buckets is read from the individual calls.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: (c, sql) => c.calls(shortAbandon(c, sql)),
    rollupAnswers: (o) => atBucketBound(o.shortAbandonSeconds),
  }),
  eventKpi(CALLS, {
    id: 'answer_rate',
    labelDa: 'Svarprocent',
    labelEn: 'Answer rate',
    descriptionDa: 'Besvarede opkald ÷ tilbudte opkald.',
    descriptionEn: 'Answered calls ÷ calls offered.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (c) => c.calls(ANSWERED),
    denominator: (c) => c.calls(OFFERED),
  }),
  eventKpi(CALLS, {
    id: 'service_level',
    labelDa: 'Serviceniveau',
    labelEn: 'Service level',
    descriptionDa:
      'Opkald besvaret inden for T sekunder ÷ en nævner efter variant: A = besvarede + opgivne; B = tilbudte − korte opgivelser; C = besvarede + opgivne efter T. T (standard 60 s) er eksakt ved køtidsintervallernes grænser (0, 5, 10, 20, 30, 45, 60, 90, 120, 180, 300 s) i rollup-tabellen og ellers fra de enkelte opkald.',
    descriptionEn:
      'Calls answered within T seconds ÷ a denominator by variant: A = answered + abandoned; B = offered − short abandons; C = answered + abandoned after T. T (default 60 s) is answered from the rollup at a queue-time bucket bound (0, 5, 10, 20, 30, 45, 60, 90, 120, 180, 300 s) and from the individual calls otherwise.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (c, sql) =>
      c.calls(`${ANSWERED} AND ${c.queue} < ${sql.param('serviceLevelSeconds')}`),
    denominator: (c, sql) => SERVICE_LEVEL_DENOMINATORS[sql.variant](c, sql),
    rollupAnswers: (o) =>
      atBucketBound(o.serviceLevelSeconds) &&
      (o.serviceLevelVariant !== ServiceLevelVariant.B || atBucketBound(o.shortAbandonSeconds)),
  }),
  eventKpi(CALLS, {
    id: 'asa',
    labelDa: 'Gennemsnitlig svartid (ASA)',
    labelEn: 'Average speed of answer (ASA)',
    descriptionDa: 'Køtid for besvarede opkald ÷ besvarede opkald.',
    descriptionEn: 'Queue time of answered calls ÷ answered calls.',
    unit: KpiUnit.SECONDS,
    definitionVersion: 1,
    numerator: (c) => `${c.sum('queue_seconds')} FILTER (WHERE ${ANSWERED})`,
    denominator: (c) => c.calls(ANSWERED),
  }),
  eventKpi(CALLS, {
    id: 'aht',
    labelDa: 'Gennemsnitlig behandlingstid (AHT)',
    labelEn: 'Average handling time (AHT)',
    descriptionDa: 'Samtale + parkering + efterbehandling for besvarede opkald ÷ besvarede opkald.',
    descriptionEn: 'Talk + hold + wrap-up of answered calls ÷ answered calls.',
    unit: KpiUnit.SECONDS,
    definitionVersion: 1,
    numerator: (c) =>
      // Each part summed alone, so that a call without hold time still counts its talk.
      (['talk_seconds', 'hold_seconds', 'wrap_up_seconds'] as const)
        .map((measure) => `coalesce(${c.sum(measure)} FILTER (WHERE ${ANSWERED}), 0)`)
        .join(' + '),
    denominator: (c) => c.calls(ANSWERED),
  }),
  eventKpi(CALLS, {
    id: 'first_contact_resolution',
    labelDa: 'Straksafklaring',
    labelEn: 'First-contact resolution',
    descriptionDa:
      'Besvarede opkald kodet som afklaret ved første kontakt ÷ besvarede opkald med en afklaringskode.',
    descriptionEn:
      'Answered calls coded as resolved at first contact ÷ answered calls with a resolution code.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (c) => c.resolved(ANSWERED),
    denominator: (c) => c.coded(ANSWERED),
  }),
  eventKpi(CALLS, {
    id: 'forwarded_to_hotline_share',
    labelDa: 'Andel viderestillet til Den Digitale Hotline',
    labelEn: 'Forwarded-to-hotline share',
    descriptionDa: 'Opkald viderestillet til den tværkommunale hotline ÷ tilbudte opkald.',
    descriptionEn: 'Calls forwarded to the inter-municipal hotline ÷ calls offered.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (c) => c.calls(`r.outcome = 'forwarded_hotline'`),
    denominator: (c) => c.calls(OFFERED),
  }),
];

// ── Bookings ──────────────────────────────────────────────────────────────────────────────────

interface BookingSql {
  bookings(filter?: string): string;
}

// As BOOKING_DAILY (libs/warehouse/src/rollups/booking-rollups.ts) builds mart.booking_daily from dw.fact_booking.
const BOOKINGS: EventKind<BookingSql> = {
  rollup: 'bookingDaily',
  facts: 'bookingFacts',
  rollupSql: {
    bookings: (filter) => `sum(r.count_bookings)${filter ? ` FILTER (WHERE ${filter})` : ''}`,
  },
  factsSql: { bookings: (filter) => `count(*)${filter ? ` FILTER (WHERE ${filter})` : ''}` },
};

const BOOKING_KPIS: KpiDefinition[] = [
  eventKpi(BOOKINGS, {
    id: 'bookings',
    labelDa: 'Tidsbestillinger',
    labelEn: 'Bookings',
    descriptionDa: 'Bestillinger pr. tidsdag uanset status (også aflyste og flyttede).',
    descriptionEn: 'Bookings by slot day, whatever their status (cancelled and rescheduled too).',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: (b) => b.bookings(),
  }),
  eventKpi(BOOKINGS, {
    id: 'booking_no_show_rate',
    labelDa: 'Udeblivelsesprocent',
    labelEn: 'Booking no-show rate',
    descriptionDa:
      'Udeblevne ÷ (fremmødte + udeblevne); kun afholdte tider har en af de to statusser.',
    descriptionEn: 'No-shows ÷ (attended + no-shows); only slots in the past carry either status.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (b) => b.bookings(`r.status = 'no_show'`),
    denominator: (b) => b.bookings(`r.status IN ('attended', 'no_show')`),
  }),
  eventKpi(BOOKINGS, {
    id: 'cancellation_rate',
    labelDa: 'Aflysningsprocent',
    labelEn: 'Cancellation rate',
    descriptionDa: 'Aflyste bestillinger ÷ alle bestillinger.',
    descriptionEn: 'Cancelled bookings ÷ all bookings.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (b) => b.bookings(`r.status = 'cancelled'`),
    denominator: (b) => b.bookings(),
  }),
];

// ── Booking capacity (offered slots against bookings) ─────────────────────────────────────────

interface CapacitySql {
  offered: string;
  /** Minutes a booking still holds: cancelled and rescheduled bookings free their slot. */
  booked: string;
  attended: string;
  noShow: string;
}

const minutes = (status: string) => `coalesce(sum(r.minutes) FILTER (WHERE r.status ${status}), 0)`;

// As libs/warehouse/src/rollups/booking-slot-rollups.ts builds mart.booking_slot_daily from the slots and
// mart.booking_daily (itself the bookings' slot minutes by status).
const CAPACITY: EventKind<CapacitySql> = {
  rollup: 'capacityDaily',
  facts: 'capacityFacts',
  rollupSql: {
    offered: 'sum(r.offered_minutes)',
    booked: 'sum(r.booked_minutes)',
    attended: 'sum(r.attended_minutes)',
    noShow: 'sum(r.no_show_minutes)',
  },
  factsSql: {
    offered: minutes(`= 'offered'`),
    booked: minutes(`IN ('booked', 'attended', 'no_show')`),
    attended: minutes(`= 'attended'`),
    noShow: minutes(`= 'no_show'`),
  },
};

const CAPACITY_KPIS: KpiDefinition[] = [
  eventKpi(CAPACITY, {
    id: 'offered_slot_minutes',
    labelDa: 'Udbudte tidsminutter',
    labelEn: 'Offered slot minutes',
    descriptionDa: 'Minutter i de tider kalenderen udbød.',
    descriptionEn: 'Minutes of the slots the booking calendar offered.',
    unit: KpiUnit.MINUTES,
    definitionVersion: 1,
    numerator: (c) => c.offered,
  }),
  eventKpi(CAPACITY, {
    id: 'booked_slot_minutes',
    labelDa: 'Bookede tidsminutter',
    labelEn: 'Booked slot minutes',
    descriptionDa: 'Minutter i bestillinger der holder deres tid (bestilt, fremmødt, udeblevet).',
    descriptionEn: 'Minutes of bookings that hold their slot (booked, attended, no-show).',
    unit: KpiUnit.MINUTES,
    definitionVersion: 1,
    numerator: (c) => c.booked,
  }),
  eventKpi(CAPACITY, {
    id: 'attended_slot_minutes',
    labelDa: 'Fremmødte tidsminutter',
    labelEn: 'Attended slot minutes',
    descriptionDa: 'Minutter i bestillinger hvor borgeren mødte op.',
    descriptionEn: 'Minutes of bookings the citizen attended.',
    unit: KpiUnit.MINUTES,
    definitionVersion: 1,
    numerator: (c) => c.attended,
  }),
  eventKpi(CAPACITY, {
    id: 'idle_minutes',
    labelDa: 'Ledig kapacitet',
    labelEn: 'Idle capacity',
    descriptionDa: 'Udbudte minutter − fremmødte minutter (ubookede + udeblevne).',
    descriptionEn: 'Offered minutes − attended minutes (unbooked + no-show).',
    unit: KpiUnit.MINUTES,
    definitionVersion: 1,
    numerator: (c) => `${c.offered} - ${c.attended}`,
  }),
  eventKpi(CAPACITY, {
    id: 'idle_unbooked_minutes',
    labelDa: 'Ledig kapacitet, ubooket',
    labelEn: 'Idle capacity, unbooked',
    descriptionDa: 'Udbudte minutter − bookede minutter.',
    descriptionEn: 'Offered minutes − booked minutes.',
    unit: KpiUnit.MINUTES,
    definitionVersion: 1,
    numerator: (c) => `${c.offered} - ${c.booked}`,
  }),
  eventKpi(CAPACITY, {
    id: 'idle_no_show_minutes',
    labelDa: 'Ledig kapacitet, udeblevet',
    labelEn: 'Idle capacity, no-show',
    descriptionDa: 'Minutter i bestillinger hvor borgeren udeblev.',
    descriptionEn: 'Minutes of bookings the citizen did not attend.',
    unit: KpiUnit.MINUTES,
    definitionVersion: 1,
    numerator: (c) => c.noShow,
  }),
  eventKpi(CAPACITY, {
    id: 'slot_utilisation',
    labelDa: 'Udnyttelse af tider',
    labelEn: 'Slot utilisation',
    descriptionDa: 'Fremmødte tidsminutter ÷ udbudte tidsminutter.',
    descriptionEn: 'Attended slot minutes ÷ offered slot minutes.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (c) => c.attended,
    denominator: (c) => c.offered,
  }),
];

// ── Digital self-service ──────────────────────────────────────────────────────────────────────

const uses = (kinds: string) => `sum(r.count_uses) FILTER (WHERE r.usage_kind IN (${kinds}))`;
const DIGITAL = `'digital', 'assisted_digital'`;

const SELF_SERVICE_KPIS: KpiDefinition[] = [
  sourceKpi({
    id: 'digital_take_up',
    labelDa: 'Selvbetjeningsgrad',
    labelEn: 'Digital take-up',
    descriptionDa:
      'Digitale ansøgninger (også med hjælp) ÷ alle ansøgninger til ydelsen (digitale og på papir). Månedstal.',
    descriptionEn:
      'Digital submissions (assisted included) ÷ all submissions of the service (digital and paper). Monthly figures.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    source: 'selfService',
    grains: MONTH_AND_LONGER,
    dimensions: [Dimension.SERVICE, Dimension.MUNICIPALITY],
    numerator: () => uses(DIGITAL),
    denominator: () => uses(`${DIGITAL}, 'paper'`),
  }),
  sourceKpi({
    id: 'digital_post_exemptions',
    labelDa: 'Fritagelser for Digital Post',
    labelEn: 'Digital Post exemptions',
    descriptionDa: 'Fritagelser for Digital Post i perioden. Månedstal.',
    descriptionEn: 'Exemptions from Digital Post in the period. Monthly figures.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    source: 'selfService',
    grains: MONTH_AND_LONGER,
    dimensions: [Dimension.MUNICIPALITY],
    numerator: () => uses(`'digital_post_exemption'`),
  }),
];

// ── Across channels and efficiency ────────────────────────────────────────────────────────────

const CONTACTS = 'sum(r.count_contacts)';
const contactsOf = (channels: string) =>
  `sum(r.count_contacts) FILTER (WHERE r.channel_code IN (${channels}))`;
const STAFFED = `'visit', 'call'`;
const STAFF_HOURS = 'sum(r.staff_hours)';
const STAFFED_HOURS = `sum(r.staff_hours) FILTER (WHERE r.channel_code IN (${STAFFED}))`;
const CONTACT_DIMENSIONS = [Dimension.SERVICE, Dimension.CHANNEL, Dimension.MUNICIPALITY];
const STAFF_DIMENSIONS = [Dimension.CHANNEL, Dimension.MUNICIPALITY];

const channelKpi = (
  spec: KpiText & Aggregates & { grains?: readonly Grain[]; dimensions?: readonly Dimension[] },
): KpiDefinition =>
  sourceKpi({
    grains: MONTH_AND_LONGER,
    dimensions: CONTACT_DIMENSIONS,
    ...spec,
    source: 'channelDaily',
  });

const channelShare = (channel: string, labelDa: string, labelEn: string): KpiDefinition =>
  channelKpi({
    id: `${channel}_share`,
    labelDa: `Kanalandel: ${labelDa}`,
    labelEn: `Channel share: ${labelEn}`,
    descriptionDa: `Henvendelser i kanalen ${labelDa.toLowerCase()} ÷ alle henvendelser (kanalmiks).`,
    descriptionEn: `Contacts in the ${labelEn.toLowerCase()} channel ÷ all contacts (channel mix).`,
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: () => contactsOf(`'${channel}'`),
    denominator: () => CONTACTS,
  });

const CHANNEL_KPIS: KpiDefinition[] = [
  channelKpi({
    id: 'contacts',
    labelDa: 'Henvendelser',
    labelEn: 'Contacts',
    descriptionDa:
      'Betjente besøg + tilbudte opkald + digitale ansøgninger (også med hjælp) + chatbot-samtaler + afhentninger i boks. Digitale tal er månedstal.',
    descriptionEn:
      'Served visits + calls offered + digital submissions (assisted included) + chatbot sessions + pickup-box pickups. Digital figures are monthly.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: () => CONTACTS,
  }),
  channelShare('visit', 'Personligt fremmøde', 'In person'),
  channelShare('call', 'Telefon', 'Telephone'),
  channelShare('digital', 'Digital selvbetjening', 'Digital self-service'),
  channelKpi({
    id: 'contacts_per_1000_inhabitants',
    labelDa: 'Henvendelser pr. 1.000 indbyggere',
    labelEn: 'Contacts per 1,000 inhabitants',
    descriptionDa:
      'Henvendelser ÷ gennemsnitligt indbyggertal i perioden × 1.000 (indbyggertal pr. år).',
    descriptionEn: "Contacts ÷ the period's mean population × 1,000 (population by year).",
    unit: KpiUnit.PER_THOUSAND,
    definitionVersion: 1,
    dimensions: [Dimension.MUNICIPALITY],
    numerator: () => CONTACTS,
    // Every day of a year carries the year's inhabitants: their mean is the period's population.
    denominator: () => 'sum(r.inhabitants) / nullif(count(r.inhabitants), 0)',
  }),
  channelKpi({
    id: 'staff_hours',
    labelDa: 'Medarbejdertimer',
    labelEn: 'Staff hours',
    descriptionDa: 'Timer i skranke, telefon og backoffice efter vagtplanen.',
    descriptionEn: 'Counter, phone and back-office hours from the rota.',
    unit: KpiUnit.HOURS,
    definitionVersion: 1,
    grains: ALL_GRAINS,
    dimensions: STAFF_DIMENSIONS,
    numerator: () => STAFF_HOURS,
  }),
  channelKpi({
    id: 'contacts_per_staff_hour',
    labelDa: 'Henvendelser pr. medarbejdertime',
    labelEn: 'Contacts per staff hour',
    descriptionDa:
      'Betjente besøg ÷ skranketimer og tilbudte opkald ÷ telefontimer; samlet begge kanaler.',
    descriptionEn:
      'Served visits ÷ counter hours and calls offered ÷ phone hours; both channels together.',
    unit: KpiUnit.PER_HOUR,
    definitionVersion: 1,
    grains: ALL_GRAINS,
    dimensions: STAFF_DIMENSIONS,
    numerator: () => contactsOf(STAFFED),
    denominator: () => STAFFED_HOURS,
  }),
  channelKpi({
    id: 'fte',
    labelDa: 'Årsværk',
    labelEn: 'FTE',
    descriptionDa: `Medarbejdertimer ÷ timer pr. årsværk (standard ${DEFAULT_HOURS_PER_FTE}: 37 t/uge i 44 uger efter ferie, feriefridage og helligdage).`,
    descriptionEn: `Staff hours ÷ annual hours per FTE (default ${DEFAULT_HOURS_PER_FTE}: 37 h/week over the 44 weeks left after holiday and public holidays).`,
    unit: KpiUnit.FTE,
    definitionVersion: 1,
    dimensions: STAFF_DIMENSIONS,
    numerator: () => STAFF_HOURS,
    denominator: (sql) => sql.param('hoursPerFte'),
  }),
  channelKpi({
    id: 'staff_cost_dkk',
    labelDa: 'Lønkroner',
    labelEn: 'Staff cost (DKK)',
    descriptionDa: 'Årsværk × pris pr. årsværk (standard 400.000 kr.).',
    descriptionEn: 'FTE × cost per FTE (default DKK 400,000).',
    unit: KpiUnit.DKK,
    definitionVersion: 1,
    dimensions: STAFF_DIMENSIONS,
    numerator: (sql) => `${STAFF_HOURS} * ${sql.param('costPerFte')}`,
    denominator: (sql) => sql.param('hoursPerFte'),
  }),
  channelKpi({
    id: 'cost_per_contact',
    labelDa: 'Pris pr. henvendelse',
    labelEn: 'Cost per contact',
    descriptionDa:
      'Lønkroner i skranke og telefon ÷ deres henvendelser; pr. kanal med dimensionen CHANNEL. Digitale kanaler har ingen vagtplanstimer.',
    descriptionEn:
      'Staff cost of counter and phone ÷ their contacts; per channel with the CHANNEL dimension. Digital channels have no rota hours.',
    unit: KpiUnit.DKK,
    definitionVersion: 1,
    dimensions: STAFF_DIMENSIONS,
    numerator: (sql) => `${STAFFED_HOURS} * ${sql.param('costPerFte')}`,
    denominator: (sql) => `${contactsOf(STAFFED)} * ${sql.param('hoursPerFte')}`,
  }),
];

export const KPI_CATALOGUE: readonly KpiDefinition[] = [
  ...VISIT_KPIS,
  ...CALL_KPIS,
  ...BOOKING_KPIS,
  ...CAPACITY_KPIS,
  ...SELF_SERVICE_KPIS,
  ...CHANNEL_KPIS,
];

export const KPI_IDS = KPI_CATALOGUE.map((kpi) => kpi.id);

export function findKpi(id: string): KpiDefinition | undefined {
  return KPI_CATALOGUE.find((kpi) => kpi.id === id);
}
