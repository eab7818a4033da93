/** A tiny GraphQL client: one POST to /graphql, readable errors, no caching (React Query does that). */

export const GRAPHQL_ENDPOINT = '/graphql';

type GraphQLErrorPayload = { message?: unknown };
type GraphQLResponse<TData> = { data?: TData | null; errors?: GraphQLErrorPayload[] };

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly messages: readonly string[] = [message],
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
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
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
  if (messages.length > 0) {
    throw new GraphQLRequestError(messages.join('; '), response.status, messages);
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
