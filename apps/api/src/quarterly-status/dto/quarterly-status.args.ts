import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { MunicipalityArgs } from '../../common/dto/municipality.args';

@ArgsType()
export class QuarterlyStatusArgs extends MunicipalityArgs {
  @Field({ description: 'The quarter to report, e.g. "2025-Q3"' })
  @Matches(/^(19|20)\d{2}-Q[1-4]$/, { message: 'quarter must be written YYYY-Qn, e.g. 2025-Q3' })
  quarter!: string;
}
