import { endSession, readSession } from './session';

/**
 * A tiny GraphQL client: one POST to /graphql with the session's bearer token, readable errors, no
 * caching (React Query does that). An UNAUTHENTICATED answer (expired or revoked session) ends the
 * session, which brings back the sign-in page.
 */

export const GRAPHQL_ENDPOINT = '/graphql';

type GraphQLErrorPayload = { message?: unknown; extensions?: { code?: unknown } };
type GraphQLResponse<TData> = { data?: TData | null; errors?: GraphQLErrorPayload[] };

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly messages: readonly string[] = [message],
    /** The errors' extensions.code values, e.g. UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT. */
    readonly codes: readonly string[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export async function graphqlRequest<TData, TVariables extends object = Record<string, never>>(
  query: string,
  variables?: TVariables,
  options: { signal?: AbortSignal } = {},
): Promise<TData> {
  const token = readSession()?.token;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw new GraphQLRequestError(
      `Could not reach the server (${error instanceof Error ? error.message : String(error)})`,
    );
  }

  let body: GraphQLResponse<TData> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<TData>;
  } catch {
    body = undefined;
  }

  const messages = (body?.errors ?? []).map((error) =>
    typeof error.message === 'string' ? error.message : 'Unknown GraphQL error',
  );
  const codes = (body?.errors ?? []).flatMap((error) =>
    typeof error.extensions?.code === 'string' ? [error.extensions.code] : [],
  );
  if (codes.includes('UNAUTHENTICATED') && token) endSession();
  if (messages.length > 0) {
    throw new GraphQLRequestError(messages.join('; '), response.status, messages, codes);
  }
  if (!response.ok) {
    throw new GraphQLRequestError(
      `The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      response.status,
    );
  }
  if (body?.data === undefined || body.data === null) {
    throw new GraphQLRequestError('The server answered without data', response.status);
  }
  return body.data;
}
