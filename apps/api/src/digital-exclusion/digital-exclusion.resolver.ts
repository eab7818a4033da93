import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { CouncilVisible } from '../auth/audience.decorators';
import { DigitalExclusionService } from './digital-exclusion.service';
import { DigitalExclusionArgs } from './dto/digital-exclusion.args';
import { DigitalExclusion } from './models/digital-exclusion.model';
import { suppressionFor } from './suppression-for';

/** Injection token of the small-count threshold, read from SUPPRESSION_THRESHOLD at start. */
export const SUPPRESSION_THRESHOLD = Symbol('SUPPRESSION_THRESHOLD');

@Resolver()
export class DigitalExclusionResolver {
  constructor(
    private readonly service: DigitalExclusionService,
    @Inject(SUPPRESSION_THRESHOLD) private readonly threshold: number,
  ) {}

  // Aggregates with small counts hidden: the advisory councils' view.
  @CouncilVisible()
  @Query(() => DigitalExclusion, {
    description:
      'Digital exclusion for the advisory councils, over whole quarters or years, with small counts hidden (docs/suppression.md)',
  })
  digitalExclusion(
    @Args() args: DigitalExclusionArgs,
    @Context() context: { req?: { user?: unknown } },
  ): Promise<DigitalExclusion> {
    return this.service.digitalExclusion(args, suppressionFor(context.req?.user, this.threshold));
  }
}
