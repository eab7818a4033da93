import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Annotation } from '../../annotations/models/annotation.model';
import { KpiInfo, MetricValue } from '../../metrics/models/metric.model';
import { Target } from '../../targets/models/target.model';

export enum StatusChannel {
  IN_PERSON = 'IN_PERSON',
  PHONE = 'PHONE',
  DIGITAL = 'DIGITAL',
  BOOKING = 'BOOKING',
}
registerEnumType(StatusChannel, { name: 'StatusChannel' });

export enum TargetStatus {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  NO_TARGET = 'NO_TARGET',
  /** A target exists but the quarter has no value to hold to it. */
  NO_DATA = 'NO_DATA',
}
registerEnumType(TargetStatus, {
  name: 'TargetStatus',
  description: 'The quarter’s value against the targets in force on its last day',
});

@ObjectType({ description: 'A quarter’s value of a KPI, for a sparkline' })
export class QuarterValue extends MetricValue {
  @Field({ description: 'YYYY-Qn' })
  quarter!: string;
}

@ObjectType({ description: 'One KPI of a channel for the quarter' })
export class StatusTile {
  @Field(() => StatusChannel)
  channel!: StatusChannel;

  @Field(() => KpiInfo)
  kpi!: KpiInfo;

  @Field(() => MetricValue)
  current!: MetricValue;

  @Field(() => MetricValue)
  previousQuarter!: MetricValue;

  @Field(() => MetricValue)
  sameQuarterLastYear!: MetricValue;

  @Field(() => Float, {
    nullable: true,
    description: 'Value − previous quarter’s value, in the KPI’s unit',
  })
  deltaPreviousQuarter!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Value − same quarter last year’s value, in the KPI’s unit',
  })
  deltaSameQuarterLastYear!: number | null;

  @Field(() => TargetStatus)
  status!: TargetStatus;

  @Field(() => [Target], { description: 'The targets in force on the quarter’s last day' })
  targets!: Target[];

  @Field(() => [QuarterValue], { description: 'The 8 quarters ending with this one, oldest first' })
  sparkline!: QuarterValue[];
}

@ObjectType({ description: 'The quarterly status report: KPI tiles per channel' })
export class QuarterlyStatus {
  @Field()
  municipalityCode!: string;

  @Field()
  quarter!: string;

  @Field({ description: 'First day of the quarter, YYYY-MM-DD' })
  from!: string;

  @Field({ description: 'Last day of the quarter, YYYY-MM-DD' })
  to!: string;

  @Field(() => [StatusTile])
  tiles!: StatusTile[];

  @Field(() => [Annotation], {
    description: 'Events that overlap the 8 quarters of the sparklines',
  })
  annotations!: Annotation[];
}
