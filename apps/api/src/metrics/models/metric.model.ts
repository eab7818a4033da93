import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Annotation } from '../../annotations/models/annotation.model';
import { Target } from '../../targets/models/target.model';
import { Dimension, Grain, KpiUnit, MetricSource, ServiceLevelVariant } from '../kpis/kpi-types';

registerEnumType(Grain, { name: 'MetricGrain', description: 'Length of a series period' });
registerEnumType(Dimension, {
  name: 'MetricDimension',
  description: 'What a series can be split by, where the KPI’s rollup has it',
});
registerEnumType(KpiUnit, { name: 'KpiUnit' });
registerEnumType(MetricSource, {
  name: 'MetricSource',
  description:
    'MONTHLY_ROLLUP = the KPI’s aggregate table by month; ROLLUP = its aggregate table by day; FACTS = the individual events they are built from',
});
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

  @Field(() => KpiUnit, {
    description: 'PERCENT values are 0–100, PER_THOUSAND per 1,000 inhabitants, FTE in årsværk',
  })
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
      'Service code, ISO weekday (1 = Monday), booking channel, site code, age band, hour (00–23), channel or municipality code; null without a dimension',
  })
  dimensionValue!: string | null;
}

@ObjectType({ description: 'One dimension value over the whole period' })
export class MetricDimensionTotal extends MetricValue {
  @Field(() => String, { nullable: true })
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

  @Field(() => MetricSource, { description: 'Which path answered' })
  source!: MetricSource;

  @Field(() => [MetricPoint], {
    description: 'Per period over every dimension value (the series itself without a dimension)',
  })
  periodTotals!: MetricPoint[];

  @Field(() => [MetricDimensionTotal], {
    description: 'Per dimension value over the whole period; empty without a dimension',
  })
  dimensionTotals!: MetricDimensionTotal[];

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

  @Field(() => [Target], {
    description: 'Every version of the targets of this KPI in the municipalities asked for',
  })
  targets!: Target[];

  @Field(() => [Annotation], { description: 'Events that overlap the period' })
  annotations!: Annotation[];
}
