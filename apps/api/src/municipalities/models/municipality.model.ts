import { Field, ObjectType } from '@nestjs/graphql';
import { Site } from './site.model';

@ObjectType({ description: 'A municipality whose contact data is in the warehouse' })
export class Municipality {
  @Field({ description: 'Official four-digit code' })
  code!: string;

  @Field()
  nameDa!: string;

  @Field()
  region!: string;

  @Field({ description: 'First day with visit data, YYYY-MM-DD' })
  visitsFrom!: string;

  @Field({ description: 'Last day with visit data, YYYY-MM-DD' })
  visitsTo!: string;

  @Field(() => [Site], {
    description:
      'Its sites with visit data, by name; the site filter of the visit and peak queries takes their codes',
  })
  sites!: Site[];
}
