import { Args, Query, Resolver } from '@nestjs/graphql';
import { CouncilVisible } from '../auth/audience.decorators';
import { AnnotationsService } from './annotations.service';
import { MunicipalityPeriodArgs } from '../common/dto/municipality.args';
import { Annotation } from './models/annotation.model';

/** Read only: editing needs an admin role, which the API does not have yet. */
@Resolver()
export class AnnotationsResolver {
  constructor(private readonly service: AnnotationsService) {}

  @CouncilVisible()
  @Query(() => [Annotation], {
    description: 'Events (interventions, closures, other) that overlap a period, oldest first',
  })
  annotations(@Args() args: MunicipalityPeriodArgs): Promise<Annotation[]> {
    return this.service.annotations(args);
  }
}
