import { Module } from '@nestjs/common';
import { DataQualityRepository } from './data-quality.repository';
import { DataQualityResolver } from './data-quality.resolver';
import { DataQualityService } from './data-quality.service';

@Module({ providers: [DataQualityResolver, DataQualityService, DataQualityRepository] })
export class DataQualityModule {}
