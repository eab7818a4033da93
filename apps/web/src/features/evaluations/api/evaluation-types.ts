/** The evaluation types the dashboard reads, mirroring apps/api/schema.gql. */

export type EstimateScale = 'ABSOLUTE' | 'RATE_RATIO';
export type KpiUnit =
  | 'COUNT'
  | 'DKK'
  | 'FTE'
  | 'HOURS'
  | 'MINUTES'
  | 'PERCENT'
  | 'PER_HOUR'
  | 'PER_THOUSAND'
  | 'SECONDS';
export type EfficiencyTargetStatus = 'ON_TRACK' | 'BEHIND';
export type ExclusionTreatment = 'DROP' | 'DUMMY';

/** An effect of the intervention with its 95 % interval, told in words by the API. */
export type EvaluationEstimate = {
  /** 'step' (the effect at go-live) or 'slope_change'. */
  name: string;
  estimate: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
  /** exp() of the estimate and its interval, for RATE_RATIO. */
  ratio: number | null;
  ratioLow: number | null;
  ratioHigh: number | null;
  scale: EstimateScale;
  unit: KpiUnit;
  sentenceDa: string;
  sentenceEn: string;
};

export type EvaluationEfficiencyMonth = {
  /** 'YYYY-MM'. */
  period: string;
  hoursSaved: number;
  fteRate: number;
  dkkSaved: number;
  cumulativeDkkSaved: number;
  cumulativeTargetDkk: number | null;
  status: EfficiencyTargetStatus | null;
};

export type EvaluationEfficiency = {
  annualFte: number;
  annualFteLow: number;
  annualFteHigh: number;
  annualDkk: number;
  annualDkkLow: number;
  annualDkkHigh: number;
  costPerFteDkk: number;
  hoursPerFte: number;
  investmentDkk: number | null;
  targetFte: number | null;
  /** 'YYYY-MM-DD'. */
  targetFrom: string | null;
  /** 'YYYY-MM': the first month whose cumulative saving covers the investment. */
  paybackPeriod: string | null;
  status: EfficiencyTargetStatus | null;
  months: EvaluationEfficiencyMonth[];
};

export type EvaluationSeries = {
  kpiId: string;
  channelCodes: string[] | null;
  serviceCodes: string[] | null;
  ageBands: string[] | null;
};

/** What the list of evaluations carries: no monthly series. */
export type EvaluationSummary = {
  id: string;
  municipalityCode: string;
  name: string;
  metricLabelDa: string;
  metricLabelEn: string;
  metric: EvaluationSeries;
  /** Go-live days 'YYYY-MM-DD'; the first is evaluated. */
  interventionDates: string[];
  periodFrom: string;
  periodTo: string | null;
  /** Why the model could not be fitted. */
  error: string | null;
  headline: EvaluationEstimate | null;
  efficiency: EvaluationEfficiency | null;
};

export type EvaluationPoint = {
  /** 'YYYY-MM'. */
  period: string;
  observed: number;
  fitted: number | null;
  counterfactual: number | null;
  low: number | null;
  high: number | null;
  difference: number | null;
  cumulativeDifference: number | null;
  excluded: ExclusionTreatment | null;
};

export type EvaluationExclusion = {
  from: string;
  to: string;
  label: string | null;
  treatment: ExclusionTreatment;
};

export type EvaluationFamily = 'GAUSSIAN' | 'POISSON' | 'QUASIPOISSON';
export type EvaluationExposure = 'DENOMINATOR' | 'NONE' | 'OPENING_DAYS' | 'SERIES';

export type EvaluationDetail = Omit<EvaluationSummary, 'efficiency'> & {
  fittedAt: string;
  /** Poisson families model a count; GAUSSIAN a level, per opening day with OPENING_DAYS. */
  model: { family: EvaluationFamily; exposure: EvaluationExposure };
  estimates: EvaluationEstimate[];
  exclusions: EvaluationExclusion[];
  series: EvaluationPoint[];
  diagnostics: { ljungBoxPValue: number } | null;
};

export const ESTIMATE_FIELDS = /* GraphQL */ `
  name
  estimate
  ciLow
  ciHigh
  pValue
  ratio
  ratioLow
  ratioHigh
  scale
  unit
  sentenceDa
  sentenceEn
`;

export const SUMMARY_FIELDS = /* GraphQL */ `
  id
  municipalityCode
  name
  metricLabelDa
  metricLabelEn
  metric {
    kpiId
    channelCodes
    serviceCodes
    ageBands
  }
  interventionDates
  periodFrom
  periodTo
  error
  headline {
    ${ESTIMATE_FIELDS}
  }
`;
