import { Args, Query, Resolver } from '@nestjs/graphql';
import { PeaksArgs } from './dto/peaks.args';
import { Peaks } from './models/peaks.model';
import { PeaksService } from './peaks.service';

@Resolver()
export class PeaksResolver {
  constructor(private readonly service: PeaksService) {}

  @Query(() => Peaks, {
    description:
      'Peak load per channel: weekday × time-slot profiles averaged over opening days (and a year earlier), the busiest days and a daily calendar. siteCode narrows the visits (profiles, peak days, calendar) and the bookings (peak days, calendar) to that site; calls are not kept per site and stay the whole municipality’s.',
  })
  peaks(@Args() args: PeaksArgs): Promise<Peaks> {
    return this.service.peaks(args);
  }
}
