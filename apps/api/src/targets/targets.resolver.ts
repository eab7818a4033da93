import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CouncilVisible } from '../auth/audience.decorators';
import { MunicipalityArgs } from '../common/dto/municipality.args';
import { DeleteTargetArgs, SaveTargetArgs } from './dto/target.args';
import { Target } from './models/target.model';
import { TargetsService } from './targets.service';

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

  @Mutation(() => Target, {
    description:
      'Saves a target version (admin); one with the same KPI, comparator and first day is replaced',
  })
  saveTarget(@Args() args: SaveTargetArgs): Promise<Target> {
    return this.service.save(args);
  }

  @Mutation(() => Boolean, { description: 'Deletes a target version (admin)' })
  deleteTarget(@Args() args: DeleteTargetArgs): Promise<boolean> {
    return this.service.delete(args);
  }
}
