/**
 * The segmented-regression (interrupted time series) design matrix: intercept, time, per
 * intervention a step and optionally a slope change, excluded periods dropped or given a dummy per
 * block, seasonality as Fourier harmonics or season dummies, and optionally a control series
 * (controlled ITS: the intervention terms become group × post interactions).
 */
import { EvaluationError } from './errors';

export interface SeriesPoint {
  /** Period number on an evenly spaced scale (1, 2, 3, … or months since some origin). */
  time: number;
  value: number;
  exposure?: number;
  /** Season index for seasonality: month 1–12, ISO week 1–53, … */
  season?: number;
}

export interface Intervention {
  /** `time` of the first period after go-live. */
  start: number;
  /** Adds a slope-change term counting periods since the last pre-intervention period. */
  slopeChange?: boolean;
  /** Names the terms of the second and later interventions (`step_<label>`). */
  label?: string;
}

export interface ExcludedPeriod {
  /** Inclusive range of `time`. */
  from: number;
  to: number;
  /** `drop` leaves the periods out of the fit; `dummy` keeps them with a level of their own. */
  treatment: 'drop' | 'dummy';
  label?: string;
}

export type Seasonality =
  { kind: 'fourier'; period: number; harmonics: number } | { kind: 'dummies' };

export interface DesignSpec {
  interventions: readonly Intervention[];
  exclusions?: readonly ExcludedPeriod[];
  seasonality?: Seasonality;
}

export interface DesignRow {
  point: SeriesPoint;
  group: 'treated' | 'control';
  values: number[];
}

export interface Design {
  columnNames: string[];
  rows: DesignRow[];
  /** Columns of the first intervention's effect: set to 0 they give the counterfactual. */
  effectColumns: number[];
}

const sanitise = (label: string) => label.replace(/[^A-Za-z0-9]+/g, '_');

function interventionSuffix(intervention: Intervention, index: number): string {
  if (index === 0) return '';
  return `_${intervention.label ? sanitise(intervention.label) : index + 1}`;
}

function blockName(block: ExcludedPeriod, index: number): string {
  return `excluded_${block.label ? sanitise(block.label) : index + 1}`;
}

function checkSpec(spec: DesignSpec): void {
  if (spec.interventions.length === 0)
    throw new EvaluationError('invalid-input', 'At least one intervention is needed.');
  spec.interventions.forEach((intervention, i) => {
    const previous = spec.interventions[i - 1];
    if (previous && intervention.start <= previous.start)
      throw new EvaluationError('invalid-input', 'Interventions must be given in time order.');
  });
  for (const block of spec.exclusions ?? [])
    if (block.from > block.to)
      throw new EvaluationError(
        'invalid-input',
        `Excluded period ${block.from}–${block.to} ends before it starts.`,
      );
  const season = spec.seasonality;
  if (season?.kind === 'fourier') {
    if (!(season.period >= 2))
      throw new EvaluationError(
        'invalid-input',
        `Season period must be ≥ 2; got ${season.period}.`,
      );
    const max = Math.floor(season.period / 2);
    if (!(Number.isInteger(season.harmonics) && season.harmonics >= 1 && season.harmonics <= max))
      throw new EvaluationError(
        'invalid-input',
        `Fourier harmonics must be a whole number from 1 to ${max} for period ${season.period}; ` +
          `got ${season.harmonics}.`,
      );
  }
}

function checkSeries(series: readonly SeriesPoint[], name: string, spec: DesignSpec): void {
  series.forEach((point, i) => {
    if (!Number.isFinite(point.time))
      throw new EvaluationError('invalid-input', `${name} point ${i + 1} has no valid time.`);
    const previous = series[i - 1];
    if (previous && point.time <= previous.time)
      throw new EvaluationError(
        'invalid-input',
        `${name} times must increase; point ${i + 1} (time ${point.time}) does not.`,
      );
    if (spec.seasonality && !Number.isFinite(point.season))
      throw new EvaluationError(
        'invalid-input',
        `${name} point ${i + 1} (time ${point.time}) has no season index, which seasonality needs.`,
      );
  });
}

