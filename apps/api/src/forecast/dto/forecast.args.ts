import { ArgsType, Field, Float, Int } from '@nestjs/graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { IsIsoDay, MunicipalityArgs } from '../../common/dto/municipality.args';

export const MAX_WEEKS = 8;

@ArgsType()
export class ForecastArgs extends MunicipalityArgs {
  @Field(() => Int, { defaultValue: MAX_WEEKS, description: `Weeks ahead, 1–${MAX_WEEKS}` })
  @Min(1, { message: `weeks must be between 1 and ${MAX_WEEKS}` })
  @Max(MAX_WEEKS, { message: `weeks must be between 1 and ${MAX_WEEKS}` })
  weeks = MAX_WEEKS;

  @Field({
    nullable: true,
    description:
      'Last day known, YYYY-MM-DD; the forecast starts the day after. Default: the last day loaded.',
  })
  @IsOptional()
  @IsIsoDay('origin')
  origin?: string;
}

@ArgsType()
export class StaffingNeedArgs extends ForecastArgs {
  @Field(() => Int, { defaultValue: 60, description: 'Calls: answer within this many seconds' })
  @Min(0, { message: 'callTargetSeconds must be between 0 and 3600' })
  @Max(3600, { message: 'callTargetSeconds must be between 0 and 3600' })
  callTargetSeconds = 60;

  @Field(() => Float, { defaultValue: 0.8, description: 'Calls: share to answer in time' })
  @Min(0.01, { message: 'callTargetShare must be between 0.01 and 0.99' })
  @Max(0.99, { message: 'callTargetShare must be between 0.01 and 0.99' })
  callTargetShare = 0.8;

  @Field(() => Int, { defaultValue: 900, description: 'Walk-ins: wait at most this many seconds' })
  @Min(0, { message: 'walkInTargetSeconds must be between 0 and 7200' })
  @Max(7200, { message: 'walkInTargetSeconds must be between 0 and 7200' })
  walkInTargetSeconds = 900;

  @Field(() => Float, { defaultValue: 0.8, description: 'Walk-ins: share to serve in time' })
  @Min(0.01, { message: 'walkInTargetShare must be between 0.01 and 0.99' })
  @Max(0.99, { message: 'walkInTargetShare must be between 0.01 and 0.99' })
  walkInTargetShare = 0.8;
}
