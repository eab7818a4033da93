import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An event that explains a series, marked on charts' })
export class Annotation {
  @Field({ description: 'Short stable name of the event, unique per municipality' })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The municipality it concerns; null = every municipality',
  })
  municipalityCode!: string | null;

  @Field({ description: 'First day, YYYY-MM-DD' })
  dateFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day, inclusive, YYYY-MM-DD; null = a single day (a launch, a go-live)',
  })
  dateTo!: string | null;

  @Field({ description: 'intervention, closure or other' })
  kind!: string;

  @Field()
  labelDa!: string;

  @Field()
  labelEn!: string;
}
