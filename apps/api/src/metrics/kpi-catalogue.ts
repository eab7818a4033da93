import { QUEUE_BUCKET_SECONDS } from '@kanalindsigt/warehouse/reference/rollup-buckets';

/**
 * The KPI catalogue (docs KPIS.md): every KPI defined once, as a numerator and an optional
 * denominator that are SQL aggregates over ONE mart rollup. Because both are sums, any grain or
 * dimension re-aggregates them exactly: a mean or a rate is always Σ numerator ÷ Σ denominator over
 * the rows of its cell, never an average of averages.
 */

export enum Grain {
  DAY = 'DAY',
  ISO_WEEK = 'ISO_WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

/** HOUR waits for the arrivals rollups: no KPI of this slice reads one. */
export enum Dimension {
  SERVICE = 'SERVICE',
  WEEKDAY = 'WEEKDAY',
  BOOKING_CHANNEL = 'BOOKING_CHANNEL',
}

export enum KpiUnit {
  COUNT = 'COUNT',
  PERCENT = 'PERCENT',
  SECONDS = 'SECONDS',
}

export enum ServiceLevelVariant {
  A = 'A',
  B = 'B',
  C = 'C',
}

/** Queue-time thresholds are only exact at a bucket bound of mart.call_daily. */
export const QUEUE_BUCKET_BOUNDS: readonly number[] = QUEUE_BUCKET_SECONDS;

export interface KpiOptions {
  serviceLevelVariant: ServiceLevelVariant;
  /** T: answered within T seconds counts towards the service level. */
  serviceLevelSeconds: number;
  /** Abandons after less than this many seconds in queue are short abandons. */
  shortAbandonSeconds: number;
}

export const DEFAULT_KPI_OPTIONS: KpiOptions = {
  serviceLevelVariant: ServiceLevelVariant.A,
  serviceLevelSeconds: 60,
  shortAbandonSeconds: 5,
};

/**
 * What a KPI's SQL may use: the chosen variant (it picks an expression) and a bind parameter per
 * numeric option, so no user value is ever written into the SQL text.
 */
export interface KpiSql {
  variant: ServiceLevelVariant;
  param(option: 'serviceLevelSeconds' | 'shortAbandonSeconds'): string;
}

export interface Rollup {
  table: string;
  /** The rollup's day column, joined to dw.dim_date.date_key. */
  dateKeyColumn: string;
  /** SQL of each dimension the rollup can be split by (r = the rollup, d = dw.dim_date). */
  dimensions: Partial<Record<Dimension, { join?: string; value: string }>>;
}

const serviceDimension = {
  join: 'JOIN dw.dim_service s ON s.service_id = r.service_id',
  value: 's.service_code',
};
const weekdayDimension = { value: 'd.weekday::text' };

export const ROLLUPS = {
  visitDaily: {
    table: 'mart.visit_daily',
    dateKeyColumn: 'date_key',
    dimensions: { SERVICE: serviceDimension, WEEKDAY: weekdayDimension },
  },
  callDaily: {
    table: 'mart.call_daily',
    dateKeyColumn: 'date_key',
    dimensions: { SERVICE: serviceDimension, WEEKDAY: weekdayDimension },
  },
  bookingDaily: {
    table: 'mart.booking_daily',
    dateKeyColumn: 'slot_date_key',
    dimensions: {
      SERVICE: serviceDimension,
      WEEKDAY: weekdayDimension,
      BOOKING_CHANNEL: { value: 'r.booking_channel' },
    },
  },
} as const satisfies Record<string, Rollup>;

export type RollupId = keyof typeof ROLLUPS;

export interface KpiDefinition {
  id: string;
  labelDa: string;
  labelEn: string;
  descriptionDa: string;
  descriptionEn: string;
  unit: KpiUnit;
  definitionVersion: number;
  rollup: RollupId;
  grains: readonly Grain[];
  dimensions: readonly Dimension[];
  /** SQL aggregate over the rollup's rows (alias r). */
  numerator(sql: KpiSql): string;
  /** SQL aggregate over the same rows; absent for counts, whose value is the numerator. */
  denominator?(sql: KpiSql): string;
}

const ALL_GRAINS = Object.values(Grain);
const SERVICE_AND_WEEKDAY = [Dimension.SERVICE, Dimension.WEEKDAY];

// Call filters shared by several KPIs. Answered means the 'answered' outcome only: a transferred,
// forwarded or called-back call is offered but not answered by the municipality's queue.
const calls = (filter: string) => `sum(r.count_calls) FILTER (WHERE ${filter})`;
const ANSWERED = `r.outcome = 'answered'`;
const ABANDONED = `r.outcome = 'abandoned'`;
const OFFERED = `r.outcome <> 'ivr_only'`;
const shortAbandon = (sql: KpiSql) =>
  `${ABANDONED} AND r.queue_bucket_seconds < ${sql.param('shortAbandonSeconds')}`;

const SERVICE_LEVEL_DENOMINATORS: Record<ServiceLevelVariant, (sql: KpiSql) => string> = {
  A: () => calls(`${ANSWERED} OR ${ABANDONED}`),
  B: (sql) => calls(`${OFFERED} AND NOT (${shortAbandon(sql)})`),
  C: (sql) =>
    calls(
      `${ANSWERED} OR (${ABANDONED} AND r.queue_bucket_seconds >= ${sql.param('serviceLevelSeconds')})`,
    ),
};

const visitKpi = {
  rollup: 'visitDaily',
  grains: ALL_GRAINS,
  dimensions: SERVICE_AND_WEEKDAY,
} as const;
const callKpi = {
  rollup: 'callDaily',
  grains: ALL_GRAINS,
  dimensions: SERVICE_AND_WEEKDAY,
} as const;
const bookingKpi = {
  rollup: 'bookingDaily',
  grains: ALL_GRAINS,
  dimensions: [...SERVICE_AND_WEEKDAY, Dimension.BOOKING_CHANNEL],
} as const;

export const KPI_CATALOGUE: readonly KpiDefinition[] = [
  {
    id: 'visits',
    ...visitKpi,
    labelDa: 'Personlige henvendelser',
    labelEn: 'Visits',
    descriptionDa: 'Betjente køsedler; en seddel kaldt igen efter udeblivelse tæller én gang.',
    descriptionEn: 'Served tickets; a ticket recalled after a no-show counts once.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: () => 'sum(r.count_served)',
  },
  {
    id: 'walk_in_share',
    ...visitKpi,
    labelDa: 'Andel uden tidsbestilling',
    labelEn: 'Walk-in share',
    descriptionDa: 'Betjente besøg uden tidsbestilling ÷ betjente besøg.',
    descriptionEn: 'Served visits without a booking ÷ served visits.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: () => 'sum(r.count_served) FILTER (WHERE NOT r.is_booked)',
    denominator: () => 'sum(r.count_served)',
  },
  {
    id: 'mean_wait',
    ...visitKpi,
    labelDa: 'Gennemsnitlig ventetid',
    labelEn: 'Mean wait',
    descriptionDa:
      'Summen af ventetider ÷ antal målte ventetider (betjening start − seddel trukket). Median og 90-percentil kræver de enkelte besøg og er ikke med i denne version.',
    descriptionEn:
      'Sum of waits ÷ number of waits measured (service start − ticket drawn). Median and 90th percentile need the individual visits and are not in this version.',
    unit: KpiUnit.SECONDS,
    definitionVersion: 1,
    numerator: () => 'sum(r.sum_wait_seconds)',
    denominator: () => 'sum(r.count_waits)',
  },
  {
    id: 'mean_handling_time',
    ...visitKpi,
    labelDa: 'Gennemsnitlig betjeningstid',
    labelEn: 'Mean handling time',
    descriptionDa: 'Summen af betjeningstider (slut − start) ÷ antal betjeninger med sluttid.',
    descriptionEn: 'Sum of handling times (end − start) ÷ number of visits with a service end.',
    unit: KpiUnit.SECONDS,
    definitionVersion: 1,
    numerator: () => 'sum(r.sum_handling_seconds)',
    denominator: () => 'sum(r.count_handled)',
  },
  {
    id: 'no_show_tickets',
    ...visitKpi,
    labelDa: 'Udeblevne køsedler',
    labelEn: 'No-show tickets',
    descriptionDa: 'Køsedler uden betjeningsslut: borgeren kom ikke, da sedlen blev kaldt.',
    descriptionEn: 'Tickets without a service end: the citizen did not come when called.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: () => 'sum(r.count_no_show)',
  },
  {
    id: 'calls_offered',
    ...callKpi,
    labelDa: 'Tilbudte opkald',
    labelEn: 'Calls offered',
    descriptionDa: 'Opkald der nåede en kø; opkald der sluttede i talemenuen tælles ikke med.',
    descriptionEn: 'Calls that reached a queue; calls that ended in the IVR are not counted.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: () => calls(OFFERED),
  },
  {
    id: 'calls_answered',
    ...callKpi,
    labelDa: 'Besvarede opkald',
    labelEn: 'Calls answered',
    descriptionDa: 'Opkald besvaret i kommunens kø (udfald "answered").',
    descriptionEn: "Calls answered in the municipality's queue (outcome 'answered').",
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: () => calls(ANSWERED),
  },
  {
    id: 'calls_abandoned',
    ...callKpi,
    labelDa: 'Opgivne opkald',
    labelEn: 'Calls abandoned',
    descriptionDa: 'Opkald hvor borgeren lagde på i køen, inklusive korte opgivelser.',
    descriptionEn: 'Calls where the caller hung up in the queue, short abandons included.',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: () => calls(ABANDONED),
  },
  {
    id: 'short_abandons',
    ...callKpi,
    labelDa: 'Korte opgivelser',
    labelEn: 'Short abandons',
    descriptionDa:
      'Opgivne opkald med kortere køtid end grænsen (standard 5 s; grænsen skal være en af køtidsintervallernes grænser).',
    descriptionEn:
      'Abandoned calls that queued less than the threshold (default 5 s; the threshold must be a queue-time bucket bound).',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: (sql) => calls(shortAbandon(sql)),
  },
  {
    id: 'answer_rate',
    ...callKpi,
    labelDa: 'Svarprocent',
    labelEn: 'Answer rate',
    descriptionDa: 'Besvarede opkald ÷ tilbudte opkald.',
    descriptionEn: 'Answered calls ÷ calls offered.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: () => calls(ANSWERED),
    denominator: () => calls(OFFERED),
  },
  {
    id: 'service_level',
    ...callKpi,
    labelDa: 'Serviceniveau',
    labelEn: 'Service level',
    descriptionDa:
      'Opkald besvaret inden for T sekunder ÷ en nævner efter variant: A = besvarede + opgivne; B = tilbudte − korte opgivelser; C = besvarede + opgivne efter T. T (standard 60 s) skal være en af køtidsintervallernes grænser (0, 5, 10, 20, 30, 45, 60, 90, 120, 180, 300 s), for rollup-tabellen kender kun køtiden som interval.',
    descriptionEn:
      'Calls answered within T seconds ÷ a denominator by variant: A = answered + abandoned; B = offered − short abandons; C = answered + abandoned after T. T (default 60 s) must be a queue-time bucket bound (0, 5, 10, 20, 30, 45, 60, 90, 120, 180, 300 s), because the rollup knows queue time only by bucket.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (sql) =>
      calls(`${ANSWERED} AND r.queue_bucket_seconds < ${sql.param('serviceLevelSeconds')}`),
    denominator: (sql) => SERVICE_LEVEL_DENOMINATORS[sql.variant](sql),
  },
  {
    id: 'asa',
    ...callKpi,
    labelDa: 'Gennemsnitlig svartid (ASA)',
    labelEn: 'Average speed of answer (ASA)',
    descriptionDa: 'Køtid for besvarede opkald ÷ besvarede opkald.',
    descriptionEn: 'Queue time of answered calls ÷ answered calls.',
    unit: KpiUnit.SECONDS,
    definitionVersion: 1,
    numerator: () => `sum(r.sum_queue_seconds) FILTER (WHERE ${ANSWERED})`,
    denominator: () => calls(ANSWERED),
  },
  {
    id: 'aht',
    ...callKpi,
    labelDa: 'Gennemsnitlig behandlingstid (AHT)',
    labelEn: 'Average handling time (AHT)',
    descriptionDa: 'Samtale + parkering + efterbehandling for besvarede opkald ÷ besvarede opkald.',
    descriptionEn: 'Talk + hold + wrap-up of answered calls ÷ answered calls.',
    unit: KpiUnit.SECONDS,
    definitionVersion: 1,
    numerator: () =>
      `sum(r.sum_talk_seconds + r.sum_hold_seconds + r.sum_wrap_up_seconds) FILTER (WHERE ${ANSWERED})`,
    denominator: () => calls(ANSWERED),
  },
  {
    id: 'first_contact_resolution',
    ...callKpi,
    labelDa: 'Straksafklaring',
    labelEn: 'First-contact resolution',
    descriptionDa:
      'Besvarede opkald kodet som afklaret ved første kontakt ÷ besvarede opkald med en afklaringskode.',
    descriptionEn:
      'Answered calls coded as resolved at first contact ÷ answered calls with a resolution code.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: () => `sum(r.count_first_contact_resolved) FILTER (WHERE ${ANSWERED})`,
    denominator: () => `sum(r.count_resolution_coded) FILTER (WHERE ${ANSWERED})`,
  },
  {
    id: 'forwarded_to_hotline_share',
    ...callKpi,
    labelDa: 'Andel viderestillet til Den Digitale Hotline',
    labelEn: 'Forwarded-to-hotline share',
    descriptionDa: 'Opkald viderestillet til den tværkommunale hotline ÷ tilbudte opkald.',
    descriptionEn: 'Calls forwarded to the inter-municipal hotline ÷ calls offered.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: () => calls(`r.outcome = 'forwarded_hotline'`),
    denominator: () => calls(OFFERED),
  },
  {
    id: 'bookings',
    ...bookingKpi,
    labelDa: 'Tidsbestillinger',
    labelEn: 'Bookings',
    descriptionDa: 'Bestillinger pr. tidsdag uanset status (også aflyste og flyttede).',
    descriptionEn: 'Bookings by slot day, whatever their status (cancelled and rescheduled too).',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: () => 'sum(r.count_bookings)',
  },
  {
    id: 'booking_no_show_rate',
    ...bookingKpi,
    labelDa: 'Udeblivelsesprocent',
    labelEn: 'Booking no-show rate',
    descriptionDa:
      'Udeblevne ÷ (fremmødte + udeblevne); kun afholdte tider har en af de to statusser.',
    descriptionEn: 'No-shows ÷ (attended + no-shows); only slots in the past carry either status.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: () => `sum(r.count_bookings) FILTER (WHERE r.status = 'no_show')`,
    denominator: () => `sum(r.count_bookings) FILTER (WHERE r.status IN ('attended', 'no_show'))`,
  },
  {
    id: 'cancellation_rate',
    ...bookingKpi,
    labelDa: 'Aflysningsprocent',
    labelEn: 'Cancellation rate',
    descriptionDa: 'Aflyste bestillinger ÷ alle bestillinger.',
    descriptionEn: 'Cancelled bookings ÷ all bookings.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: () => `sum(r.count_bookings) FILTER (WHERE r.status = 'cancelled')`,
    denominator: () => 'sum(r.count_bookings)',
  },
];

export const KPI_IDS = KPI_CATALOGUE.map((kpi) => kpi.id);

export function findKpi(id: string): KpiDefinition | undefined {
  return KPI_CATALOGUE.find((kpi) => kpi.id === id);
}
