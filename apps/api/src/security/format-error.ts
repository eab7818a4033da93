import type { GraphQLFormattedError } from 'graphql';
import type { JsonLogger } from '../observability/json-logger';

/**
 * The last word on what a client sees of an error. A refused argument (Nest's 400, which Apollo
 * labels BAD_REQUEST) is BAD_USER_INPUT with its reason; an unexpected error is logged in full and,
 * in production, answered without its message, which may name tables or SQL.
 */
export function formatGraphQLError(production: boolean, logger: JsonLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code === 'BAD_REQUEST' && formatted.path)
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    if (code === 'INTERNAL_SERVER_ERROR') {
      const cause = (error as { originalError?: unknown })?.originalError ?? error;
      logger.event('error', {
        message: formatted.message,
        path: formatted.path,
        trace: cause instanceof Error ? cause.stack : undefined,
      });
      if (production)
        return { message: 'Internal server error', path: formatted.path, extensions: { code } };
    }
    return formatted;
  };
}
