import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, Float, Int } from '@nestjs/graphql';
import {
  ArrayNotEmpty,
  ArrayUnique,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsPositive,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IsIsoDay } from '../../common/dto/municipality.args';
import { KPI_IDS } from '../kpis';
import {
  DEFAULT_KPI_OPTIONS,
  Dimension,
  Grain,
  MetricSource,
  ServiceLevelVariant,
} from '../kpis/kpi-types';

const DIMENSIONS = Object.values(Dimension).join(', ');

/** A whole number of seconds from min up to an hour; the message names the argument. */
function Seconds(argument: string, min: number): PropertyDecorator {
  const message = `${argument} must be a whole number of seconds from ${min} to 3600; got $value`;
  return applyDecorators(IsInt({ message }), Min(min, { message }), Max(3600, { message }));
}

/** Annual hours of one FTE: used by fte, staff_cost_dkk and cost_per_contact. */
export function HoursPerFteField(): PropertyDecorator {
  return applyDecorators(
    Field(() => Float, {
      defaultValue: DEFAULT_KPI_OPTIONS.hoursPerFte,
      description:
        'Annual hours of one FTE (årsværk); default 1628 = 37 h/week × 44 weeks, net of holiday and public holidays',
    }),
    IsPositive({ message: 'hoursPerFte must be a positive number of hours; got $value' }),
    Max(8784, { message: 'hoursPerFte cannot exceed the 8784 hours of a leap year; got $value' }),
  );
}

/** Cost of one FTE in DKK: used by staff_cost_dkk and cost_per_contact. */
export function CostPerFteField(): PropertyDecorator {
  return applyDecorators(
    Field(() => Float, {
      defaultValue: DEFAULT_KPI_OPTIONS.costPerFte,
      description: 'Cost of one FTE in DKK a year; default 400000',
    }),
    Min(0, { message: 'costPerFte must be a number of DKK of 0 or more; got $value' }),
  );
}

/** Service codes, site codes and booking channels, each list restricting the KPIs that have it. */
@ArgsType()
export class MetricFilterArgs {
  @Field(() => [String], {
    nullable: true,
    description: 'Only these services (codes from the service catalogue, e.g. pas)',
  })
  @IsOptional()
  @ArrayNotEmpty({ message: 'serviceCodes must name at least one service when given' })
  @Matches(/^[a-z0-9_]+$/, {
    each: true,
    message: 'serviceCodes must be service codes such as pas',
  })
  serviceCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'Only these sites (e.g. raadhus)' })
  @IsOptional()
  @ArrayNotEmpty({ message: 'siteCodes must name at least one site when given' })
  @Matches(/^[a-z0-9_-]+$/, { each: true, message: 'siteCodes must be site codes such as raadhus' })
  siteCodes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Only bookings made through these channels: web, phone, counter, floorwalker',
  })
  @IsOptional()
  @ArrayNotEmpty({ message: 'bookingChannels must name at least one channel when given' })
  @IsIn(['web', 'phone', 'counter', 'floorwalker'], {
    each: true,
    message: 'bookingChannels must be among web, phone, counter, floorwalker',
  })
  bookingChannels?: string[];
}

@ArgsType()
export class MetricsArgs extends MetricFilterArgs {
  @Field(() => [String], {
    description:
      'Official municipality codes, e.g. ["0169"]; the KPIs are summed over all of them (split them with the MUNICIPALITY dimension)',
  })
  @ArrayNotEmpty({ message: 'municipalityCodes must name at least one municipality' })
  @ArrayUnique({ message: 'municipalityCodes must not name a municipality twice' })
  @Matches(/^0\d{3}$/, {
    each: true,
    message: 'municipalityCodes must be official four-digit codes such as 0169',
  })
  municipalityCodes!: string[];

  @Field({ description: 'First day of the period, YYYY-MM-DD (Copenhagen calendar day)' })
  @IsIsoDay('from')
  from!: string;

  @Field({ description: 'Last day of the period, inclusive, YYYY-MM-DD' })
  @IsIsoDay('to')
  to!: string;

  @Field(() => [String], { description: `KPI ids from the catalogue: ${KPI_IDS.join(', ')}` })
  @ArrayNotEmpty({ message: 'kpis must name at least one KPI' })
  @ArrayUnique({ message: 'kpis must not name a KPI twice' })
  @IsIn(KPI_IDS, {
    each: true,
    message: ({ value }) =>
      `unknown KPI ${(value as string[]).filter((id) => !KPI_IDS.includes(id)).join(', ')}; known KPIs: ${KPI_IDS.join(', ')}`,
  })
  kpis!: string[];

  @Field(() => Grain, { defaultValue: Grain.MONTH, description: 'Length of a series period' })
  @IsEnum(Grain, { message: 'grain must be one of DAY, ISO_WEEK, MONTH, QUARTER, YEAR' })
  grain: Grain = Grain.MONTH;

  @Field(() => Dimension, {
    nullable: true,
    description: 'Split each period by this dimension; every KPI asked for must allow it',
  })
  @IsOptional()
  @IsEnum(Dimension, { message: `dimension must be one of ${DIMENSIONS}` })
  /** GraphQL may send null explicitly: it means no split, as leaving the argument out does. */
  dimension?: Dimension | null;

  @Field(() => MetricSource, {
    nullable: true,
    description:
      'Answer from this path only (for audits and tests); by default the coarsest that can: the monthly rollup, the daily rollup, the facts',
  })
  @IsOptional()
  @IsEnum(MetricSource, { message: 'source must be MONTHLY_ROLLUP, ROLLUP or FACTS' })
  source?: MetricSource;

  @Field(() => ServiceLevelVariant, {
    defaultValue: DEFAULT_KPI_OPTIONS.serviceLevelVariant,
    description: 'Denominator of service_level: A, B or C (see the KPI description)',
  })
  @IsEnum(ServiceLevelVariant, { message: 'serviceLevelVariant must be A, B or C' })
  serviceLevelVariant: ServiceLevelVariant = DEFAULT_KPI_OPTIONS.serviceLevelVariant;

  @Field(() => Int, {
    defaultValue: DEFAULT_KPI_OPTIONS.serviceLevelSeconds,
    description:
      'T of service_level in seconds (1–3600): answered after at most T seconds in queue counts as within; a threshold of the call rollup (0, 5, 10, 20, 30, 45, 60, 90, 120, 180, 300) is answered from it, any other value from the calls',
  })
  @Seconds('serviceLevelSeconds', 1)
  serviceLevelSeconds: number = DEFAULT_KPI_OPTIONS.serviceLevelSeconds;

  @Field(() => Int, {
    defaultValue: DEFAULT_KPI_OPTIONS.shortAbandonSeconds,
    description: 'Abandons after less than this many seconds are short (0–3600)',
  })
  @Seconds('shortAbandonSeconds', 0)
  shortAbandonSeconds: number = DEFAULT_KPI_OPTIONS.shortAbandonSeconds;

  @Field(() => Int, {
    defaultValue: DEFAULT_KPI_OPTIONS.waitTargetSeconds,
    description:
      'A served visit waited over target when it waited longer (waited_over_target_share)',
  })
  @Seconds('waitTargetSeconds', 0)
  waitTargetSeconds: number = DEFAULT_KPI_OPTIONS.waitTargetSeconds;

  @HoursPerFteField()
  hoursPerFte: number = DEFAULT_KPI_OPTIONS.hoursPerFte;

  @CostPerFteField()
  costPerFte: number = DEFAULT_KPI_OPTIONS.costPerFte;
}
