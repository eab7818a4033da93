import { Module } from '@nestjs/common';
import { PeaksRepository } from './peaks.repository';
import { PeaksResolver } from './peaks.resolver';
import { PeaksService } from './peaks.service';

@Module({
  providers: [PeaksResolver, PeaksService, PeaksRepository],
  exports: [PeaksService],
})
export class PeaksModule {}
