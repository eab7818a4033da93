import { Query, Resolver } from '@nestjs/graphql';
import { CouncilVisible } from '../auth/audience.decorators';
import { MunicipalitiesService } from './municipalities.service';
import { Municipality } from './models/municipality.model';

@Resolver(() => Municipality)
export class MunicipalitiesResolver {
  constructor(private readonly service: MunicipalitiesService) {}

  @CouncilVisible()
  @Query(() => [Municipality], { description: 'Municipalities with visit data, by name' })
  municipalities(): Promise<Municipality[]> {
    return this.service.withVisitData();
  }
}
