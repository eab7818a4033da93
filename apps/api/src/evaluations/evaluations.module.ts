import { Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module';
import { EvaluationsRepository } from './evaluations.repository';
import { EvaluationsResolver } from './evaluations.resolver';
import { EvaluationsService } from './evaluations.service';

@Module({
  imports: [MetricsModule],
  providers: [EvaluationsResolver, EvaluationsService, EvaluationsRepository],
})
export class EvaluationsModule {}
