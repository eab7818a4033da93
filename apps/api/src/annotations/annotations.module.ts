import { Module } from '@nestjs/common';
import { AnnotationsRepository } from './annotations.repository';
import { AnnotationsResolver } from './annotations.resolver';
import { AnnotationsService } from './annotations.service';

@Module({
  providers: [AnnotationsResolver, AnnotationsService, AnnotationsRepository],
  exports: [AnnotationsService],
})
export class AnnotationsModule {}
