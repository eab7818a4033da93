import { Field, ObjectType } from '@nestjs/graphql';
import { MetricValue } from './metric.model';

@ObjectType({ description: 'A KPI value in one period of a view’s series' })
export class PeriodValue extends MetricValue {
  @Field({ description: 'YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, by grain' })
  period!: string;
}
