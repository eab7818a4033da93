import { Args, Query, Resolver } from '@nestjs/graphql';
import { DataQualityService } from './data-quality.service';
import { DataQualityArgs } from './dto/data-quality.args';
import { DataQuality } from './models/data-quality.model';

@Resolver()
export class DataQualityResolver {
  constructor(private readonly service: DataQualityService) {}

  @Query(() => DataQuality, {
    description: 'Last load and freshness per source kind, quarantined rows and unmapped labels',
  })
  dataQuality(@Args() args: DataQualityArgs): Promise<DataQuality> {
    return this.service.dataQuality(args);
  }
}
