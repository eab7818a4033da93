import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { AUDIENCE_KEY } from './audience.decorators';
import type { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { type Audience, mayRun } from './roles';

export type RequestWithUser = Request & {
  user?: AuthUser;
  /** Municipalities the request's arguments named, for the audit log. */
  municipalityCodesAsked?: Set<string>;
};

const MUNICIPALITY_CODE = /^0\d{3}$/;

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * Global and secure by default: every GraphQL query and mutation needs a valid session unless it is
 * @Public(); roles.ts decides whether the user's role may run it; every municipalityCode(s)
 * argument must be one the user was granted. REST routes (health, metrics) are not GraphQL and
 * pass.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const audience =
      this.reflector.getAllAndOverride<Audience | undefined>(AUDIENCE_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? 'default';
    if (audience === 'public') return true;

    const request = gql.getContext<{ req: RequestWithUser }>().req;
    request.user ??= await this.auth.authenticate(request.headers.authorization);
    const user = request.user;
    const root = info.parentType.name;
    // Field resolvers below a root field were allowed with it.
    if (root === 'Query' || root === 'Mutation') {
      const type = root === 'Query' ? 'query' : 'mutation';
      if (!mayRun(user.role, { type, audience }))
        throw forbidden(`the role ${user.role} may not run the ${type} ${info.fieldName}`);
    }
    for (const code of municipalityCodesIn(gql.getArgs())) {
      (request.municipalityCodesAsked ??= new Set()).add(code);
      if (!user.municipalityCodes.includes(code))
        throw forbidden(`you have no access to municipality ${code}`);
    }
    return true;
  }
}

/**
 * Every municipalityCode / municipalityCodes value in the arguments, input objects included.
 * Malformed codes are left to argument validation, which names the argument.
 */
export function municipalityCodesIn(args: unknown): string[] {
  const codes: string[] = [];
  const visit = (value: unknown, key?: string): void => {
    if (Array.isArray(value)) {
      for (const item of value)
        visit(item, key === 'municipalityCodes' ? 'municipalityCode' : undefined);
    } else if (typeof value === 'string') {
      if (key === 'municipalityCode' && MUNICIPALITY_CODE.test(value)) codes.push(value);
    } else if (value !== null && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value)) visit(inner, name);
    }
  };
  visit(args);
  return codes;
}
