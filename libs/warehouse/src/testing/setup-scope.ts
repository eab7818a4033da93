/**
 * What a test file's `beforeAll` starts (databases, servers, browsers), for its `afterAll` to close
 * in reverse order even when the setup failed or timed out. Jest does not cancel a hook that
 * exceeds its timeout: the hook runs on after `afterAll`, and what it starts then (a listening
 * server, a browser) would keep the process alive for good. `start` therefore refuses to start
 * anything once the scope is closed, and closes at once what was still starting when it closed.
 *
 *   const scope = new SetupScope();
 *   beforeAll(async () => { app = await scope.start(() => startApp(…), (a) => a.close()); }, 120_000);
 *   afterAll(() => scope.close());
 */
export class SetupScope {
  private readonly closers: (() => Promise<void>)[] = [];
  private closed = false;

  /** Starts a resource and registers its close; throws if the scope closed before or meanwhile. */
  async start<T>(starting: () => Promise<T>, close: (resource: T) => Promise<void>): Promise<T> {
    this.assertOpen();
    const resource = await starting();
    if (this.closed) {
      await close(resource);
      this.assertOpen();
    }
    this.closers.push(() => close(resource));
    return resource;
  }

  /** Throws once the scope is closed: a setup checks it between its long steps. */
  assertOpen(): void {
    if (this.closed)
      throw new Error('The test setup outlived its test file (timed out?): it stops here.');
  }

  /** Closes everything started, newest first; every close runs even if an earlier one fails. */
  async close(): Promise<void> {
    this.closed = true;
    const failures: unknown[] = [];
    for (let close = this.closers.pop(); close; close = this.closers.pop())
      await close().catch((error: unknown) => failures.push(error));
    if (failures.length > 0) throw new AggregateError(failures, 'closing the test setup failed');
  }
}
