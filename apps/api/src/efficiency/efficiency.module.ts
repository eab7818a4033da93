import { Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module';
import { EfficiencyResolver } from './efficiency.resolver';
import { EfficiencyService } from './efficiency.service';

@Module({ imports: [MetricsModule], providers: [EfficiencyResolver, EfficiencyService] })
export class EfficiencyModule {}
