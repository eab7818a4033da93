import { Field, Float, ObjectType } from '@nestjs/graphql';
import { ViewPeriod } from '../../common/models/view-period.model';

@ObjectType({
  description: 'Staff time and its cost for one channel (or all) in one period (or all)',
})
export class EfficiencyPoint {
  @Field(() => String, { nullable: true, description: 'Null = the whole period' })
  period!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'visit (counter), call (phone) or back_office; null = every channel',
  })
  channel!: string | null;

  @Field(() => Float)
  staffHours!: number;

  @Field(() => Float, { description: 'Served visits (counter) or calls offered (phone)' })
  contacts!: number;

  @Field(() => Float, { nullable: true })
  contactsPerStaffHour!: number | null;

  @Field(() => Float, { description: 'Staff hours ÷ hours per FTE' })
  fte!: number;

  @Field(() => Float, { description: 'FTE × cost per FTE' })
  staffCostDkk!: number;

  @Field(() => Float, { nullable: true, description: 'Staff cost ÷ contacts, DKK' })
  costPerContact!: number | null;
}

@ObjectType({ description: 'Staff hours, contacts per staff hour, FTE and DKK per channel' })
export class Efficiency extends ViewPeriod {
  @Field(() => Float)
  hoursPerFte!: number;

  @Field(() => Float)
  costPerFte!: number;

  @Field(() => [EfficiencyPoint], {
    description: 'By period and channel, and by period over every channel (channel null)',
  })
  series!: EfficiencyPoint[];

  @Field(() => [EfficiencyPoint], {
    description: 'Over the whole period, by channel and over every channel (channel null)',
  })
  totals!: EfficiencyPoint[];
}
