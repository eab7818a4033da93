import { Field, Float, ObjectType } from '@nestjs/graphql';
import { MetricValue } from '../../metrics/models/metric.model';
import { PeriodValue } from '../../metrics/models/view.model';
import { ViewPeriod } from '../../common/models/view-period.model';

@ObjectType({ description: 'How a service’s contacts split over the channels in one period' })
export class ChannelMixPoint {
  @Field()
  period!: string;

  @Field()
  serviceCode!: string;

  @Field({ description: 'The service’s name in the catalogue; its code when it has none' })
  serviceNameDa!: string;

  @Field({ description: 'The service’s English name in the catalogue; its code when it has none' })
  serviceNameEn!: string;

  @Field(() => Float, { description: 'Contacts in every channel' })
  contacts!: number;

  @Field(() => Float, { nullable: true, description: 'Percent of the contacts made in person' })
  visitShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent made by phone' })
  callShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent made by digital self-service' })
  digitalShare!: number | null;
}

@ObjectType({ description: 'A channel’s share of all contacts now and a year earlier' })
export class ChannelShift {
  @Field({ description: 'visit, call or digital' })
  channel!: string;

  @Field(() => MetricValue)
  share!: MetricValue;

  @Field(() => MetricValue, { description: 'The same dates one year earlier' })
  shareLastYear!: MetricValue;

  @Field(() => Float, { nullable: true, description: 'share − shareLastYear, percentage points' })
  changePoints!: number | null;
}

@ObjectType({ description: 'Channel mix, channel shift and contacts per 1,000 inhabitants' })
export class ContactPatterns extends ViewPeriod {
  @Field(() => [ChannelMixPoint], { description: 'By period and service' })
  channelMix!: ChannelMixPoint[];

  @Field(() => [ChannelShift])
  channelShift!: ChannelShift[];

  @Field(() => [PeriodValue], { description: 'Contacts per 1,000 inhabitants by period' })
  contactsPerThousand!: PeriodValue[];

  @Field(() => MetricValue, { description: 'Contacts per 1,000 inhabitants over the period' })
  contactsPerThousandTotal!: MetricValue;
}
