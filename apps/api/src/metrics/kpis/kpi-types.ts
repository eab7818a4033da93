import { QUEUE_THRESHOLD_SECONDS } from '@kanalindsigt/warehouse/reference/rollup-buckets';

/** The catalogue's vocabulary: grains, dimensions, units, paths and the options a KPI's SQL may read. */

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

/** Queue-time thresholds the call rollup answers exactly: its buckets cut on both sides of each. */
export const QUEUE_THRESHOLDS: readonly number[] = QUEUE_THRESHOLD_SECONDS;

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
  /** T: a call answered after at most T seconds in queue counts towards the service level. */
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
