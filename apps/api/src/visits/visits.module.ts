import { Module } from '@nestjs/common';
import { VisitsRepository } from './visits.repository';
import { VisitsResolver } from './visits.resolver';
import { VisitsService } from './visits.service';

@Module({ providers: [VisitsResolver, VisitsService, VisitsRepository] })
export class VisitsModule {}
