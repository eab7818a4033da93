import { Module } from '@nestjs/common';
import { ForecastRepository } from './forecast.repository';
import { ForecastResolver } from './forecast.resolver';
import { ForecastService } from './forecast.service';

@Module({
  providers: [ForecastResolver, ForecastService, ForecastRepository],
  exports: [ForecastRepository],
})
export class ForecastModule {}
