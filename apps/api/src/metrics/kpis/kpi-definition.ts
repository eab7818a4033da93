import { Dimension, Grain, type KpiOptions, type KpiSql, type KpiUnit } from './kpi-types';
import { SOURCES, type SourceId } from './sources';

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

export interface KpiText {
  id: string;
  labelDa: string;
  labelEn: string;
  descriptionDa: string;
  descriptionEn: string;
  unit: KpiUnit;
  definitionVersion: number;
}

export const ALL_GRAINS = Object.values(Grain);
/** Monthly self-service figures cannot be split into days or weeks. */
export const MONTH_AND_LONGER = [Grain.MONTH, Grain.QUARTER, Grain.YEAR];

function dimensionsOf(...paths: (KpiPath | undefined)[]): Dimension[] {
  const all = new Set(paths.flatMap((p) => (p ? Object.keys(SOURCES[p.source].dimensions) : [])));
  return Object.values(Dimension).filter((dimension) => all.has(dimension));
}

/**
 * An event KPI written once against a kind's vocabulary (`E`), which each of its two sources
 * spells in its own columns: the rollup sums pre-counted columns, the facts count rows.
 */
export interface EventKind<E> {
  rollup: SourceId;
  facts: SourceId;
  rollupSql: E;
  factsSql: E;
}

export function eventKpi<E>(
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
export function sourceKpi(
  spec: KpiText &
    Aggregates & { source: SourceId; grains?: readonly Grain[]; dimensions: readonly Dimension[] },
): KpiDefinition {
  const { source: sourceId, numerator, denominator, grains, dimensions, ...text } = spec;
  const rollup = { source: sourceId, numerator, ...(denominator && { denominator }) };
  return { ...text, grains: grains ?? ALL_GRAINS, dimensions, rollup };
}
