import { Field, ObjectType } from '@nestjs/graphql';
import { Annotation } from '../../annotations/models/annotation.model';
import { Grain } from '../../metrics/kpis/kpi-types';
import { Target } from '../../targets/models/target.model';

/**
 * What every typed view over a period answers besides its series: which municipality and period
 * it covers, at which grain, and the targets and events that belong with its charts.
 */
@ObjectType({ isAbstract: true })
export abstract class ViewPeriod {
  @Field()
  municipalityCode!: string;

  @Field({ description: 'First day, YYYY-MM-DD' })
  from!: string;

  @Field({ description: 'Last day, inclusive, YYYY-MM-DD' })
  to!: string;

  @Field(() => Grain)
  grain!: Grain;

  @Field(() => [Target], { description: "The targets of the view's KPIs, every version" })
  targets!: Target[];

  @Field(() => [Annotation], { description: 'Events that overlap the period' })
  annotations!: Annotation[];
}
