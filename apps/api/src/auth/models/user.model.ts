import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The signed-in user' })
export class User {
  @Field(() => Int)
  userId!: number;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'director, finance, centre_manager, council or admin' })
  role!: string;

  @Field(() => [String], { description: 'Municipalities the user may see' })
  municipalityCodes!: string[];
}

@ObjectType({ description: 'A session: send the token as Authorization: Bearer <token>' })
export class Session {
  @Field()
  token!: string;

  @Field({ description: 'When the token stops working (8 hours after sign-in)' })
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}
