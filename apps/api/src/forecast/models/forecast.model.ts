import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ForecastChannel {
  CALLS = 'CALLS',
  WALK_INS = 'WALK_INS',
  BOOKED = 'BOOKED',
}
registerEnumType(ForecastChannel, {
  name: 'ForecastChannel',
  description:
    'CALLS: calls offered; WALK_INS: queue tickets drawn without a booking; BOOKED: booked visits expected to attend',
});

@ObjectType({ description: 'The forecast of one day with its 80 % and 95 % prediction intervals' })
export class ForecastDayModel {
  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field({ description: 'False on days the model expects closed (weekday, holiday, closure)' })
  isOpen!: boolean;

  @Field(() => Float)
  expected!: number;

  @Field(() => Float)
  low80!: number;

  @Field(() => Float)
  high80!: number;

  @Field(() => Float)
  low95!: number;

  @Field(() => Float)
  high95!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'BOOKED only: appointments for the day already booked at the origin',
  })
  knownBookings!: number | null;
}

@ObjectType({ description: 'Mean forecast arrivals in one hour of one weekday over the horizon' })
export class ForecastHourCell {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday' })
  weekday!: number;

  @Field(() => Int, { description: 'Hour in Copenhagen time, 0–23' })
  hour!: number;

  @Field(() => Float)
  expected!: number;
}

@ObjectType()
export class ChannelForecast {
  @Field(() => ForecastChannel)
  channel!: ForecastChannel;

  @Field(() => [ForecastDayModel])
  days!: ForecastDayModel[];

  @Field(() => [ForecastHourCell], { description: 'Weekday × hour of the forecast' })
  heatmap!: ForecastHourCell[];

  @Field(() => Float, { nullable: true, description: 'BOOKED only: no-show rate used' })
  noShowRate!: number | null;
}

@ObjectType({ description: 'Demand forecast for the weeks after the origin, per channel' })
export class Forecast {
  @Field({ description: 'Last day known, YYYY-MM-DD' })
  origin!: string;

  @Field(() => Int)
  weeks!: number;

  @Field(() => [ChannelForecast])
  channels!: ChannelForecast[];
}

const ROTA = 'Planned hours in dw.fact_staffing; null when the rota has no row for the day';
const BALANCE = 'Rota − need: negative is short, positive over; null without a rota for the day';

@ObjectType({ description: 'Staff hours needed on one day against the rota' })
export class StaffingNeedDay {
  @Field()
  date!: string;

  @Field(() => Float)
  phoneHoursNeeded!: number;

  @Field(() => Float, { nullable: true, description: ROTA })
  phoneHoursRota!: number | null;

  @Field(() => Float, { nullable: true, description: BALANCE })
  phoneHoursBalance!: number | null;

  @Field(() => Int)
  peakPhoneAgents!: number;

  @Field(() => Float)
  counterHoursNeeded!: number;

  @Field(() => Float, { nullable: true, description: ROTA })
  counterHoursRota!: number | null;

  @Field(() => Float, { nullable: true, description: BALANCE })
  counterHoursBalance!: number | null;

  @Field(() => Int)
  peakCounterStaff!: number;
}

@ObjectType({ description: 'Staff needed per day for the forecast load, by Erlang A/C' })
export class StaffingNeed {
  @Field()
  origin!: string;

  @Field({ description: 'erlang-a when the callers’ patience could be estimated, else erlang-c' })
  callModel!: string;

  @Field(() => Float)
  callAhtSeconds!: number;

  @Field(() => Float, { nullable: true })
  callPatienceSeconds!: number | null;

  @Field(() => Float)
  counterHandlingSeconds!: number;

  @Field(() => [StaffingNeedDay])
  days!: StaffingNeedDay[];
}
