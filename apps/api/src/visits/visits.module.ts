import { Module } from '@nestjs/common';
import { PeaksModule } from '../peaks/peaks.module';
import { VisitsRepository } from './visits.repository';
import { VisitsResolver } from './visits.resolver';
import { VisitsService } from './visits.service';

@Module({
  imports: [PeaksModule],
  providers: [VisitsResolver, VisitsService, VisitsRepository],
})
export class VisitsModule {}
