import { Args, Query, Resolver } from '@nestjs/graphql';
import { CouncilVisible } from '../auth/audience.decorators';
import { MunicipalityArgs } from '../common/dto/municipality.args';
import { Target } from './models/target.model';
import { TargetsService } from './targets.service';

/** Read only: editing needs an admin role, which the API does not have yet. */
@Resolver()
export class TargetsResolver {
  constructor(private readonly service: TargetsService) {}

  @CouncilVisible()
  @Query(() => [Target], {
    description: "The municipality's KPI targets, every version, by KPI and first day",
  })
  targets(@Args() args: MunicipalityArgs): Promise<Target[]> {
    return this.service.targets(args);
  }
}
