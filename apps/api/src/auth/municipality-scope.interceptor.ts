import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Observable } from 'rxjs';
import { municipalityScope } from '../database/municipality-scope';
import type { RequestWithUser } from './auth.guard';

/**
 * Runs each resolver of a signed-in request inside the user's municipality scope, which
 * Warehouse.query turns into row-level security. The handler runs on subscription, so the scope
 * wraps the subscription, not the call to handle().
 */
@Injectable()
export class MunicipalityScopeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const user = gql.getContext<{ req: RequestWithUser }>().req.user;
    if (!user) return next.handle();
    const writable = gql.getInfo<GraphQLResolveInfo>().parentType.name === 'Mutation';
    return new Observable((subscriber) => {
      const subscription = municipalityScope.run(
        { municipalityCodes: user.municipalityCodes, writable },
        () => next.handle().subscribe(subscriber),
      );
      return () => subscription.unsubscribe();
    });
  }
}
