/**
 * A child process that runs the API benchmark's load test with autocannon, so that the 50
 * connections' client work does not share an event loop with the API it measures. (Not a worker
 * thread: autocannon run off the main thread takes itself for one of its own workers and returns
 * no result.)
 */
import autocannon from 'autocannon';
import type { LoadTestFigures, LoadTestRequest } from './load-test';

async function run(request: LoadTestRequest): Promise<void> {
  const result = await autocannon({
    url: request.url,
    method: 'POST',
    headers: request.headers,
    body: request.body,
    connections: request.connections,
    duration: request.seconds,
    // Any answer but the one a single request gave (a GraphQL error, a partial result) is a mismatch.
    expectBody: request.expectedBody,
  });
  const figures: LoadTestFigures = {
    connections: request.connections,
    seconds: request.seconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    errors: result.non2xx + result.mismatches + result.errors,
  };
  // Closing the channel once the figures are out lets the child exit.
  process.send?.(figures, () => process.disconnect());
}

process.once('message', (request: LoadTestRequest) => {
  run(request).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
