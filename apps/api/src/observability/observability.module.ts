import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ApiMetrics } from './api-metrics';
import { JsonLogger } from './json-logger';
import { PrometheusController } from './prometheus.controller';
import { RequestObserverPlugin } from './request-observer.plugin';

/** Structured logs, Prometheus metrics at /metrics, and the per-request observer. */
@Global()
@Module({
  imports: [AuditModule],
  controllers: [PrometheusController],
  providers: [
    ApiMetrics,
    { provide: JsonLogger, useValue: new JsonLogger() },
    RequestObserverPlugin,
  ],
  exports: [ApiMetrics, JsonLogger],
})
export class ObservabilityModule {}
