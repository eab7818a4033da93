import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { TargetsModule } from '../targets/targets.module';
import { MetricsRepository } from './metrics.repository';
import { MetricsResolver } from './metrics.resolver';
import { MetricsService } from './metrics.service';

@Module({
  imports: [AnnotationsModule, TargetsModule],
  providers: [MetricsResolver, MetricsService, MetricsRepository],
  exports: [MetricsService],
})
export class MetricsModule {}
