import { Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module';
import { ContactPatternsResolver } from './contact-patterns.resolver';
import { ContactPatternsService } from './contact-patterns.service';

@Module({ imports: [MetricsModule], providers: [ContactPatternsResolver, ContactPatternsService] })
export class ContactPatternsModule {}
