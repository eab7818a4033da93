import { Module } from '@nestjs/common';
import { TargetsRepository } from './targets.repository';
import { TargetsResolver } from './targets.resolver';
import { TargetsService } from './targets.service';

@Module({
  providers: [TargetsResolver, TargetsService, TargetsRepository],
  exports: [TargetsService],
})
export class TargetsModule {}
