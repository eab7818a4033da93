import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Dimension, Grain, KpiUnit, ServiceLevelVariant } from '../kpi-catalogue';

registerEnumType(Grain, { name: 'MetricGrain', description: 'Length of a series period' });
registerEnumType(Dimension, {
  name: 'MetricDimension',
  description: 'What a series can be split by, where the KPI’s rollup has it',
});
registerEnumType(KpiUnit, { name: 'KpiUnit' });
registerEnumType(ServiceLevelVariant, {
  name: 'ServiceLevelVariant',
  description:
    'A = answered + abandoned; B = offered − short abandons; C = answered + abandoned after T',
});

@ObjectType({ description: 'A KPI as the catalogue defines it' })
export class KpiInfo {
  @Field()
  id!: string;

  @Field()
  labelDa!: string;

  @Field()
  labelEn!: string;

  @Field()
  descriptionDa!: string;

  @Field()
  descriptionEn!: string;

  @Field(() => KpiUnit, { description: 'PERCENT values are 0–100' })
  unit!: KpiUnit;

  @Field(() => Int, { description: 'Raised whenever the definition changes' })
  definitionVersion!: number;

  @Field(() => [Grain])
  grains!: Grain[];

  @Field(() => [Dimension])
  dimensions!: Dimension[];
}

@ObjectType({
  description:
    'A KPI value with the sums it comes from: value = numerator (counts) or numerator ÷ denominator (× 100 for percent)',
})
export class MetricValue {
  @Field(() => Float, { nullable: true, description: 'Null when the denominator is 0' })
  value!: number | null;

  @Field(() => Float)
  numerator!: number;

  @Field(() => Float, { nullable: true, description: 'Null for counts' })
  denominator!: number | null;
}

@ObjectType({ description: 'One period (and dimension value) of a series' })
export class MetricPoint extends MetricValue {
  @Field({
    description: 'YYYY-MM-DD, YYYY-Www (ISO week), YYYY-MM, YYYY-Qn or YYYY, by grain',
  })
  period!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Service code, ISO weekday (1 = Monday) or booking channel; null without a dimension',
  })
  dimensionValue!: string | null;
}

@ObjectType({ description: 'The KPI over another period, to compare the total with' })
export class MetricComparison extends MetricValue {
  @Field({ description: 'First day, YYYY-MM-DD' })
  from!: string;

  @Field({ description: 'Last day, inclusive, YYYY-MM-DD' })
  to!: string;
}

@ObjectType({ description: 'One KPI over a period: series, total and comparisons' })
export class Metric {
  @Field(() => KpiInfo)
  kpi!: KpiInfo;

  @Field(() => [MetricPoint], {
    description: 'By period (and dimension value); periods without rollup rows are absent',
  })
  series!: MetricPoint[];

  @Field(() => MetricValue, { description: 'The whole period, not split by dimension' })
  total!: MetricValue;

  @Field(() => MetricComparison, {
    description: 'The period of the same length that ends the day before `from`',
  })
  previousPeriod!: MetricComparison;

  @Field(() => MetricComparison, {
    description: 'The same dates one year earlier (29 February becomes 28 February)',
  })
  samePeriodLastYear!: MetricComparison;
}
