import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';

@ArgsType()
export class TargetsArgs {
  @Field({ description: 'Official municipality code, e.g. "0169" (Høje-Taastrup)' })
  @Matches(/^0\d{3}$/, {
    message: 'municipalityCode must be an official four-digit code such as 0169',
  })
  municipalityCode!: string;
}
