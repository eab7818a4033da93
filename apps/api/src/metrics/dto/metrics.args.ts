import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ArrayNotEmpty, ArrayUnique, IsEnum, IsIn, IsOptional } from 'class-validator';
import { MunicipalityPeriodArgs } from '../../common/dto/municipality.args';
import {
  DEFAULT_KPI_OPTIONS,
  Dimension,
  Grain,
  KPI_IDS,
  QUEUE_BUCKET_BOUNDS,
  ServiceLevelVariant,
} from '../kpi-catalogue';

const BOUNDS = QUEUE_BUCKET_BOUNDS.join(', ');

@ArgsType()
export class MetricsArgs extends MunicipalityPeriodArgs {
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
  @IsEnum(Dimension, { message: 'dimension must be one of SERVICE, WEEKDAY, BOOKING_CHANNEL' })
  dimension?: Dimension;

  @Field(() => ServiceLevelVariant, {
    defaultValue: DEFAULT_KPI_OPTIONS.serviceLevelVariant,
    description: 'Denominator of service_level: A, B or C (see the KPI description)',
  })
  @IsEnum(ServiceLevelVariant, { message: 'serviceLevelVariant must be A, B or C' })
  serviceLevelVariant: ServiceLevelVariant = DEFAULT_KPI_OPTIONS.serviceLevelVariant;

  @Field(() => Int, {
    defaultValue: DEFAULT_KPI_OPTIONS.serviceLevelSeconds,
    description: `T of service_level in seconds; one of the queue-time bucket bounds ${BOUNDS}, 0 excluded`,
  })
  @IsIn(QUEUE_BUCKET_BOUNDS.filter((bound) => bound > 0), {
    message: `serviceLevelSeconds must be a queue-time bucket bound above 0 (${BOUNDS}); got $value`,
  })
  serviceLevelSeconds: number = DEFAULT_KPI_OPTIONS.serviceLevelSeconds;

  @Field(() => Int, {
    defaultValue: DEFAULT_KPI_OPTIONS.shortAbandonSeconds,
    description: `Abandons after less than this many seconds are short; one of the queue-time bucket bounds ${BOUNDS}`,
  })
  @IsIn(QUEUE_BUCKET_BOUNDS, {
    message: `shortAbandonSeconds must be a queue-time bucket bound (${BOUNDS}); got $value`,
  })
  shortAbandonSeconds: number = DEFAULT_KPI_OPTIONS.shortAbandonSeconds;
}
