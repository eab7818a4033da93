import { ArgsType, Field } from '@nestjs/graphql';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

@ArgsType()
export class DataQualityArgs {
  @Field({ description: 'Official municipality code, e.g. "0169" (Høje-Taastrup)' })
  @Matches(/^0\d{3}$/, {
    message: 'municipalityCode must be an official four-digit code such as 0169',
  })
  municipalityCode!: string;

  @Field({
    nullable: true,
    description: 'Day freshness is measured against, YYYY-MM-DD; today in Copenhagen when left out',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'asOf must be a date written YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date written YYYY-MM-DD' })
  asOf?: string;
}
