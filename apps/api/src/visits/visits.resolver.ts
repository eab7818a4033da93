import { Args, Query, Resolver } from '@nestjs/graphql';
import { MunicipalitySitePeriodArgs } from '../common/dto/municipality.args';
import { ArrivalsHeatmap } from './models/arrivals-heatmap.model';
import { ServiceMonthVisits } from './models/service-month-visits.model';
import { VisitsService } from './visits.service';

@Resolver()
export class VisitsResolver {
  constructor(private readonly visits: VisitsService) {}

  @Query(() => [ServiceMonthVisits], {
    description: 'Served visits per service per month, at one site when siteCode is given',
  })
  visitsByServiceMonth(@Args() args: MunicipalitySitePeriodArgs): Promise<ServiceMonthVisits[]> {
    return this.visits.serviceMonths(args);
  }

  @Query(() => ArrivalsHeatmap, {
    description:
      'Arrivals by weekday × hour, averaged over opening days (with arrivals at the site when siteCode is given)',
  })
  arrivalsHeatmap(@Args() args: MunicipalitySitePeriodArgs): Promise<ArrivalsHeatmap> {
    return this.visits.arrivalsHeatmap(args);
  }
}
