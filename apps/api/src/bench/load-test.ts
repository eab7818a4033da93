import { fork } from 'node:child_process';
import { join } from 'node:path';

export interface LoadTestRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The body every answer must equal; anything else counts as an error. */
  expectedBody: string;
  connections: number;
  seconds: number;
}

export interface LoadTestFigures {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  /** Answers with a 2xx status but another body: GraphQL errors. */
  mismatches: number;
  /** Connection errors, timeouts included. */
  connectionErrors: number;
  timeouts: number;
  /** non-2xx + mismatches + connection errors (timeouts are among the connection errors). */
  errors: number;
}

/** Runs autocannon in a child process (load-test-child.js beside this file). */
export function runLoadTest(request: LoadTestRequest): Promise<LoadTestFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'load-test-child.js'), { stdio: 'inherit' });
    child.once('message', (figures: LoadTestFigures) => resolve(figures));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the load-test child exited with code ${code}`));
    });
    child.send(request);
  });
}
