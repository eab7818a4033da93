import { Field, Float, ObjectType } from '@nestjs/graphql';
import { ViewPeriod } from '../../common/models/view-period.model';

@ObjectType({ description: 'Offered booking capacity against its use, in slot minutes' })
export class CapacityPoint {
  @Field(() => String, { nullable: true, description: 'Null = the whole period' })
  period!: string | null;

  @Field(() => Float, { description: 'Minutes of the slots the calendar offered' })
  offeredMinutes!: number;

  @Field(() => Float, { description: 'Minutes held by bookings (booked, attended, no-show)' })
  bookedMinutes!: number;

  @Field(() => Float)
  attendedMinutes!: number;

  @Field(() => Float, { description: 'Idle because the citizen did not come' })
  noShowMinutes!: number;

  @Field(() => Float, { description: 'Idle because nobody booked: offered − booked' })
  idleUnbookedMinutes!: number;

  @Field(() => Float, { description: 'Offered − attended' })
  idleMinutes!: number;

  @Field(() => Float, { nullable: true, description: 'Attended ÷ offered, percent' })
  utilisation!: number | null;
}

@ObjectType({ description: 'Booking capacity: offered, booked, attended and idle slot minutes' })
export class BookingCapacity extends ViewPeriod {
  @Field(() => [CapacityPoint])
  series!: CapacityPoint[];

  @Field(() => CapacityPoint)
  total!: CapacityPoint;
}
