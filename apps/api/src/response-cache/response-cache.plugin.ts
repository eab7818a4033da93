import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, type GraphQLRequestListener, HeaderMap } from '@apollo/server';
import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { Kind } from 'graphql';
import type { RequestWithUser } from '../auth/auth.guard';
import { AuthService } from '../auth/auth.service';
import { DataVersion } from './data-version';
import { ResponseCache } from './response-cache';

type Context = { req: RequestWithUser };

/** Mutations that change nothing the cached answers depend on. */
const READ_ONLY_MUTATIONS = new Set(['login']);

/**
 * Serves a query asked again by the same user with the same grants, document and variables from
 * the response cache while the data version is unchanged. The key holds the user, role and grants,
 * so an answer is only ever reused for a request the guard would have let through to the same
 * rows (and the council's suppressed view never meets a director's exact one). Answers with errors
 * are never kept; an admin's edit clears the cache. `x-cache: hit|miss` says which it was.
 */
@Plugin()
export class ResponseCachePlugin implements ApolloServerPlugin<Context> {
  constructor(
    @Inject(ResponseCache) private readonly cache: ResponseCache,
    private readonly version: DataVersion,
    private readonly auth: AuthService,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
    if (!this.cache.enabled) return {};
    let key: string | undefined;
    let dataVersion: string | undefined;
    let hit = false;
    return {
      responseForOperation: async ({ operation, request, contextValue }) => {
        if (operation.operation !== 'query' || request.query === undefined) return null;
        const req = contextValue.req;
        try {
          req.user ??= await this.auth.authenticate(req.headers.authorization);
        } catch {
          // Left to the guard, which answers UNAUTHENTICATED with its reason.
          return null;
        }
        const user = req.user;
        dataVersion = await this.version.current();
        key = createHash('sha256')
          .update(
            JSON.stringify([
              user.userId,
              user.role,
              user.municipalityCodes,
              request.operationName ?? null,
              request.query,
              request.variables ?? {},
            ]),
          )
          .digest('base64url');
        const cached = this.cache.get(key, dataVersion);
        if (!cached) return null;
        hit = true;
        req.municipalityCodesAsked = new Set(cached.municipalityCodesAsked);
        return {
          http: { status: undefined, headers: new HeaderMap() },
          body: { kind: 'single', singleResult: { data: cached.data } },
        };
      },
      willSendResponse: async ({ response, operation, contextValue }) => {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        const failed = (result.errors?.length ?? 0) > 0;
        if (operation?.operation === 'mutation') {
          const fields = operation.selectionSet.selections.flatMap((s) =>
            s.kind === Kind.FIELD ? [s.name.value] : [],
          );
          if (!failed && fields.some((field) => !READ_ONLY_MUTATIONS.has(field)))
            this.cache.clear();
          return;
        }
        if (!key || dataVersion === undefined) return;
        response.http.headers.set('x-cache', hit ? 'hit' : 'miss');
        if (hit || failed || !result.data) return;
        this.cache.set(key, dataVersion, {
          data: result.data,
          municipalityCodesAsked: [...(contextValue.req.municipalityCodesAsked ?? [])],
        });
      },
    };
  }
}
