import { Args, Query, Resolver } from '@nestjs/graphql';
import { MetricsArgs } from './dto/metrics.args';
import { Metric } from './models/metric.model';
import { MetricsService } from './metrics.service';

@Resolver()
export class MetricsResolver {
  constructor(private readonly service: MetricsService) {}

  @Query(() => [Metric], {
    description:
      'KPIs from the catalogue over a period: a series by grain (optionally split by a dimension), the total, and the total of the previous period and of the same period last year',
  })
  metrics(@Args() args: MetricsArgs): Promise<Metric[]> {
    return this.service.metrics(args);
  }
}
