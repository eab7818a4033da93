import { Controller, Get, Header } from '@nestjs/common';
import { ApiMetrics } from './api-metrics';

/** Prometheus scrapes this; like /health it is for the platform, not for users. */
@Controller('metrics')
export class PrometheusController {
  constructor(private readonly metrics: ApiMetrics) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
