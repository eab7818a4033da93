import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'Served visits (personal attendance) for one service in one calendar month',
})
export class ServiceMonthVisits {
  @Field({ description: 'Month, YYYY-MM' })
  month!: string;

  @Field()
  serviceCode!: string;

  @Field()
  serviceNameDa!: string;

  @Field()
  serviceNameEn!: string;

  @Field(() => Int, {
    description: 'Served tickets; a ticket recalled after a no-show counts once',
  })
  visits!: number;
}
