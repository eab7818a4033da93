import { Args, Query, Resolver } from '@nestjs/graphql';
import { EfficiencyArgs } from './dto/efficiency.args';
import { EfficiencyService } from './efficiency.service';
import { Efficiency } from './models/efficiency.model';

@Resolver()
export class EfficiencyResolver {
  constructor(private readonly service: EfficiencyService) {}

  @Query(() => Efficiency, {
    description:
      'Staff hours from the rota, contacts per staff hour, FTE, staff cost in DKK and cost per contact, per staffed channel',
  })
  efficiency(@Args() args: EfficiencyArgs): Promise<Efficiency> {
    return this.service.efficiency(args);
  }
}
