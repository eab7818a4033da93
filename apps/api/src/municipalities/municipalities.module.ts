import { Module } from '@nestjs/common';
import { MunicipalitiesRepository } from './municipalities.repository';
import { MunicipalitiesResolver } from './municipalities.resolver';
import { MunicipalitiesService } from './municipalities.service';

@Module({ providers: [MunicipalitiesResolver, MunicipalitiesService, MunicipalitiesRepository] })
export class MunicipalitiesModule {}
