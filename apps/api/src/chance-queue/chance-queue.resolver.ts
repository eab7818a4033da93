import { Args, Query, Resolver } from '@nestjs/graphql';
import { ChanceQueueService } from './chance-queue.service';
import { ChanceQueueArgs } from './dto/chance-queue.args';
import { ChanceQueue } from './models/chance-queue.model';

// Not @CouncilVisible: a what-if on staff time and cost is for directors, finance and centre managers.
@Resolver()
export class ChanceQueueResolver {
  constructor(private readonly service: ChanceQueueService) {}

  @Query(() => ChanceQueue, {
    description:
      'Chance queue (chancekø) what-if: per weekday × hour, walk-ins that idle unbooked and no-show slots could have served, the staff time, and what it saves or costs, with its assumptions (docs/evaluation.md#chancekø-chance-queue-what-if)',
  })
  chanceQueue(@Args() args: ChanceQueueArgs): Promise<ChanceQueue> {
    return this.service.chanceQueue(args);
  }
}
