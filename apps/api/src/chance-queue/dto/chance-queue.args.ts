import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, Float } from '@nestjs/graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { MunicipalityPeriodArgs } from '../../common/dto/municipality.args';
import { CostPerFteField, HoursPerFteField } from '../../metrics/dto/metrics.args';
import { DEFAULT_KPI_OPTIONS } from '../../metrics/kpis/kpi-types';

/** Unbooked slots are known in advance: all of their minutes can be offered to a chance queue. */
export const DEFAULT_UNBOOKED_SHARE_USABLE = 1;
/**
 * A no-show is known only once the citizen has not turned up some minutes into the slot, and a
 * walk-in must be waiting just then: half of the no-show minutes is a cautious guess, not a
 * measurement (docs/evaluation.md#chancekø-chance-queue-what-if).
 */
export const DEFAULT_NO_SHOW_SHARE_USABLE = 0.5;

/** A share from 0 to 1; the message names the argument. */
function Share(argument: string): PropertyDecorator {
  const message = `${argument} must be a share from 0 to 1; got $value`;
  return applyDecorators(Min(0, { message }), Max(1, { message }));
}

@ArgsType()
export class ChanceQueueArgs extends MunicipalityPeriodArgs {
  @Field(() => Float, {
    nullable: true,
    description:
      'Staff minutes one chance-queue citizen takes, 1–240; by default the mean length of the slots offered in the period',
  })
  @IsOptional()
  @Min(1, { message: 'minutesPerWalkIn must be from 1 to 240 minutes; got $value' })
  @Max(240, { message: 'minutesPerWalkIn must be from 1 to 240 minutes; got $value' })
  minutesPerWalkIn?: number | null;

  @Field(() => Float, {
    defaultValue: DEFAULT_UNBOOKED_SHARE_USABLE,
    description: 'Share of unbooked slot minutes a chance queue could use, 0–1; default 1',
  })
  @Share('unbookedShareUsable')
  unbookedShareUsable: number = DEFAULT_UNBOOKED_SHARE_USABLE;

  @Field(() => Float, {
    defaultValue: DEFAULT_NO_SHOW_SHARE_USABLE,
    description:
      'Share of no-show slot minutes a chance queue could use, 0–1; default 0.5 (a no-show is known only once the citizen fails to appear)',
  })
  @Share('noShowShareUsable')
  noShowShareUsable: number = DEFAULT_NO_SHOW_SHARE_USABLE;

  @HoursPerFteField()
  hoursPerFte: number = DEFAULT_KPI_OPTIONS.hoursPerFte;

  @CostPerFteField()
  costPerFte: number = DEFAULT_KPI_OPTIONS.costPerFte;
}
