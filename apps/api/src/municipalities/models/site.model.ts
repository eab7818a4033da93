import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A citizen-service site (service point) of a municipality' })
export class Site {
  @Field({ description: 'The site’s code within its municipality, e.g. raadhus' })
  code!: string;

  @Field()
  nameDa!: string;
}
