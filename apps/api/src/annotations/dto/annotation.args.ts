import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { IsIsoDay, MunicipalityArgs } from '../../common/dto/municipality.args';

export enum AnnotationKind {
  intervention = 'intervention',
  closure = 'closure',
  other = 'other',
}
registerEnumType(AnnotationKind, { name: 'AnnotationKind' });

@ArgsType()
export class AnnotationCodeArgs extends MunicipalityArgs {
  @Field({ description: 'Short stable name of the event, e.g. mandatory-booking' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/, {
    message: 'code must be 1 to 63 lower-case letters, digits and hyphens, e.g. mandatory-booking',
  })
  code!: string;
}

/** An event of one municipality: saving one with an existing code replaces it. */
@ArgsType()
export class SaveAnnotationArgs extends AnnotationCodeArgs {
  @Field({ description: 'First day, YYYY-MM-DD' })
  @IsIsoDay('dateFrom')
  dateFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day, inclusive; leave out for a single day (a launch, a go-live)',
  })
  @IsOptional()
  @IsIsoDay('dateTo')
  dateTo?: string | null;

  @Field(() => AnnotationKind)
  @IsEnum(AnnotationKind, { message: 'kind must be intervention, closure or other' })
  kind!: AnnotationKind;

  @Field()
  @Length(1, 200, { message: 'labelDa must be 1 to 200 characters' })
  labelDa!: string;

  @Field()
  @Length(1, 200, { message: 'labelEn must be 1 to 200 characters' })
  labelEn!: string;
}
