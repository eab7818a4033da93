import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Operation names come from clients: past this many distinct ones, the rest count as "other". */
const MAX_OPERATION_LABELS = 200;

/** The API's Prometheus metrics, in a registry of its own (one per app, so tests do not clash). */
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL request duration by operation name',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors by code',
    labelNames: ['code'],
    registers: [this.registry],
  });
  private readonly operations = new Set<string>();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  observe(operation: string, seconds: number, errorCodes: readonly string[]): void {
    this.duration.observe({ operation: this.label(operation) }, seconds);
    for (const code of errorCodes) this.errors.inc({ code });
  }

  private label(operation: string): string {
    if (this.operations.has(operation)) return operation;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(operation);
    return operation;
  }
}
