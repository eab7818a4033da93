import { Field, ObjectType } from '@nestjs/graphql';

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
}
