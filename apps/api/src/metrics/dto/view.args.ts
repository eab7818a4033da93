import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { MunicipalityPeriodArgs } from '../../common/dto/municipality.args';
import { Grain } from '../kpis/kpi-types';

/** Arguments of the typed views over a period: the municipality, the days and a series grain. */
@ArgsType()
export class ViewPeriodArgs extends MunicipalityPeriodArgs {
  @Field(() => Grain, { defaultValue: Grain.MONTH, description: 'Length of a series period' })
  @IsEnum(Grain, { message: 'grain must be one of DAY, ISO_WEEK, MONTH, QUARTER, YEAR' })
  grain: Grain = Grain.MONTH;
}
