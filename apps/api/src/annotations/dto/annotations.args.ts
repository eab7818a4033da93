import { ArgsType, Field } from '@nestjs/graphql';
import { IsISO8601, Matches } from 'class-validator';

@ArgsType()
export class AnnotationsArgs {
  @Field({ description: 'Official municipality code, e.g. "0169" (Høje-Taastrup)' })
  @Matches(/^0\d{3}$/, {
    message: 'municipalityCode must be an official four-digit code such as 0169',
  })
  municipalityCode!: string;

  @Field({ description: 'First day of the period, YYYY-MM-DD (Copenhagen calendar day)' })
  @IsISO8601({ strict: true }, { message: 'from must be a date written YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date written YYYY-MM-DD' })
  from!: string;

  @Field({ description: 'Last day of the period, inclusive, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'to must be a date written YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date written YYYY-MM-DD' })
  to!: string;
}
