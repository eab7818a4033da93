import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Mean tickets drawn in one hour of one weekday, over the days the counters were open',
})
export class HeatmapCell {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday … 7 = Sunday' })
  weekday!: number;

  @Field(() => Int, { description: 'Hour of the day in Copenhagen time, 0–23' })
  hour!: number;

  @Field(() => Float)
  meanArrivals!: number;
}

@ObjectType({ description: 'Arrivals by weekday and hour, averaged over opening days' })
export class ArrivalsHeatmap {
  @Field(() => Int, {
    description:
      'Opening days in the period on which the counters were open (holidays and closures excluded)',
  })
  openingDays!: number;

  @Field(() => [HeatmapCell])
  cells!: HeatmapCell[];
}
