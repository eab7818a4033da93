import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthUser } from './auth-user';
import type { RequestWithUser } from './auth.guard';

/** The signed-in user in a resolver: `me(@CurrentUser() user: AuthUser)`. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | undefined =>
    GqlExecutionContext.create(context).getContext<{ req: RequestWithUser }>().req.user,
);
