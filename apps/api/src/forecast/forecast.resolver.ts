import { Args, Query, Resolver } from '@nestjs/graphql';
import { ForecastArgs, StaffingNeedArgs } from './dto/forecast.args';
import { ForecastService } from './forecast.service';
import { Forecast, StaffingNeed } from './models/forecast.model';

@Resolver()
export class ForecastResolver {
  constructor(private readonly service: ForecastService) {}

  @Query(() => Forecast, {
    description:
      'Daily forecast of calls offered, walk-in visits and booked visits for 1–8 weeks after the origin, with 80 % and 95 % intervals and a weekday × hour heatmap (docs/forecast.md).',
  })
  forecast(@Args() args: ForecastArgs): Promise<Forecast> {
    return this.service.forecast(args);
  }

  @Query(() => StaffingNeed, {
    description:
      'Phone and counter staff hours per day needed for the forecast load (Erlang A with the callers’ estimated patience, Erlang C for walk-ins on top of the booked slots), against the rota in dw.fact_staffing.',
  })
  staffingNeed(@Args() args: StaffingNeedArgs): Promise<StaffingNeed> {
    return this.service.staffingNeed(args);
  }
}
