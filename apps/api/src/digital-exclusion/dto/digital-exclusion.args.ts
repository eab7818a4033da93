import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { IsIsoDay, MunicipalityArgs } from '../../common/dto/municipality.args';

/**
 * A council answer is cut from one fixed table of quarters and years (docs/suppression.md), so a
 * period is whole quarters: any other day would publish a sum that is not in that table.
 */
@ArgsType()
export class DigitalExclusionArgs extends MunicipalityArgs {
  @Field({
    description:
      'First day of the period, YYYY-MM-DD: the first day of a quarter (1 January, 1 April, 1 July or 1 October)',
  })
  @IsIsoDay('from')
  @Matches(/^\d{4}-(01|04|07|10)-01$/, {
    message:
      'from must be the first day of a quarter (1 January, 1 April, 1 July or 1 October): the councils see whole quarters and years only',
  })
  from!: string;

  @Field({
    description:
      'Last day of the period, inclusive, YYYY-MM-DD: the last day of a quarter (31 March, 30 June, 30 September or 31 December)',
  })
  @IsIsoDay('to')
  @Matches(/^\d{4}-(03-31|06-30|09-30|12-31)$/, {
    message:
      'to must be the last day of a quarter (31 March, 30 June, 30 September or 31 December): the councils see whole quarters and years only',
  })
  to!: string;
}
