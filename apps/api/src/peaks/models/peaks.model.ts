import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PeakResolution } from '../dto/peaks.args';

export enum ContactChannel {
  VISIT = 'VISIT',
  CALL = 'CALL',
  BOOKING = 'BOOKING',
}
registerEnumType(ContactChannel, {
  name: 'ContactChannel',
  description:
    'VISIT: queue tickets drawn; CALL: calls reaching the telephony platform; BOOKING: booked appointments due (neither cancelled nor moved)',
});

@ObjectType({ description: 'Mean arrivals in one time slot of one weekday, over opening days' })
export class ArrivalCell {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday … 7 = Sunday' })
  weekday!: number;

  @Field(() => Int, { description: 'Hour of the day in Copenhagen time, 0–23' })
  hour!: number;

  @Field(() => Int, {
    description: 'First minute of the slot: 0 at HOUR resolution, else 0, 15, 30 or 45',
  })
  minute!: number;

  @Field(() => Float)
  meanArrivals!: number;
}

@ObjectType({ description: 'Opening days of one weekday that a profile averages over' })
export class WeekdayOpeningDays {
  @Field(() => Int)
  weekday!: number;

  @Field(() => Int)
  openingDays!: number;
}

@ObjectType({
  description:
    'Arrivals of one channel by weekday × time slot over a period, averaged over the opening days (Danish holidays and closure days excluded) on which the channel had arrivals',
})
export class ArrivalProfile {
  @Field({ description: 'First day, YYYY-MM-DD' })
  from!: string;

  @Field({ description: 'Last day, inclusive, YYYY-MM-DD' })
  to!: string;

  @Field(() => Int, { description: 'Opening days averaged over, all weekdays together' })
  openingDays!: number;

  @Field(() => [WeekdayOpeningDays], { description: 'The divisor of each weekday’s cells' })
  openingDaysByWeekday!: WeekdayOpeningDays[];

  @Field(() => [ArrivalCell])
  cells!: ArrivalCell[];
}

@ObjectType({ description: 'A busy day of one channel' })
export class PeakDay {
  @Field(() => Int, { description: '1 = the busiest day' })
  rank!: number;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => Int)
  weekday!: number;

  @Field(() => Int)
  contacts!: number;

  @Field({
    description: 'The weekday (Monday–Friday) before it was a public holiday or closure day',
  })
  followsClosure!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Name of that holiday, when it follows one with a name',
  })
  closureNameDa!: string | null;
}

@ObjectType({ description: 'The peak view of one channel' })
export class ChannelPeaks {
  @Field(() => ContactChannel)
  channel!: ContactChannel;

  @Field(() => ArrivalProfile, {
    nullable: true,
    description: 'Null for bookings: slot times have no rollup yet',
  })
  profile!: ArrivalProfile | null;

  @Field(() => ArrivalProfile, { nullable: true, description: 'The same period a year earlier' })
  profileLastYear!: ArrivalProfile | null;

  @Field(() => [PeakDay], { description: 'The busiest days, most contacts first' })
  peakDays!: PeakDay[];
}

@ObjectType({ description: 'One day of the period with its contacts per channel' })
export class CalendarDay {
  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => Int)
  weekday!: number;

  @Field()
  isOpeningDay!: boolean;

  @Field(() => String, { nullable: true, description: 'Public holiday, if any' })
  holidayNameDa!: string | null;

  @Field(() => Int, { description: 'Queue tickets drawn' })
  visits!: number;

  @Field(() => Int, { description: 'Calls arriving' })
  calls!: number;

  @Field(() => Int, { description: 'Booked appointments due' })
  bookings!: number;
}

@ObjectType({ description: 'When citizens come and call: peak load for centre managers' })
export class Peaks {
  @Field(() => PeakResolution)
  resolution!: PeakResolution;

  @Field(() => [ChannelPeaks], { description: 'VISIT, CALL, BOOKING' })
  channels!: ChannelPeaks[];

  @Field(() => [CalendarDay], { description: 'Every day of the period' })
  calendar!: CalendarDay[];
}
