import { Args, Query, Resolver } from '@nestjs/graphql';
import { ViewPeriodArgs } from '../metrics/dto/view.args';
import { ContactPatternsService } from './contact-patterns.service';
import { ContactPatterns } from './models/contact-patterns.model';

@Resolver()
export class ContactPatternsResolver {
  constructor(private readonly service: ContactPatternsService) {}

  @Query(() => ContactPatterns, {
    description:
      'Channel mix per service over time, the shift in channel shares since the same period last year, and contacts per 1,000 inhabitants',
  })
  contactPatterns(@Args() args: ViewPeriodArgs): Promise<ContactPatterns> {
    return this.service.contactPatterns(args);
  }
}
