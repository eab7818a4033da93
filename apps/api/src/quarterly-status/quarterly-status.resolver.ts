import { Args, Query, Resolver } from '@nestjs/graphql';
import { QuarterlyStatusArgs } from './dto/quarterly-status.args';
import { QuarterlyStatus } from './models/quarterly-status.model';
import { QuarterlyStatusService } from './quarterly-status.service';

@Resolver()
export class QuarterlyStatusResolver {
  constructor(private readonly service: QuarterlyStatusService) {}

  @Query(() => QuarterlyStatus, {
    description:
      'The quarterly status report: per channel (in person, phone, digital, booking) KPI tiles with the value, the change from the previous quarter and the same quarter last year, the status against the target and an 8-quarter sparkline',
  })
  quarterlyStatus(@Args() args: QuarterlyStatusArgs): Promise<QuarterlyStatus> {
    return this.service.quarterlyStatus(args);
  }
}
