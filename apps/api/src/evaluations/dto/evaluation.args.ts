import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsPositive,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IsIsoDay, MunicipalityArgs } from '../../common/dto/municipality.args';
import {
  EvaluationExposure,
  EvaluationFamily,
  EvaluationSeasonality,
  ExclusionTreatment,
} from '../models/evaluation-enums';

const INTERVENTION_DATES = 'interventionDates must be days written YYYY-MM-DD';

@ArgsType()
export class EvaluationIdArgs extends MunicipalityArgs {
  @Field({ description: 'The evaluation code, e.g. tidsbestilling-uden-tid' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/, {
    message:
      'id must be 1 to 63 lower-case letters, digits and hyphens, e.g. tidsbestilling-uden-tid',
  })
  id!: string;
}

// Nested inputs are checked by the service (checkDefinition), whose messages name the argument.
@InputType()
export class EvaluationSeriesInput {
  @Field({ description: 'A KPI id of the catalogue (the metrics query lists them)' })
  kpiId!: string;

  @Field(() => [String], { nullable: true })
  serviceCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'visit, call, digital, …' })
  channelCodes?: string[];

  @Field(() => [String], { nullable: true, description: '0-17, 18-29, 30-49, 50-64, 65-79, 80+' })
  ageBands?: string[];
}

@InputType()
export class EvaluationExclusionInput {
  @Field({ description: 'First day, YYYY-MM-DD' })
  from!: string;

  @Field({ description: 'Last day, inclusive' })
  to!: string;

  @Field(() => ExclusionTreatment)
  treatment!: ExclusionTreatment;

  @Field(() => String, { nullable: true })
  label?: string | null;
}

/** An evaluation definition: saving one with an existing id replaces it (and its fit). */
@ArgsType()
export class SaveEvaluationArgs extends EvaluationIdArgs {
  @Field({ description: 'E.g. "Obligatorisk tidsbestilling"' })
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name!: string;

  @Field({ description: 'Subject of the sentences, e.g. "Fremmøder uden tid"' })
  @Length(1, 200, { message: 'metricLabelDa must be 1 to 200 characters' })
  metricLabelDa!: string;

  @Field({ description: 'E.g. "Walk-in visits"' })
  @Length(1, 200, { message: 'metricLabelEn must be 1 to 200 characters' })
  metricLabelEn!: string;

  @Field(() => EvaluationSeriesInput)
  metric!: EvaluationSeriesInput;

  @Field({ description: 'First day of the data the model reads, YYYY-MM-DD' })
  @IsIsoDay('periodFrom')
  periodFrom!: string;

  @Field(() => String, { nullable: true, description: 'Last day; leave out for all data' })
  @IsOptional()
  @IsIsoDay('periodTo')
  periodTo?: string | null;

  @Field(() => [String], { description: 'Go-live days, YYYY-MM-DD; the first is evaluated' })
  @ArrayMinSize(1, { message: 'interventionDates must hold at least one day' })
  @ArrayMaxSize(5, { message: 'interventionDates may hold at most 5 days' })
  @IsISO8601({ strict: true }, { each: true, message: INTERVENTION_DATES })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: INTERVENTION_DATES })
  interventionDates!: string[];

  @Field(() => EvaluationFamily, { defaultValue: EvaluationFamily.QUASIPOISSON })
  @IsEnum(EvaluationFamily, { message: 'family must be POISSON, QUASIPOISSON or GAUSSIAN' })
  family!: EvaluationFamily;

  @Field(() => EvaluationExposure, { defaultValue: EvaluationExposure.NONE })
  @IsEnum(EvaluationExposure, {
    message: 'exposure must be NONE, OPENING_DAYS, DENOMINATOR or SERIES',
  })
  exposure!: EvaluationExposure;

  @Field(() => EvaluationSeriesInput, { nullable: true, description: 'When exposure is SERIES' })
  exposureSeries?: EvaluationSeriesInput | null;

  @Field(() => EvaluationSeasonality, { defaultValue: EvaluationSeasonality.DUMMIES })
  @IsEnum(EvaluationSeasonality, { message: 'seasonality must be NONE, FOURIER or DUMMIES' })
  seasonality!: EvaluationSeasonality;

  @Field(() => Int, { nullable: true, description: 'K, 1 to 6, when seasonality is FOURIER' })
  @IsOptional()
  @IsInt({ message: 'fourierHarmonics must be a whole number from 1 to 6' })
  @Min(1, { message: 'fourierHarmonics must be a whole number from 1 to 6' })
  @Max(6, { message: 'fourierHarmonics must be a whole number from 1 to 6' })
  fourierHarmonics?: number | null;

  @Field({ defaultValue: false })
  @IsBoolean({ message: 'slopeChange must be true or false' })
  slopeChange!: boolean;

  @Field({ defaultValue: false, description: 'GAUSSIAN only' })
  @IsBoolean({ message: 'neweyWest must be true or false' })
  neweyWest!: boolean;

  @Field(() => [EvaluationExclusionInput], { defaultValue: [] })
  @ArrayMaxSize(20, { message: 'exclusions may hold at most 20 ranges' })
  exclusions!: EvaluationExclusionInput[];

  @Field(() => EvaluationSeriesInput, { nullable: true, description: 'Controlled ITS' })
  control?: EvaluationSeriesInput | null;

  @Field(() => Float, { nullable: true, description: 'Default 1,628 (the metrics layer)' })
  @IsOptional()
  @IsPositive({ message: 'hoursPerFte must be a positive number' })
  hoursPerFte?: number | null;

  @Field(() => Float, { nullable: true, description: 'Default DKK 400,000' })
  @IsOptional()
  @IsPositive({ message: 'costPerFteDkk must be a positive number' })
  costPerFteDkk?: number | null;

  @Field(() => Float, { nullable: true, description: 'FTE a year the budget counts on saving' })
  @IsOptional()
  @IsPositive({ message: 'targetFte must be a positive number' })
  targetFte?: number | null;

  @Field(() => String, { nullable: true, description: 'First day the budgeted saving accrues' })
  @IsOptional()
  @IsIsoDay('targetFrom')
  targetFrom?: string | null;

  @Field(() => Float, { nullable: true, description: 'Investment (DKK) for the payback month' })
  @IsOptional()
  @Min(0, { message: 'investmentDkk must not be negative' })
  investmentDkk?: number | null;
}
