import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum MinutesPerWalkInSource {
  ARGUMENT = 'ARGUMENT',
  MEAN_SLOT_LENGTH = 'MEAN_SLOT_LENGTH',
}
registerEnumType(MinutesPerWalkInSource, {
  name: 'MinutesPerWalkInSource',
  description:
    'ARGUMENT: given by the caller; MEAN_SLOT_LENGTH: the mean length of the slots the calendar offered in the period',
});

@ObjectType({
  description:
    'One weekday × hour of the chance-queue estimate: means per opening day of that weekday (days on which the calendar offered slots)',
})
export class ChanceQueueCell {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday … 7 = Sunday' })
  weekday!: number;

  @Field(() => Int, { description: 'Hour of the day in Copenhagen time, 0–23' })
  hour!: number;

  @Field(() => Float, { description: 'Offered slot minutes no booking held, per opening day' })
  idleUnbookedMinutes!: number;

  @Field(() => Float, {
    description: 'Minutes of slots whose citizen did not appear, per opening day',
  })
  idleNoShowMinutes!: number;

  @Field(() => Float, {
    description:
      'Idle minutes a chance queue could use (each kind times its usable share), per opening day',
  })
  usableIdleMinutes!: number;

  @Field(() => Float, { description: 'Queue tickets drawn without a booking, per opening day' })
  walkIns!: number;

  @Field(() => Float, {
    description:
      'Walk-ins that could have been served in usable idle minutes (the smaller of the two, day by day), per opening day',
  })
  walkInsServable!: number;

  @Field(() => Float, { description: 'Staff minutes serving them takes, per opening day' })
  staffMinutes!: number;
}

@ObjectType({ description: 'The chance-queue estimate summed over the period' })
export class ChanceQueueTotals {
  @Field(() => Int, { description: 'Days on which the calendar offered slots' })
  openingDays!: number;

  @Field(() => Float)
  idleUnbookedMinutes!: number;

  @Field(() => Float)
  idleNoShowMinutes!: number;

  @Field(() => Float)
  usableIdleMinutes!: number;

  @Field(() => Float, { description: 'Queue tickets drawn without a booking on those days' })
  walkIns!: number;

  @Field(() => Float)
  walkInsServable!: number;

  @Field(() => Float, { description: 'Walk-ins for whom no usable idle time was free' })
  walkInsNotFitting!: number;

  @Field(() => Float, {
    description:
      'Staff hours the chance queue would use in slots already paid for: better service for the same money',
  })
  staffHoursInIdleSlots!: number;

  @Field(() => Float, { description: 'Cost per FTE ÷ hours per FTE' })
  hourlyCostDkk!: number;

  @Field(() => Float, { description: 'The paid idle time put to use, in DKK: hours × hourly cost' })
  idleValueDkk!: number;

  @Field(() => Float, {
    description: 'The same in FTE: hours ÷ hours per FTE (a year’s period gives FTE a year)',
  })
  idleValueFte!: number;

  @Field(() => Float, {
    description: 'Staff hours beyond the calendar to serve the walk-ins not fitting',
  })
  extraStaffHours!: number;

  @Field(() => Float, { description: 'What those extra hours would cost, in DKK' })
  extraStaffCostDkk!: number;
}

@ObjectType({ description: 'Opening days of one weekday that its cells average over' })
export class ChanceQueueWeekdayDays {
  @Field(() => Int)
  weekday!: number;

  @Field(() => Int)
  openingDays!: number;
}

@ObjectType({ description: 'One assumption of the estimate, in Danish and English' })
export class ChanceQueueAssumption {
  @Field({ description: 'Stable key, e.g. no-show-share' })
  key!: string;

  @Field()
  da!: string;

  @Field()
  en!: string;
}

@ObjectType({
  description:
    'What-if: walk-ins a chance queue could have served in the booking calendar’s unbooked and no-show slots, the staff time and what it saves or costs, with its assumptions',
})
export class ChanceQueue {
  @Field()
  municipalityCode!: string;

  @Field({ description: 'First day, YYYY-MM-DD' })
  from!: string;

  @Field({ description: 'Last day, inclusive, YYYY-MM-DD' })
  to!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Staff minutes per chance-queue citizen; null when no argument and no slot offered',
  })
  minutesPerWalkIn!: number | null;

  @Field(() => MinutesPerWalkInSource, { nullable: true })
  minutesPerWalkInSource!: MinutesPerWalkInSource | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean handling time of served walk-ins on the calendar’s days, for reference',
  })
  meanWalkInHandlingMinutes!: number | null;

  @Field(() => Float)
  unbookedShareUsable!: number;

  @Field(() => Float)
  noShowShareUsable!: number;

  @Field(() => Float)
  hoursPerFte!: number;

  @Field(() => Float)
  costPerFte!: number;

  @Field(() => [ChanceQueueWeekdayDays], { description: 'The divisor of each weekday’s cells' })
  openingDaysByWeekday!: ChanceQueueWeekdayDays[];

  @Field(() => [ChanceQueueCell], {
    description: 'Weekday × hour, Monday first, early hours first',
  })
  cells!: ChanceQueueCell[];

  @Field(() => ChanceQueueTotals)
  totals!: ChanceQueueTotals;

  @Field(() => [ChanceQueueAssumption], { description: 'Every assumption, stated in plain words' })
  assumptions!: ChanceQueueAssumption[];
}
