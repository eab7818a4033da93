import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

/** A calendar day written YYYY-MM-DD; the message names the argument. */
export function IsIsoDay(argument: string): PropertyDecorator {
  const message = `${argument} must be a date written YYYY-MM-DD`;
  return applyDecorators(
    IsISO8601({ strict: true }, { message }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message }),
  );
}

/** Arguments of every query about one municipality. */
@ArgsType()
export class MunicipalityArgs {
  @Field({ description: 'Official municipality code, e.g. "0169" (Høje-Taastrup)' })
  @Matches(/^0\d{3}$/, {
    message: 'municipalityCode must be an official four-digit code such as 0169',
  })
  municipalityCode!: string;
}

/** Arguments of every query about one municipality over a period of days. */
@ArgsType()
export class MunicipalityPeriodArgs extends MunicipalityArgs {
  @Field({ description: 'First day of the period, YYYY-MM-DD (Copenhagen calendar day)' })
  @IsIsoDay('from')
  from!: string;

  @Field({ description: 'Last day of the period, inclusive, YYYY-MM-DD' })
  @IsIsoDay('to')
  to!: string;
}

/**
 * A municipality's period narrowed to one of its citizen-service sites, where the data is kept per
 * site; a code the municipality has no site by gives no rows.
 */
@ArgsType()
export class MunicipalitySitePeriodArgs extends MunicipalityPeriodArgs {
  @Field({
    nullable: true,
    description: 'Only this site of the municipality (e.g. raadhus); all sites when left out',
  })
  @IsOptional()
  @Matches(/^[a-z0-9_-]+$/, { message: 'siteCode must be a site code such as raadhus' })
  siteCode?: string;
}
