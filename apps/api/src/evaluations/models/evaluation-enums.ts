import { registerEnumType } from '@nestjs/graphql';

/** GraphQL names for the values dw.evaluation stores. */
export enum EvaluationFamily {
  POISSON = 'poisson',
  QUASIPOISSON = 'quasipoisson',
  GAUSSIAN = 'gaussian',
}
registerEnumType(EvaluationFamily, {
  name: 'EvaluationFamily',
  description:
    'POISSON / QUASIPOISSON: counts, log link, effects as rate ratios; GAUSSIAN: a level, identity link, effects as absolute changes',
});

export enum EvaluationExposure {
  NONE = 'none',
  OPENING_DAYS = 'opening_days',
  DENOMINATOR = 'denominator',
  SERIES = 'series',
}
registerEnumType(EvaluationExposure, {
  name: 'EvaluationExposure',
  description:
    "What the metric is divided by. Poisson families: the offset log(exposure) (OPENING_DAYS of the month, the KPI's DENOMINATOR, or another SERIES); GAUSSIAN: the KPI's value divided by the month's OPENING_DAYS",
});

export enum EvaluationSeasonality {
  NONE = 'none',
  FOURIER = 'fourier',
  DUMMIES = 'dummies',
}
registerEnumType(EvaluationSeasonality, {
  name: 'EvaluationSeasonality',
  description: 'FOURIER: K sine/cosine pairs over the month of year; DUMMIES: one per month',
});

export enum ExclusionTreatment {
  DROP = 'drop',
  DUMMY = 'dummy',
}
registerEnumType(ExclusionTreatment, {
  name: 'ExclusionTreatment',
  description: 'DROP leaves the months out of the fit; DUMMY gives them a level of their own',
});

export enum EfficiencyTargetStatus {
  ON_TRACK = 'ON_TRACK',
  BEHIND = 'BEHIND',
}
registerEnumType(EfficiencyTargetStatus, { name: 'EfficiencyTargetStatus' });

export enum EstimateScale {
  RATE_RATIO = 'RATE_RATIO',
  ABSOLUTE = 'ABSOLUTE',
}
registerEnumType(EstimateScale, {
  name: 'EstimateScale',
  description: 'RATE_RATIO: ratio, ratioLow, ratioHigh hold exp() of the estimate and its interval',
});
