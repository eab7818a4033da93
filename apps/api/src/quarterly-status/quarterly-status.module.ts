import { Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module';
import { QuarterlyStatusResolver } from './quarterly-status.resolver';
import { QuarterlyStatusService } from './quarterly-status.service';

@Module({ imports: [MetricsModule], providers: [QuarterlyStatusResolver, QuarterlyStatusService] })
export class QuarterlyStatusModule {}
