import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { KpiUnit } from '../../metrics/kpis/kpi-types';
import {
  EfficiencyTargetStatus,
  EstimateScale,
  EvaluationExposure,
  EvaluationFamily,
  EvaluationSeasonality,
  ExclusionTreatment,
} from './evaluation-enums';

@ObjectType({ description: 'A KPI of the catalogue, optionally filtered by its dimensions' })
export class EvaluationSeries {
  @Field()
  kpiId!: string;

  @Field(() => [String], { nullable: true })
  serviceCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'Channels: visit, call, …' })
  channelCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'Age bands: 65-79, 80+, …' })
  ageBands?: string[];
}

@ObjectType()
export class EvaluationExclusion {
  @Field({ description: 'First day, YYYY-MM-DD; every month the range overlaps is excluded' })
  from!: string;

  @Field({ description: 'Last day, inclusive' })
  to!: string;

  @Field(() => ExclusionTreatment)
  treatment!: ExclusionTreatment;

  @Field(() => String, { nullable: true })
  label!: string | null;
}

@ObjectType({ description: 'The segmented-regression model of an evaluation' })
export class EvaluationModelSpec {
  @Field(() => EvaluationFamily)
  family!: EvaluationFamily;

  @Field(() => EvaluationExposure)
  exposure!: EvaluationExposure;

  @Field(() => EvaluationSeries, { nullable: true, description: 'When exposure is SERIES' })
  exposureSeries!: EvaluationSeries | null;

  @Field(() => EvaluationSeasonality)
  seasonality!: EvaluationSeasonality;

  @Field(() => Int, { nullable: true, description: 'K, when seasonality is FOURIER' })
  fourierHarmonics!: number | null;

  @Field({ description: 'A change of trend after go-live besides the step' })
  slopeChange!: boolean;

  @Field({ description: 'Newey–West standard errors (GAUSSIAN), lag ⌊4(n/100)^(2/9)⌋' })
  neweyWest!: boolean;
}

@ObjectType({ description: 'One model term: the effect terms are step and slope_change' })
export class EvaluationCoefficient {
  @Field()
  name!: string;

  @Field(() => Float)
  estimate!: number;

  @Field(() => Float)
  standardError!: number;

  @Field(() => Float)
  ciLow!: number;

  @Field(() => Float)
  ciHigh!: number;

  @Field(() => Float)
  pValue!: number;

  @Field(() => Float, { nullable: true, description: 'exp(estimate): a rate ratio (Poisson)' })
  ratio!: number | null;

  @Field(() => Float, { nullable: true })
  ratioLow!: number | null;

  @Field(() => Float, { nullable: true })
  ratioHigh!: number | null;
}

@ObjectType({ description: 'An effect of the intervention with its 95 % interval, told in words' })
export class EvaluationEstimate extends EvaluationCoefficient {
  @Field(() => EstimateScale)
  scale!: EstimateScale;

  @Field(() => KpiUnit, { description: 'Unit of an ABSOLUTE estimate' })
  unit!: KpiUnit;

  @Field({ description: 'E.g. "Fremmøder uden tid faldt med 38 % (95 %-KI 31–44 %)"' })
  sentenceDa!: string;

  @Field({ description: 'E.g. "Walk-in visits fell by 38% (95% CI 31–44%)"' })
  sentenceEn!: string;
}

@ObjectType({ description: 'A month of the evaluated series' })
export class EvaluationPoint {
  @Field({ description: 'YYYY-MM' })
  period!: string;

  @Field(() => Float, {
    description: 'The response: a count (Poisson families) or the level (GAUSSIAN)',
  })
  observed!: number;

  @Field(() => Float, { nullable: true })
  exposure!: number | null;

  @Field(() => ExclusionTreatment, { nullable: true })
  excluded!: ExclusionTreatment | null;

  @Field(() => Float, { nullable: true, description: 'The fit with the intervention' })
  fitted!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'From go-live: expected without the intervention',
  })
  counterfactual!: number | null;

  @Field(() => Float, { nullable: true, description: '95 % band of the counterfactual' })
  low!: number | null;

  @Field(() => Float, { nullable: true })
  high!: number | null;

  @Field(() => Float, { nullable: true, description: 'observed − counterfactual' })
  difference!: number | null;

  @Field(() => Float, { nullable: true, description: 'Σ difference since go-live' })
  cumulativeDifference!: number | null;
}

@ObjectType()
export class EvaluationDiagnostics {
  @Field(() => Float)
  durbinWatson!: number;

  @Field(() => Float)
  ljungBoxStatistic!: number;

  @Field(() => Int)
  ljungBoxLag!: number;

