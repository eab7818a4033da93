import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CouncilVisible } from '../auth/audience.decorators';
import { MunicipalityPeriodArgs } from '../common/dto/municipality.args';
import { AnnotationsService } from './annotations.service';
import { AnnotationCodeArgs, SaveAnnotationArgs } from './dto/annotation.args';
import { Annotation } from './models/annotation.model';

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

  @Mutation(() => Annotation, {
    description: "Saves one of the municipality's events (admin); an existing code is replaced",
  })
  saveAnnotation(@Args() args: SaveAnnotationArgs): Promise<Annotation> {
    return this.service.save(args);
  }

  @Mutation(() => Boolean, {
    description:
      "Deletes one of the municipality's events (admin); national events are not its to delete",
  })
  deleteAnnotation(@Args() args: AnnotationCodeArgs): Promise<boolean> {
    return this.service.delete(args);
  }
}
