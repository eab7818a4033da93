import { Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module';
import { BookingCapacityResolver } from './booking-capacity.resolver';
import { BookingCapacityService } from './booking-capacity.service';

@Module({ imports: [MetricsModule], providers: [BookingCapacityResolver, BookingCapacityService] })
export class BookingCapacityModule {}