  @Field(() => Float, { description: 'Small: the residuals are autocorrelated' })
  ljungBoxPValue!: number;

  @Field(() => [Float], { description: 'Residual autocorrelation at lags 1, 2, …' })
  acf!: number[];
}

@ObjectType()
export class EvaluationEfficiencyMonth {
  @Field()
  period!: string;

  @Field(() => Float, { description: '(counterfactual − observed) hours in the month' })
  hoursSaved!: number;

  @Field(() => Float, { description: 'The month as a yearly rate: hours × 12 ÷ hours per FTE' })
  fteRate!: number;

  @Field(() => Float)
  dkkSaved!: number;

  @Field(() => Float)
  cumulativeDkkSaved!: number;

  @Field(() => Float, { nullable: true, description: 'The budgeted saving accrued pro rata' })
  cumulativeTargetDkk!: number | null;

  @Field(() => EfficiencyTargetStatus, { nullable: true })
  status!: EfficiencyTargetStatus | null;
}

@ObjectType({ description: 'The effect on staff hours as FTE and DKK against the budget target' })
export class EvaluationEfficiency {
  @Field(() => Float)
  hoursPerFte!: number;

  @Field(() => Float)
  costPerFteDkk!: number;

  @Field(() => Float, { nullable: true })
  targetFte!: number | null;

  @Field(() => String, { nullable: true })
  targetFrom!: string | null;

  @Field(() => Float, { nullable: true })
  investmentDkk!: number | null;

  @Field(() => Float, { description: 'FTE saved a year (the step), positive = saved' })
  annualFte!: number;

  @Field(() => Float)
  annualFteLow!: number;

  @Field(() => Float)
  annualFteHigh!: number;

  @Field(() => Float)
  annualDkk!: number;

  @Field(() => Float)
  annualDkkLow!: number;

  @Field(() => Float)
  annualDkkHigh!: number;

  @Field(() => [EvaluationEfficiencyMonth])
  months!: EvaluationEfficiencyMonth[];

  @Field(() => EfficiencyTargetStatus, { nullable: true, description: 'As of the latest month' })
  status!: EfficiencyTargetStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'First month (YYYY-MM) whose cumulative saving covers the investment',
  })
  paybackPeriod!: string | null;
}

@ObjectType({ description: 'A stored evaluation and its latest fit' })
export class Evaluation {
  @Field({ description: 'Stable code, e.g. tidsbestilling-uden-tid' })
  id!: string;

  @Field()
  municipalityCode!: string;

  @Field({ description: 'E.g. "Obligatorisk tidsbestilling"' })
  name!: string;

  @Field()
  metricLabelDa!: string;

  @Field()
  metricLabelEn!: string;

  @Field(() => EvaluationSeries)
  metric!: EvaluationSeries;

  @Field(() => EvaluationSeries, { nullable: true, description: 'Controlled ITS' })
  control!: EvaluationSeries | null;

  @Field({ description: 'MONTH, the only grain so far' })
  grain!: string;

  @Field()
  periodFrom!: string;

  @Field(() => String, { nullable: true, description: 'Null: up to the last month with data' })
  periodTo!: string | null;

  @Field(() => [String], { description: 'Go-live days, YYYY-MM-DD; the first is evaluated' })
  interventionDates!: string[];

  @Field(() => EvaluationModelSpec)
  model!: EvaluationModelSpec;

  @Field(() => [EvaluationExclusion])
  exclusions!: EvaluationExclusion[];

  @Field(() => Int, { description: 'Latest successful ETL run the fit read' })
  dataVersion!: number;

  @Field({ description: 'When the fit was made (ISO timestamp)' })
  fittedAt!: string;

  @Field(() => String, { nullable: true, description: 'Why the model could not be fitted' })
  error!: string | null;

  @Field(() => EvaluationEstimate, {
    nullable: true,
    description: 'The step: the effect at go-live',
  })
  headline!: EvaluationEstimate | null;

  @Field(() => [EvaluationEstimate], { description: 'step, and slope_change when modelled' })
  estimates!: EvaluationEstimate[];

  @Field(() => [EvaluationCoefficient])
  coefficients!: EvaluationCoefficient[];

  @Field(() => Float, { nullable: true })
  dispersion!: number | null;

  @Field(() => [EvaluationPoint], {
    description: 'Observed, fitted, counterfactual with band, month by month',
  })
  series!: EvaluationPoint[];

  @Field(() => EvaluationDiagnostics, { nullable: true })
  diagnostics!: EvaluationDiagnostics | null;

  @Field(() => EvaluationEfficiency, {
    nullable: true,
    description: 'For a GAUSSIAN model of staff hours only',
  })
  efficiency!: EvaluationEfficiency | null;
}
