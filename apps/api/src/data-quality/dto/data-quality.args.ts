import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsIsoDay, MunicipalityArgs } from '../../common/dto/municipality.args';

@ArgsType()
export class DataQualityArgs extends MunicipalityArgs {
  @Field({
    nullable: true,
    description: 'Day freshness is measured against, YYYY-MM-DD; today in Copenhagen when left out',
  })
  @IsOptional()
  @IsIsoDay('asOf')
  asOf?: string;
}
