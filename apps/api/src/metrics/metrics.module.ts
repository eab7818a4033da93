import { Module } from '@nestjs/common';
import { MetricsRepository } from './metrics.repository';
import { MetricsResolver } from './metrics.resolver';
import { MetricsService } from './metrics.service';

@Module({ providers: [MetricsResolver, MetricsService, MetricsRepository] })
export class MetricsModule {}
