import type { Family } from '@kanalindsigt/evaluation/glm';
import type { Filters } from '../metrics/metrics.repository';

/** A series of the warehouse: a KPI of the catalogue, optionally filtered by its dimensions. */
export interface SeriesSpec {
  kpiId: string;
  filters: Filters;
}

export type ExposureKind = 'none' | 'opening_days' | 'denominator' | 'series';
export type SeasonalityKind = 'none' | 'fourier' | 'dummies';

/** Days (inclusive) whose months are dropped from the fit or given a level of their own. */
export interface ExclusionSpec {
  from: string;
  to: string;
  treatment: 'drop' | 'dummy';
  label?: string;
}

/** What dw.evaluation stores for one evaluation. */
export interface EvaluationDefinition {
  evaluationId: number;
  municipalityCode: string;
  code: string;
  name: string;
  metricLabelDa: string;
  metricLabelEn: string;
  metric: SeriesSpec;
  periodFrom: string;
  periodTo: string | null;
  interventionDates: string[];
  family: Family;
  exposure: ExposureKind;
  exposureSeries: SeriesSpec | null;
  seasonality: SeasonalityKind;
  fourierHarmonics: number | null;
  slopeChange: boolean;
  neweyWest: boolean;
  exclusions: ExclusionSpec[];
  control: SeriesSpec | null;
  hoursPerFte: number | null;
  costPerFteDkk: number | null;
  targetFte: number | null;
  targetFrom: string | null;
  investmentDkk: number | null;
  revision: number;
}
