import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, Max, Min } from 'class-validator';
import { MunicipalitySitePeriodArgs } from '../../common/dto/municipality.args';

export enum PeakResolution {
  HOUR = 'HOUR',
  QUARTER_HOUR = 'QUARTER_HOUR',
}
registerEnumType(PeakResolution, {
  name: 'PeakResolution',
  description: 'Length of a time slot in the weekday profiles',
});

export const MAX_TOP_DAYS = 50;

@ArgsType()
export class PeaksArgs extends MunicipalitySitePeriodArgs {
  @Field(() => PeakResolution, { defaultValue: PeakResolution.HOUR })
  @IsEnum(PeakResolution, { message: 'resolution must be HOUR or QUARTER_HOUR' })
  resolution: PeakResolution = PeakResolution.HOUR;

  @Field(() => Int, {
    defaultValue: 10,
    description: `Peak days listed per channel, 1–${MAX_TOP_DAYS}`,
  })
  @Min(1, { message: `topDays must be between 1 and ${MAX_TOP_DAYS}` })
  @Max(MAX_TOP_DAYS, { message: `topDays must be between 1 and ${MAX_TOP_DAYS}` })
  topDays = 10;
}
