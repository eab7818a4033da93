import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CouncilVisible } from '../auth/audience.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
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

  // Aggregates: the advisory councils' view, with small counts hidden for them (suppressionFor).
  @CouncilVisible()
  @Query(() => DigitalExclusion, {
    description:
      'Digital exclusion for the advisory councils, over whole quarters or years, with small counts hidden (docs/suppression.md)',
  })
  digitalExclusion(
    @Args() args: DigitalExclusionArgs,
    @CurrentUser() user: AuthUser,
  ): Promise<DigitalExclusion> {
    return this.service.digitalExclusion(args, suppressionFor(user, this.threshold));
  }
}