export function buildDesign(
  series: readonly SeriesPoint[],
  spec: DesignSpec,
  control?: readonly SeriesPoint[],
): Design {
  checkSpec(spec);
  checkSeries(series, 'Series', spec);
  if (control) checkSeries(control, 'Control series', spec);
  const exclusions = spec.exclusions ?? [];
  const blockOf = (time: number) =>
    exclusions.findIndex((block) => time >= block.from && time <= block.to);
  const dummyBlocks = exclusions
    .map((block, index) => ({ block, index }))
    .filter(({ block }) => block.treatment === 'dummy');

  const included = [
    ...series.map((point) => ({ point, group: 'treated' as const })),
    ...(control ?? []).map((point) => ({ point, group: 'control' as const })),
  ].filter(({ point }) => exclusions[blockOf(point.time)]?.treatment !== 'drop');

  const seasons =
    spec.seasonality?.kind === 'dummies'
      ? [...new Set(included.map(({ point }) => point.season!))].sort((a, b) => a - b)
      : [];

  const columnNames = ['intercept', 'time'];
  if (control) columnNames.push('group', 'group_time');
  const effectColumns: number[] = [];
  spec.interventions.forEach((intervention, i) => {
    const suffix = interventionSuffix(intervention, i);
    if (control) {
      columnNames.push(`post${suffix}`);
      if (intervention.slopeChange) columnNames.push(`post_slope${suffix}`);
    }
    if (i === 0) effectColumns.push(columnNames.length);
    columnNames.push(`step${suffix}`);
    if (intervention.slopeChange) {
      if (i === 0) effectColumns.push(columnNames.length);
      columnNames.push(`slope_change${suffix}`);
    }
  });
  for (const { block, index } of dummyBlocks) columnNames.push(blockName(block, index));
  const season = spec.seasonality;
  if (season?.kind === 'fourier')
    for (let k = 1; k <= season.harmonics; k += 1) {
      // sin(π·s) is zero at every integer s: that harmonic has only its cosine.
      if (2 * k !== season.period) columnNames.push(`sin${k}`);
      columnNames.push(`cos${k}`);
    }
  for (const value of seasons.slice(1)) columnNames.push(`season_${value}`);

  const rows = included.map(({ point, group }): DesignRow => {
    const treated = group === 'treated' ? 1 : 0;
    const values = [1, point.time];
    if (control) values.push(treated, treated * point.time);
    for (const intervention of spec.interventions) {
      const post = point.time >= intervention.start ? 1 : 0;
      const slope = post ? point.time - intervention.start + 1 : 0;
      if (control) {
        values.push(post);
        if (intervention.slopeChange) values.push(slope);
      }
      values.push(control ? treated * post : post);
      if (intervention.slopeChange) values.push(control ? treated * slope : slope);
    }
    for (const { index } of dummyBlocks) values.push(blockOf(point.time) === index ? 1 : 0);
    if (season?.kind === 'fourier')
      for (let k = 1; k <= season.harmonics; k += 1) {
        const angle = (2 * Math.PI * k * point.season!) / season.period;
        if (2 * k !== season.period) values.push(Math.sin(angle));
        values.push(Math.cos(angle));
      }
    for (const value of seasons.slice(1)) values.push(point.season === value ? 1 : 0);
    return { point, group, values };
  });

  checkPeriods(rows, spec, columnNames.length - countInterventionColumns(spec, !!control));
  return { columnNames, rows, effectColumns };
}

function countInterventionColumns(spec: DesignSpec, controlled: boolean): number {
  return spec.interventions.reduce(
    (sum, intervention) => sum + (intervention.slopeChange ? 2 : 1) * (controlled ? 2 : 1),
    0,
  );
}

/**
 * The pre-intervention periods carry the whole counterfactual: they must outnumber the terms that
 * describe the series without the intervention (level, trend, seasonality, excluded blocks).
 */
function checkPeriods(rows: readonly DesignRow[], spec: DesignSpec, baselineTerms: number): void {
  const treated = rows.filter((row) => row.group === 'treated');
  const first = spec.interventions[0]!;
  const pre = treated.filter((row) => row.point.time < first.start).length;
  const needed = Math.max(3, baselineTerms + 1);
  if (pre < needed)
    throw new EvaluationError(
      'too-few-pre-periods',
      `Only ${pre} period(s) before the intervention at time ${first.start} are in the fit; ` +
        `this model needs at least ${needed} to estimate the level, trend` +
        `${spec.seasonality ? ', seasonality' : ''} it compares against. ` +
        'Use a longer history, fewer seasonal terms or fewer excluded periods.',
    );
  spec.interventions.forEach((intervention, i) => {
    const next = spec.interventions[i + 1];
    const after = treated.filter(
      (row) => row.point.time >= intervention.start && (!next || row.point.time < next.start),
    ).length;
    if (after === 0)
      throw new EvaluationError(
        'too-few-post-periods',
        `No period in the fit falls between the intervention at time ${intervention.start} ` +
          `and ${next ? `the next at time ${next.start}` : 'the end of the series'}.`,
      );
  });
}
