import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsNotEmpty({ message: 'username must not be empty' })
  @MaxLength(64, { message: 'username must be at most 64 characters' })
  username!: string;

  @Field()
  @IsNotEmpty({ message: 'password must not be empty' })
  @MaxLength(1024, { message: 'password must be at most 1024 characters' })
  password!: string;
}
