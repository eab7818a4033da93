import { Module } from '@nestjs/common';
import { ChanceQueueRepository } from './chance-queue.repository';
import { ChanceQueueResolver } from './chance-queue.resolver';
import { ChanceQueueService } from './chance-queue.service';

@Module({ providers: [ChanceQueueResolver, ChanceQueueService, ChanceQueueRepository] })
export class ChanceQueueModule {}
