import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MunicipalityArgs } from '../common/dto/municipality.args';
import { EvaluationIdArgs, SaveEvaluationArgs } from './dto/evaluation.args';
import { EvaluationsService } from './evaluations.service';
import { Evaluation } from './models/evaluation.model';

@Resolver()
export class EvaluationsResolver {
  constructor(private readonly service: EvaluationsService) {}

  @Query(() => [Evaluation], {
    description:
      "The municipality's stored evaluations with their headline estimate, refitted when the data changed",
  })
  evaluations(@Args() args: MunicipalityArgs): Promise<Evaluation[]> {
    return this.service.evaluations(args);
  }

  @Query(() => Evaluation, {
    description: 'One evaluation: series, counterfactual with its 95 % band, estimates, efficiency',
  })
  evaluation(@Args() args: EvaluationIdArgs): Promise<Evaluation> {
    return this.service.evaluation(args);
  }

  @Mutation(() => Evaluation, {
    description: "Saves one of the municipality's evaluations (admin); an existing id is replaced",
  })
  saveEvaluation(@Args() args: SaveEvaluationArgs): Promise<Evaluation> {
    return this.service.save(args);
  }

  @Mutation(() => Boolean, { description: "Deletes one of the municipality's evaluations (admin)" })
  deleteEvaluation(@Args() args: EvaluationIdArgs): Promise<boolean> {
    return this.service.delete(args);
  }
}
