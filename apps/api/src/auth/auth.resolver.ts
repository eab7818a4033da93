import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CouncilVisible, Public } from './audience.decorators';
import type { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import { LoginArgs } from './dto/login.args';
import { Session, User } from './models/user.model';

@Resolver()
export class AuthResolver {
  constructor(private readonly service: AuthService) {}

  @Public()
  @Mutation(() => Session, { description: 'Signs in with username and password' })
  login(@Args() args: LoginArgs): Promise<Session> {
    return this.service.login(args.username, args.password);
  }

  // Every role may see who it is signed in as.
  @CouncilVisible()
  @Query(() => User, { description: 'The signed-in user' })
  async me(@CurrentUser() user: AuthUser): Promise<User> {
    return { ...user, displayName: await this.service.displayName(user.userId) };
  }
}
