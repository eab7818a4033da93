import { Module } from '@nestjs/common';
import { suppressionThreshold } from '../suppression/suppression-threshold';
import { DigitalExclusionRepository } from './digital-exclusion.repository';
import { DigitalExclusionResolver, SUPPRESSION_THRESHOLD } from './digital-exclusion.resolver';
import { DigitalExclusionService } from './digital-exclusion.service';

@Module({
  providers: [
    DigitalExclusionResolver,
    DigitalExclusionService,
    DigitalExclusionRepository,
    // Read once at start, so a threshold below the minimum stops the API instead of a request.
    { provide: SUPPRESSION_THRESHOLD, useFactory: () => suppressionThreshold() },
  ],
})
export class DigitalExclusionModule {}
