/**
 * The Authorization header every benchmark request carries. The API has no login yet, so none.
 * When authentication lands (a JWT bearer from the `login` mutation), log in here once against
 * `graphqlUrl` with a benchmark user allowed to see the measured municipalities and return
 * `Bearer <token>`; every measured request and the load test send it.
 */
export async function benchAuthorization(_graphqlUrl: string): Promise<string | undefined> {
  return undefined;
}
