import { graphqlRequest, GraphQLRequestError } from './graphql-client';
import { endSession, readSession, startSession } from './session';

function respond(body: unknown, status = 200) {
  const fetchMock = jest.fn(
    async () =>
      ({
        ok: status >= 200 && status < 300,
        status,
        statusText: '',
        json: async () => {
          if (body === undefined) throw new SyntaxError('Unexpected end of JSON input');
          return body;
        },
      }) as unknown as Response,
  );
  global.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

describe('graphqlRequest', () => {
  it('POSTs the query and variables as JSON to /graphql and returns data', async () => {
    const fetchMock = respond({ data: { hello: 'world' } });
    await expect(graphqlRequest('{ hello }', { a: 1 })).resolves.toEqual({ hello: 'world' });
    expect(fetchMock).toHaveBeenCalledWith(
      '/graphql',
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify({ query: '{ hello }', variables: { a: 1 } }),
      }),
    );
  });

  it('throws the GraphQL error messages', async () => {
    respond({ data: null, errors: [{ message: 'First' }, { message: 'Second' }] }, 400);
    const error = await graphqlRequest('{ x }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).message).toBe('First; Second');
    expect((error as GraphQLRequestError).messages).toEqual(['First', 'Second']);
    expect((error as GraphQLRequestError).status).toBe(400);
  });

  it('throws a readable error for HTTP failures without a GraphQL body', async () => {
    respond(undefined, 502);
    await expect(graphqlRequest('{ x }')).rejects.toThrow('The server answered HTTP 502');
  });

  it('throws a readable error when the server cannot be reached', async () => {
    global.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(graphqlRequest('{ x }')).rejects.toThrow(
      'Could not reach the server (Failed to fetch)',
    );
  });
});

describe('graphqlRequest with a session', () => {
  const session = {
    token: 'the-token',
    username: 'director',
    displayName: 'Direktør',
    role: 'director',
    municipalityCodes: ['0169'],
    expiresAt: '2999-01-01T00:00:00.000Z',
  };
  beforeEach(() => startSession(session));
  afterEach(() => endSession());

  it('sends the bearer token', async () => {
    const fetchMock = respond({ data: { hello: 'world' } });
    await graphqlRequest('{ hello }');
    expect(fetchMock).toHaveBeenCalledWith(
      '/graphql',
      expect.objectContaining({
        headers: expect.objectContaining({ authorization: 'Bearer the-token' }),
      }),
    );
  });

  it('ends the session on UNAUTHENTICATED and reports the code', async () => {
    respond({
      data: null,
      errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const error = await graphqlRequest('{ x }').catch((e: unknown) => e);
    expect((error as GraphQLRequestError).codes).toEqual(['UNAUTHENTICATED']);
    expect(readSession()).toBeNull();
  });
});
